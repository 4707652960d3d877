import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  JsonRequestInit,
  PLATFORM_SERVICES,
  readJson,
  RunningPlatform,
  startPlatform,
  TestContext,
  waitFor,
} from '@artbridge/platform-testing';
import {
  ARTWORK,
  BadRequest,
  badRequests,
  DOCUMENTED_QUERY_PARAMETERS,
  OpenApiDocument,
  Schema,
  Seeded,
  shipmentBody,
  tryItOutBody,
} from './bad-input.requests';

/** The demo user that holds each role (API.md); ADMIN first, where a route allows it. */
const USER_OF_ROLE: Record<string, string> = {
  ADMIN: 'admin',
  EXPORTER: 'exporter1',
  CUSTOMS_OFFICER: 'officer1',
  FINANCE: 'finance1',
  LOGISTICS_OPERATOR: 'operator1',
};

/** Requests in flight at once: enough to be quick, few enough not to starve two cores. */
const CONCURRENCY = 8;
/** An answer slower than this is a hung connection. */
const ANSWER_WITHIN_MS = 10_000;

/**
 * The standing rule of the public API, swept over all of it: bad input is a 400 naming the
 * field and the reason (or another 4xx), never a 5xx, a crash or a hung connection, and nothing
 * accepted before is lost. Every operation of the gateway's merged OpenAPI document gets a fixed
 * list of malformed requests (bad-input.requests.ts), sent as a user the route allows.
 */
describe('bad input, on every operation of the public API', () => {
  const context = new TestContext();
  let platform: RunningPlatform;
  let document: OpenApiDocument;
  let seeded: Seeded;
  const tokens = new Map<string, { authorization: string }>();
  /** What the seeded records looked like before the sweep. */
  const before = new Map<string, unknown>();

  const as = (user: string, init: JsonRequestInit = {}): JsonRequestInit => ({
    ...init,
    headers: { ...tokens.get(user), ...(init.headers as Record<string, string>) },
  });
  const created = async (response: Response): Promise<{ id: string }> => {
    if (response.status >= 300) throw new Error(`${response.status}: ${await response.text()}`);
    return readJson<{ id: string }>(response);
  };

  beforeAll(async () => {
    platform = await startPlatform(context, {
      serviceEnv: { LOGISTICS_INSPECTION_SECONDS: '0' },
    });
    const { api } = platform;
    await Promise.all(
      Object.values(USER_OF_ROLE).map(async (user) =>
        tokens.set(user, await platform.signIn(user)),
      ),
    );
    document = await readJson<OpenApiDocument>(await api('/docs-json'));

    const register = (body: unknown) =>
      api('/catalog/artworks', as('exporter1', { method: 'POST', json: body }));
    const [artwork, shippedArtwork, licence, job] = await Promise.all([
      register(ARTWORK).then(created),
      // plain enough for customs to clear it on its own, so the shipment gets an invoice
      register({
        title: 'Low Tide, Whitstable',
        artist: { name: 'Clara Whitcombe', birthYear: 1978 },
        creationYear: 2021,
        category: 'PAINTING',
        value: { amount: '30000.00', currency: 'EUR' },
        ownedByCreator: false,
        originCountry: 'GB',
      }).then(created),
      api(
        '/catalog/ip-licences',
        as('exporter1', {
          method: 'POST',
          json: {
            licensor: 'The Palace Museum',
            sourceItem: { title: 'Along the River', institutionRef: 'PM-001' },
            validFrom: '2026-01-01',
            validTo: '2030-12-31',
            territories: ['WORLD'],
            royaltyRate: '8.5',
          },
        }),
      ).then(created),
      api(
        '/catalog/imports',
        as('exporter1', {
          method: 'POST',
          headers: { 'content-type': 'application/x-ndjson' },
          body: `${JSON.stringify({ ...ARTWORK, title: 'Imported before the sweep' })}\n`,
        }),
      ).then(created),
      api(
        '/payments/statements',
        as('finance1', {
          method: 'POST',
          headers: { 'content-type': 'text/csv' },
          body: 'date,amount,currency,reference,payer,iban\n2026-05-14,10.00,EUR,no reference,Nobody,\n',
        }),
      ).then(created),
    ]);
    const shipment = await created(
      await api(
        '/logistics/shipments',
        as('exporter1', {
          method: 'POST',
          json: shipmentBody(shippedArtwork.id),
        }),
      ),
    );
    const awaiting = await waitFor(
      'the seeded shipment to await payment',
      async () => {
        const current = await readJson<{
          status: string;
          declarationId?: string;
          invoiceId?: string;
        }>(await api(`/logistics/shipments/${shipment.id}`, as('exporter1')));
        return current.status === 'AWAITING_PAYMENT' && current;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    await waitFor('the seeded import to finish', async () => {
      const current = await readJson<{ status: string }>(
        await api(`/catalog/imports/${job.id}`, as('exporter1')),
      );
      return current.status !== 'RUNNING';
    });
    const queue = await readJson<{ items: { entryId: string }[] }>(
      await api('/payments/reconciliation?status=EXCEPTION', as('finance1')),
    );
    seeded = {
      artworkId: artwork.id,
      shippedArtworkId: shippedArtwork.id,
      shipmentId: shipment.id,
      declarationId: awaiting.declarationId!,
      invoiceId: awaiting.invoiceId!,
      licenceId: licence.id,
      importId: job.id,
      entryId: queue.items[0].entryId,
    };
    for (const [path, user] of readBack()) {
      before.set(path, await readJson(await api(path, as(user))));
    }
  }, 120_000);
  afterAll(() => context.cleanup());

  /** The seeded records, each as its owner reads it. */
  function readBack(): [string, string][] {
    return [
      [`/catalog/artworks/${seeded.artworkId}`, 'exporter1'],
      [`/catalog/ip-licences/${seeded.licenceId}`, 'exporter1'],
      [`/catalog/imports/${seeded.importId}`, 'exporter1'],
      [`/logistics/shipments/${seeded.shipmentId}`, 'exporter1'],
      [`/customs/declarations/${seeded.declarationId}`, 'officer1'],
      [`/payments/invoices/${seeded.invoiceId}`, 'finance1'],
      [`/payments/reconciliation/${seeded.entryId}`, 'finance1'],
    ];
  }

  /**
   * Who may call an operation: admin, unless its 403 names the roles it needs, as the guard says
   * (the spec below checks the document's `x-roles` agree). The probe cannot change anything:
   * the guard answers before the id (not a UUID) and the body (a property no DTO declares) are
   * read.
   */
  async function probe(
    method: string,
    template: string,
  ): Promise<{ user: string; refusedAdmin?: string[] }> {
    const response = await platform.gateway.request(
      template.replace(/\{[^}]+\}/g, 'not-a-uuid'),
      as('admin', {
        method: method.toUpperCase(),
        ...(method !== 'get' && {
          headers: { 'content-type': 'application/json' },
          body: '{"probe": true}',
        }),
      }),
    );
    const answer = await response.text();
    if (response.status !== 403) return { user: 'admin' };
    const roles = /roles ([A-Z_, ]+)/.exec(answer)?.[1].split(', ') ?? [];
    const user = roles.map((role) => USER_OF_ROLE[role]).find(Boolean);
    if (!user) throw new Error(`${method} ${template}: no demo user may call it (${answer})`);
    return { user, refusedAdmin: roles };
  }

  /** What is wrong with the answer to `request`, if anything. */
  async function judge(request: BadRequest, user: string): Promise<string | undefined> {
    let response: Response;
    let text: string;
    try {
      response = await platform.gateway.request(
        request.path,
        as(user, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
        }),
      );
      text = await response.text();
    } catch (error) {
      return `no answer: ${(error as Error).name} ${(error as Error).message}`;
    }
    if (response.status >= 500) return `${response.status} ${text.slice(0, 300)}`;
    if (response.status !== 400) return undefined;
    let body: { statusCode?: unknown; error?: unknown; message?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return `400 that is not JSON: ${text.slice(0, 200)}`;
    }
    const messages = body.message;
    if (
      body.statusCode !== 400 ||
      body.error !== 'Bad Request' ||
      !Array.isArray(messages) ||
      messages.length === 0 ||
      !messages.every((message) => typeof message === 'string' && message.length > 0)
    ) {
      return `400 not in the shared shape {statusCode, error, message: [...]}: ${text.slice(0, 300)}`;
    }
    if (request.names && !messages.some((message: string) => message.includes(request.names!))) {
      return `400 that does not name ${request.names}: ${text.slice(0, 300)}`;
    }
    return undefined;
  }

  const operations = () =>
    Object.entries(document.paths).flatMap(([template, item]) =>
      Object.entries(item).map(([method, operation]) => ({ method, template, operation })),
    );

  it('documents request bodies, query parameters, uploads and roles', async () => {
    const shipment = document.paths['/api/logistics/shipments']['post'];
    const ref = shipment.requestBody?.content['application/json']?.schema?.$ref ?? '';
    const schema = document.components?.schemas?.[ref.replace('#/components/schemas/', '')];
    expect(schema?.properties).toHaveProperty('consignee');
    expect(schema?.properties).toHaveProperty('origin');
    expect(schema?.required).toEqual(expect.arrayContaining(['artworkIds', 'consignee', 'origin']));
    expect(schema?.properties?.['artworkIds']).toMatchObject({
      type: 'array',
      items: { type: 'string', format: 'uuid' },
    });
    // a nested class of the contracts, described by the libraries' shared metadata, and the
    // rules the app's subclass adds
    const consigneeRef = (schema?.properties?.['consignee'] as { $ref?: string })?.$ref ?? '';
    const consignee = document.components?.schemas?.[consigneeRef.split('/').pop() ?? ''];
    expect(consignee?.required).toEqual(expect.arrayContaining(['name', 'country', 'address']));

    // every JSON body lists its properties
    const bare = operations()
      .filter(({ operation }) => operation.requestBody?.content['application/json'])
      .filter(({ operation }) => {
        const body = operation.requestBody!.content['application/json'].schema ?? {};
        const name = (body.$ref ?? '').replace('#/components/schemas/', '');
        return !Object.keys(document.components?.schemas?.[name]?.properties ?? {}).length;
      })
      .map(({ method, template }) => `${method} ${template}`);
    expect(bare).toEqual([]);

    for (const [key, names] of Object.entries(DOCUMENTED_QUERY_PARAMETERS)) {
      const [method, template] = key.split(' ');
      const listed = (document.paths[template][method.toLowerCase()].parameters ?? [])
        .filter((parameter) => parameter.in === 'query')
        .map(({ name }) => name);
      expect({ key, listed }).toEqual({ key, listed: expect.arrayContaining(names) });
    }
    expect(
      document.paths['/api/payments/invoices']['get'].parameters?.find(
        ({ name }) => name === 'status',
      ),
    ).toMatchObject({ in: 'query', schema: { enum: expect.arrayContaining(['OPEN', 'PAID']) } });

    const uploads = {
      '/api/catalog/imports': ['application/x-ndjson', 'multipart/form-data'],
      '/api/payments/statements': ['application/xml', 'text/csv', 'multipart/form-data'],
      '/api/payments/fx-rates': ['text/csv', 'multipart/form-data'],
    };
    for (const [template, types] of Object.entries(uploads)) {
      const content = document.paths[template]['post'].requestBody?.content ?? {};
      expect({ template, types: Object.keys(content) }).toEqual({
        template,
        types: expect.arrayContaining(types),
      });
      expect(content['multipart/form-data'].schema).toMatchObject({
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      });
    }

    // who may call each operation, as the guard answers it: a 403 to admin names the roles
    expect(document.paths['/api/payments/fx-rates']['post']).toMatchObject({
      'x-roles': ['FINANCE'],
      description: expect.stringContaining('Roles: FINANCE'),
    });
    const disagreements: string[] = [];
    for (const { method, template, operation } of operations()) {
      const roles = operation['x-roles'];
      if (!roles || !operation.description?.includes('Roles: ')) {
        disagreements.push(`${method} ${template}: names no roles`);
        continue;
      }
      const { refusedAdmin } = await probe(method, template);
      const agrees = refusedAdmin
        ? JSON.stringify(refusedAdmin) === JSON.stringify(roles)
        : roles.length === 0 || roles.includes('ADMIN');
      if (!agrees)
        disagreements.push(`${method} ${template}: x-roles ${roles}, guard ${refusedAdmin}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('serves the published document the clients are typed with', () => {
    // libs/public-api/src/openapi.json is built without running anything (npm run
    // openapi:document, Nest's preview mode); the running platform must serve the same
    const published = JSON.parse(
      readFileSync(join(__dirname, '../libs/public-api/src/openapi.json'), 'utf8'),
    ) as unknown;
    expect(differences(document, published)).toEqual([]);
  });

  it('documents what every operation answers, when it succeeds and when it fails', () => {
    // a JSON answer names its properties (a class of its own, or an array of one); a file or an
    // empty answer says so; every JSON 2xx the tests receive is also checked against it
    // (DocumentedAnswers, libs/platform/testing)
    const named = (schema: Schema | undefined): boolean => {
      if (!schema) return false;
      if (schema.items) return named(schema.items);
      const name = (schema.$ref ?? schema.allOf?.[0]?.$ref ?? '').replace(
        '#/components/schemas/',
        '',
      );
      const properties = name
        ? document.components?.schemas?.[name]?.properties
        : schema.properties;
      return Object.keys(properties ?? {}).length > 0;
    };
    const undocumented = operations()
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses ?? {}).filter(([status]) =>
          /^2\d\d$/.test(status),
        );
        return !success.some(
          ([status, { content }]) =>
            status === '204' ||
            (content?.['application/json']
              ? named(content['application/json'].schema)
              : Object.keys(content ?? {}).length > 0),
        );
      })
      .map(
        ({ method, template, operation }) =>
          `${method} ${template} (${Object.keys(operation.responses ?? {}).join(', ')})`,
      );
    expect(undocumented).toEqual([]);

    // and what it answers when it fails: one error body for the whole API
    const errorBody = '#/components/schemas/ErrorResponse';
    expect(document.components?.schemas?.['ErrorResponse']?.required).toEqual([
      'statusCode',
      'error',
      'message',
    ]);
    const missingErrors = operations().flatMap(({ method, template, operation }) => {
      const expected = [
        ...(operation.security?.length === 0 ? [] : ['401']),
        ...(operation['x-roles']?.length ? ['403'] : []),
        ...(template.includes('{') ? ['404'] : []),
        ...(template.startsWith('/api/auth/') ? [] : ['502', '504']),
      ];
      return expected
        .filter(
          (status) =>
            operation.responses?.[status]?.content?.['application/json']?.schema?.$ref !==
            errorBody,
        )
        .map((status) => `${method} ${template} ${status}`);
    });
    expect(missingErrors).toEqual([]);

    // and says in a line what it does (the JSDoc of its controller method)
    const unsummarised = operations()
      .filter(({ operation }) => !operation.summary?.trim())
      .map(({ method, template }) => `${method} ${template}`);
    expect(unsummarised).toEqual([]);
  });

  it('answers every malformed request below 500, a 400 naming what is wrong', async () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(50);
    const users = await Promise.all(
      all.map(async ({ method, template }) => (await probe(method, template)).user),
    );
    const requests = all.flatMap(({ method, template, operation }, i) =>
      badRequests(method, template, operation, document, seeded).map((request) => ({
        request,
        user: users[i],
      })),
    );

    const problems: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const { request, user } = requests[next++];
          const problem = await judge(request, user);
          if (problem) {
            problems.push(`${request.method} ${request.template} [${request.what}] → ${problem}`);
          }
        }
      }),
    );
    expect(problems.sort()).toEqual([]);
  });

  it('still runs every service, and has lost nothing it accepted before', async () => {
    for (const service of PLATFORM_SERVICES) {
      const health = await platform.api(`/${service}/health`);
      expect({ service, status: health.status }).toEqual({ service, status: 200 });
    }
    for (const [path, user] of readBack()) {
      const response = await platform.api(path, as(user));
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      // catalog's are as they were; the others may have moved on (a shipment's state...)
      const now = await readJson<Record<string, unknown>>(response);
      if (path.startsWith('/catalog/')) expect(now).toEqual(before.get(path));
    }
    // the imports the sweep started (202) rejected their bad lines one by one: none failed whole
    const jobs = await waitFor('the imports of the sweep to finish', async () => {
      const { items } = await readJson<{ items: { id: string; status: string }[] }>(
        await platform.api('/catalog/imports?pageSize=100', as('exporter1')),
      );
      return items.every((job) => job.status !== 'RUNNING') && items;
    });
    expect(jobs.length).toBeGreaterThan(1);
    expect(jobs.filter((job) => job.status !== 'COMPLETED')).toEqual([]);
  });
  it("starts Swagger UI's Try it out from bodies that work: an artwork, then a shipment of it", async () => {
    const body = (template: string) =>
      tryItOutBody(
        document.paths[template]['post'].requestBody!.content['application/json'].schema!,
        document,
      ) as Record<string, unknown>;
    const artwork = await platform.gateway.request(
      '/api/catalog/artworks',
      as('exporter1', { method: 'POST', json: body('/api/catalog/artworks') }),
    );
    // the answer's text beside its status, to say what was wrong if it is not a 201
    expect(`${artwork.status} ${await artwork.clone().text()}`).toMatch(/^201 /);
    const { id } = await readJson<{ id: string }>(artwork);
    const shipment = await platform.gateway.request(
      '/api/logistics/shipments',
      as('exporter1', {
        method: 'POST',
        // the one value a client must put in: an artwork of its own
        json: { ...body('/api/logistics/shipments'), artworkIds: [id] },
      }),
    );
    expect(`${shipment.status} ${await shipment.text()}`).toMatch(/^201 /);
  });
});

/** Where two JSON values differ, as JSON pointers (the first ten), for a readable failure. */
function differences(served: unknown, published: unknown, at = '', found: string[] = []): string[] {
  if (found.length >= 10) return found;
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null;
  if (
    isObject(served) &&
    isObject(published) &&
    Array.isArray(served) === Array.isArray(published)
  ) {
    for (const key of new Set([...Object.keys(served), ...Object.keys(published)]))
      differences(
        served[key],
        published[key],
        `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        found,
      );
  } else if (JSON.stringify(served) !== JSON.stringify(published)) {
    found.push(
      `${at || '/'}: served ${JSON.stringify(served)?.slice(0, 80)}, published ${JSON.stringify(published)?.slice(0, 80)}`,
    );
  }
  return found;
}
