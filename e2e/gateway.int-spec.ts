import {
  freePort,
  httpRequest,
  readJson,
  ServiceProcess,
  TestContext,
  waitFor,
} from '@artbridge/platform-testing';
import { answerOf } from './answers';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The public entry end to end: catalog, logistics and the gateway as separate processes,
 * started as `npm start` starts them, the demo users signing in and working through
 * /api/<service>. Customs and payments are not running here, which the gateway must survive.
 */
describe('gateway: sign-in and one entry for the services', () => {
  const context = new TestContext();
  let catalog: ServiceProcess;
  let logistics: ServiceProcess;
  let gateway: ServiceProcess;
  const api = (path: string, init?: Parameters<typeof httpRequest>[2]) =>
    gateway.request(`/api${path}`, init);

  async function signIn(username: string, password = 'demo'): Promise<{ authorization: string }> {
    const response = await api('/auth/token', { method: 'POST', json: { username, password } });
    const { accessToken } = await answerOf(response, 'AuthController_token');
    return { authorization: `Bearer ${accessToken}` };
  }

  // A web of its own (the real one is built by npm start and the browser tests).
  const webRoot = mkdtempSync(join(tmpdir(), 'artbridge-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>artbridge web</title>');
  writeFileSync(join(webRoot, 'app.js'), 'document.title = "artbridge";');

  beforeAll(async () => {
    const env = (service: string) => context.serviceEnv(service);
    const [catalogPort, logisticsPort, nobody] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
    ]);
    [catalog, logistics, gateway] = await Promise.all([
      ServiceProcess.start({ app: 'catalog', port: catalogPort, env: await env('catalog') }),
      ServiceProcess.start({ app: 'logistics', port: logisticsPort, env: await env('logistics') }),
      ServiceProcess.start({
        app: 'gateway',
        env: {
          CATALOG_URL: `http://127.0.0.1:${catalogPort}`,
          LOGISTICS_URL: `http://127.0.0.1:${logisticsPort}`,
          CUSTOMS_URL: `http://127.0.0.1:${nobody}`,
          PAYMENTS_URL: `http://127.0.0.1:${nobody}`,
          ARTBRIDGE_DEMO_USERS: 'true',
          ARTBRIDGE_WEB_ROOT: webRoot,
          LOG_LEVEL: 'warn',
        },
      }),
    ]);
    context.onCleanup(() => catalog.stop());
    context.onCleanup(() => logistics.stop());
    context.onCleanup(() => gateway.stop());
  }, 120_000);
  afterAll(async () => {
    await context.cleanup();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('signs exporter1 in; the artwork it registers through /api/catalog reaches /api/logistics', async () => {
    const signIn1 = await api('/auth/token', {
      method: 'POST',
      json: { username: 'exporter1', password: 'demo' },
    });
    const token = await answerOf(signIn1, 'AuthController_token');
    expect(token).toMatchObject({ expiresIn: 3600, roles: ['EXPORTER'] });
    const exporter1 = { authorization: `Bearer ${token.accessToken}` };

    const registered = await api('/catalog/artworks', {
      method: 'POST',
      headers: exporter1,
      json: {
        title: 'Shrimps',
        artist: { name: 'Qi Baishi', birthYear: 1864, deathYear: 1957 },
        creationYear: 1948,
        category: 'PAINTING',
        technique: 'INK',
        value: { amount: '3800000.00', currency: 'CNY' },
        ownedByCreator: false,
        originCountry: 'CN',
      },
    });
    const { id, exporterId } = await answerOf(
      registered,
      'catalog_ArtworksController_register',
      201,
    );
    expect(exporterId).toBe('exporter1');

    const operator1 = await signIn('operator1');
    const copy = await waitFor('logistics to know the artwork, through the gateway', async () => {
      const response = await api(`/logistics/artworks/${id}`, { headers: operator1 });
      return response.status === 200 && readJson(response);
    });
    expect(copy).toMatchObject({ id, exporterId: 'exporter1', title: 'Shrimps' });
    const own = await api(`/catalog/artworks/${id}`, { headers: exporter1 });
    expect(own.status).toBe(200);
  });

  it('refuses bad credentials, a missing token and the wrong role', async () => {
    const wrong = await api('/auth/token', {
      method: 'POST',
      json: { username: 'exporter1', password: 'Demo' },
    });
    expect(wrong.status).toBe(401);
    const unknown = await api('/auth/token', {
      method: 'POST',
      json: { username: 'mallory', password: 'demo' },
    });
    expect(unknown.status).toBe(401);

    const artwork = {
      title: 'x',
      artist: { name: 'y' },
      creationYear: 2000,
      category: 'PAINTING',
      value: { amount: '1.00', currency: 'EUR' },
      ownedByCreator: true,
      originCountry: 'FR',
    };
    const anonymous = await api('/catalog/artworks', { method: 'POST', json: artwork });
    expect(anonymous.status).toBe(401);
    const forged = await api('/catalog/artworks', {
      method: 'POST',
      headers: { authorization: 'Bearer not.a.token' },
      json: artwork,
    });
    expect(forged.status).toBe(401);
    const officer = await api('/catalog/artworks', {
      method: 'POST',
      headers: await signIn('officer1'),
      json: artwork,
    });
    expect(officer.status).toBe(403);
  });

  it('answers a body it cannot read with 400 naming the body, at the gateway and at a service', async () => {
    const json = { 'content-type': 'application/json' };
    const token = await api('/auth/token', { method: 'POST', headers: json, body: 'null' });
    expect(token.status).toBe(400);
    expect(await readJson(token)).toMatchObject({
      message: ['body must be a JSON object or array, not null'],
    });
    const register = await api('/catalog/artworks', {
      method: 'POST',
      headers: { ...json, ...(await signIn('exporter1')) },
      body: '{"title": "Shrimps",',
    });
    expect(register.status).toBe(400);
    expect(await readJson(register)).toMatchObject({
      statusCode: 400,
      message: [expect.stringMatching(/^body is not valid JSON: /)],
    });
    // plain JSON said to be gzip, at the gateway's sign-in and at a service
    const gzip = { ...json, 'content-encoding': 'gzip' };
    for (const [path, headers] of [
      ['/auth/token', gzip],
      ['/catalog/artworks', { ...gzip, ...(await signIn('exporter1')) }],
    ] as const) {
      const answer = await api(path, { method: 'POST', headers, body: '{"title":"Shrimps"}' });
      expect([path, answer.status, await readJson(answer)]).toEqual([
        path,
        400,
        {
          statusCode: 400,
          error: 'Bad Request',
          message: [
            'body could not be read: incorrect header check (it is not what its Content-Encoding says it is)',
          ],
        },
      ]);
    }
  });

  it('answers a body in any charset but UTF-8 with 415, at the gateway and at a service', async () => {
    const utf16 = { 'content-type': 'application/json; charset=UTF-16' };
    for (const [path, headers] of [
      ['/auth/token', utf16],
      ['/catalog/artworks', { ...utf16, ...(await signIn('exporter1')) }],
    ] as const) {
      const answer = await api(path, {
        method: 'POST',
        headers,
        body: Buffer.from('{"title":"Shrimps"}', 'utf16le'),
      });
      expect([path, answer.status, await readJson(answer)]).toEqual([
        path,
        415,
        {
          statusCode: 415,
          error: 'Unsupported Media Type',
          message: ['body charset utf-16 is not supported: send UTF-8'],
        },
      ]);
    }
    const utf8 = await api('/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf8' },
      body: JSON.stringify({ username: 'exporter1', password: 'demo' }),
    });
    expect(utf8.status).toBe(200);
  });

  it('routes /api/<service> in any letter case to the service, path and query kept', async () => {
    const headers = await signIn('exporter1');
    const lower = await api('/catalog/artworks?pageSize=1', { headers });
    // fetch, not gateway.request: the document the answers are checked against has /api only
    const mixed = await fetch(`${gateway.baseUrl}/Api/catalog/artworks?pageSize=1`, { headers });
    expect(mixed.status).toBe(200);
    expect(await readJson(mixed)).toEqual(await readJson(lower));
    // the query reaches the service: a bad one is the service's 400, not a page
    const bad = await fetch(`${gateway.baseUrl}/API/Catalog/artworks?pageSize=0`, { headers });
    expect(bad.status).toBe(400);
    expect(await readJson(bad)).toMatchObject({ message: [expect.stringMatching(/^pageSize /)] });
  });

  it('serves the web at /, its files, and its index for the paths the browser routes', async () => {
    for (const path of ['/', '/exporter/shipments/42', '/customs/queue']) {
      const page = await gateway.request(path);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain('<title>artbridge web</title>');
    }
    const script = await gateway.request('/app.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const api = await gateway.request('/api/nobody/here');
    expect(api.headers.get('content-type')).toMatch(/json/);
  });

  it('answers 404 in JSON for a route nobody has', async () => {
    const response = await api('/warehouse/crates', { headers: await signIn('admin') });
    expect(response.status).toBe(404);
    expect(await readJson(response)).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('serves one OpenAPI document with the paths of both services', async () => {
    const response = await api('/docs-json');
    expect(response.status).toBe(200);
    const document = await readJson<{
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            security?: unknown[];
            'x-roles'?: string[];
            description?: string;
            requestBody?: { content: Record<string, { schema?: { $ref?: string } }> };
          }
        >
      >;
      info: { description: string };
      components: {
        securitySchemes: Record<string, { scheme: string }>;
        schemas: Record<string, { required?: string[] }>;
      };
    }>(response);
    expect(document.openapi).toMatch(/^3\./);
    expect(document.paths).toHaveProperty(['/api/auth/token', 'post', 'security'], []);
    expect(document.paths).toHaveProperty(['/api/catalog/artworks', 'post']);
    expect(document.paths).toHaveProperty(['/api/catalog/artworks/{id}', 'get']);
    expect(document.paths).toHaveProperty(['/api/logistics/artworks/{id}', 'get']);
    expect(document.paths['/api/catalog/artworks']['post'].security).toEqual([{ bearer: [] }]);
    expect(document.components.securitySchemes['bearer'].scheme).toBe('bearer');
    expect(document.info.description).toContain('customs (not reachable');
    // bodies from the DTOs (npm run openapi:metadata), uploads, and who may call
    const submit = document.paths['/api/logistics/shipments']['post'];
    const ref = submit.requestBody?.content['application/json'].schema?.$ref ?? '';
    expect(document.components.schemas[ref.split('/').pop()!].required).toEqual(
      expect.arrayContaining(['artworkIds', 'consignee', 'origin']),
    );
    expect(
      Object.keys(document.paths['/api/catalog/imports']['post'].requestBody!.content),
    ).toEqual(expect.arrayContaining(['application/x-ndjson', 'multipart/form-data']));
    expect(submit).toMatchObject({
      'x-roles': ['EXPORTER'],
      description: expect.stringContaining('Roles: EXPORTER'),
    });
    expect(document.paths['/api/auth/token']['post']['x-roles']).toEqual([]);

    // each service serves its own, without a token
    const own = await catalog.request('/docs-json');
    expect(own.status).toBe(200);
    expect(await readJson(own)).toHaveProperty(['paths', '/artworks/{id}']);
  });

  it('answers 502 for a service that has stopped', async () => {
    const operator1 = await signIn('operator1');
    await logistics.stop();
    const response = await api('/logistics/artworks/0190a1b2-0000-7000-8000-000000000001', {
      headers: operator1,
    });
    expect(response.status).toBe(502);
    expect(await readJson(response)).toMatchObject({
      statusCode: 502,
      error: 'Bad Gateway',
      message: 'logistics is not reachable (ECONNREFUSED)',
    });
    const document = await readJson<{ paths: object; info: { description: string } }>(
      await api('/docs-json'),
    );
    expect(document.info.description).toContain('logistics (not reachable');
    expect(Object.keys(document.paths)).toContain('/api/catalog/artworks');
  });
});
