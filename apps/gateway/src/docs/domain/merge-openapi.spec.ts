import type { OpenAPIObject } from '@nestjs/swagger';
import { mergeOpenApi } from './merge-openapi';

const gateway: OpenAPIObject = {
  openapi: '3.0.0',
  info: { title: 'artbridge gateway', version: '1' },
  tags: [{ name: 'auth', description: '' }],
  paths: {
    '/api/auth/token': {
      post: {
        operationId: 'AuthController_token',
        tags: ['auth'],
        security: [],
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/SignInDto' } } },
        },
        responses: { '200': { description: '' } },
      },
    },
  },
  components: {
    schemas: { SignInDto: { type: 'object' } },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  },
  security: [{ bearer: [] }],
};

/** What startService serves at /docs-json, reduced to what matters here. */
function serviceDocument(controller: string, schema: string): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 'artbridge x', version: '1' },
    paths: {
      '/artworks/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true }],
        get: {
          operationId: `${controller}_get`,
          tags: ['artworks'],
          responses: {
            '200': {
              description: '',
              content: {
                'application/json': { schema: { $ref: `#/components/schemas/${schema}` } },
              },
            },
            '404': {
              description: 'Nothing by that id',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } },
              },
            },
          },
        },
      },
      '/health': { get: { operationId: 'HealthController_check', security: [], responses: {} } },
      '/': { get: { operationId: 'RootController_index', responses: {} } },
    },
    components: {
      schemas: {
        [schema]: {
          type: 'object',
          properties: {
            value: { $ref: '#/components/schemas/MoneyDto' },
            kind: {
              oneOf: [{ $ref: '#/components/schemas/MoneyDto' }],
              discriminator: { propertyName: 'k', mapping: { m: '#/components/schemas/MoneyDto' } },
            },
          },
        },
        MoneyDto: { type: 'object' },
        ErrorResponse: { type: 'object', required: ['statusCode', 'error', 'message'] },
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ bearer: [] }],
  };
}

describe('mergeOpenApi', () => {
  const catalog = serviceDocument('ArtworksController', 'ArtworkView');
  const logistics = serviceDocument('ArtworksController', 'ArtworkCopy');
  const merged = mergeOpenApi(gateway, [
    { service: 'catalog', document: catalog },
    { service: 'customs', problem: 'connect ECONNREFUSED 127.0.0.1:3002' },
    { service: 'logistics', document: logistics },
  ]);

  it("keeps the gateway's routes and puts each service's under /api/<service>", () => {
    expect(Object.keys(merged.paths).sort()).toEqual([
      '/api/auth/token',
      '/api/catalog',
      '/api/catalog/artworks/{id}',
      '/api/catalog/health',
      '/api/logistics',
      '/api/logistics/artworks/{id}',
      '/api/logistics/health',
    ]);
    expect(merged.paths['/api/catalog/artworks/{id}'].parameters).toEqual([
      { name: 'id', in: 'path', required: true },
    ]);
  });

  it('keeps operation ids unique and tags operations with their service', () => {
    const ids = Object.values(merged.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op as { operationId?: string }).operationId ?? []),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(merged.paths['/api/catalog/artworks/{id}'].get).toMatchObject({
      operationId: 'catalog_ArtworksController_get',
      tags: ['catalog'],
    });
    expect(merged.tags?.map((t) => t.name)).toEqual(['auth', 'catalog', 'logistics']);
  });

  it("prefixes each service's components and every reference to them", () => {
    expect(Object.keys(merged.components?.schemas ?? {}).sort()).toEqual([
      'ErrorResponse',
      'SignInDto',
      'catalog.ArtworkView',
      'catalog.MoneyDto',
      'logistics.ArtworkCopy',
      'logistics.MoneyDto',
    ]);
    const response = merged.paths['/api/logistics/artworks/{id}'].get?.responses['200'];
    expect(JSON.stringify(response)).toContain('#/components/schemas/logistics.ArtworkCopy');
    const view = JSON.stringify(merged.components?.schemas?.['catalog.ArtworkView']);
    expect(view).not.toMatch(/#\/components\/schemas\/MoneyDto/);
    expect(view.match(/catalog\.MoneyDto/g)).toHaveLength(3);
    expect(JSON.stringify(merged.paths['/api/auth/token'])).toContain(
      '#/components/schemas/SignInDto',
    );
  });

  it("keeps one error body for all, and documents the gateway's own 502 and 504", () => {
    const responses = merged.paths['/api/catalog/artworks/{id}'].get?.responses ?? {};
    expect(JSON.stringify(responses['404'])).toContain('#/components/schemas/ErrorResponse"');
    for (const status of ['502', '504']) {
      expect(responses[status]).toMatchObject({
        description: expect.stringContaining('The service behind the gateway'),
        content: {
          'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } },
        },
      });
    }
    expect(merged.paths['/api/auth/token'].post?.responses['502']).toBeUndefined();
  });

  it('declares bearer auth, and keeps public routes public', () => {
    expect(merged.components?.securitySchemes?.['bearer']).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(merged.security).toEqual([{ bearer: [] }]);
    expect(merged.paths['/api/auth/token'].post?.security).toEqual([]);
    expect(merged.paths['/api/catalog/health'].get?.security).toEqual([]);
    expect(merged.paths['/api/catalog/artworks/{id}'].get?.security).toEqual([{ bearer: [] }]);
  });

  it('says which services are missing and why', () => {
    expect(merged.info.title).toBe('artbridge API');
    expect(merged.info.description).toContain('catalog (/api/catalog), logistics (/api/logistics)');
    expect(merged.info.description).toContain(
      'Not in this document, because they did not answer just now: customs (connect ECONNREFUSED 127.0.0.1:3002)',
    );
    expect(Object.keys(merged.paths).some((p) => p.startsWith('/api/customs'))).toBe(false);
  });

  it('changes neither the gateway document nor the services ones', () => {
    expect(Object.keys(gateway.paths)).toEqual(['/api/auth/token']);
    expect(catalog.paths['/artworks/{id}'].get?.operationId).toBe('ArtworksController_get');
    expect(JSON.stringify(catalog)).not.toContain('catalog.');
  });

  it('works with no service at all', () => {
    const alone = mergeOpenApi(gateway, [{ service: 'catalog', problem: 'timed out' }]);
    expect(Object.keys(alone.paths)).toEqual(['/api/auth/token']);
    expect(alone.info.description).toContain('catalog (timed out)');
  });
});
