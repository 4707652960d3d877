import { Tokens } from '@artbridge/platform-auth';
import type { ServiceConfig } from '@artbridge/platform-service';
import { freePort, readJson } from '@artbridge/platform-testing';
import type { INestApplication } from '@nestjs/common';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect } from 'node:net';
import type { GatewayConfig } from '../src/gateway-config';
import { startGateway } from '../src/start-gateway';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A stand-in service: echoes what it got, serves a small OpenAPI document, /slow never answers. */
async function fakeService(
  name: string,
): Promise<{ server: Server; url: string; seen: Seen[]; hungUp: number[] }> {
  const seen: Seen[] = [];
  /** When the gateway closed a connection to this service (Date.now()). */
  const hungUp: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      if (req.url === '/slow') return; // never answers
      if (req.url === '/docs-json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            openapi: '3.0.0',
            info: { title: name, version: '1' },
            paths: {
              '/things/{id}': { get: { operationId: 'ThingsController_get', responses: {} } },
            },
            security: [{ bearer: [] }],
          }),
        );
        return;
      }
      seen.push(request);
      res.writeHead(req.url === '/missing' ? 404 : 200, {
        'content-type': 'application/json',
        'x-service': name,
      });
      res.end(JSON.stringify({ service: name, ...request }));
    });
  });
  server.on('connection', (socket) => socket.once('end', () => hungUp.push(Date.now())));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${port}`, seen, hungUp };
}

/** One request with the target written as given (absolute-form, which fetch never sends). */
function rawRequest(
  base: string,
  method: string,
  target: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request(
      { hostname, port, method, path: target, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

/** Request and header lines sent as written (two Host lines: no HTTP client sends them). */
function rawLines(base: string, lines: string[]): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${[...lines, 'Connection: close'].join('\r\n')}\r\n\r\n`),
    );
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      done({ status, body: answer.slice(answer.indexOf('\r\n\r\n') + 4) });
    });
  });
}

/**
 * The gateway in-process in front of stand-in services: what it passes on, what it answers
 * when a service is down or slow, sign-in without users, the merged document. The real
 * services behind it are in e2e/gateway.int-spec.ts.
 */
describe('gateway in front of stand-in services', () => {
  let gateway: INestApplication;
  let base: string;
  let catalog: Awaited<ReturnType<typeof fakeService>>;
  let logistics: Awaited<ReturnType<typeof fakeService>>;
  const secret = 'a-test-secret-of-some-length';
  const exporter = { username: 'exporter1', roles: ['EXPORTER' as const] };
  const token = new Tokens(secret).sign(exporter);

  beforeAll(async () => {
    [catalog, logistics] = await Promise.all([fakeService('catalog'), fakeService('logistics')]);
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const config: GatewayConfig = {
      httpHost: '127.0.0.1',
      httpPort: 0,
      metricsPort: null,
      logLevel: (process.env['TEST_LOG_LEVEL'] as ServiceConfig['logLevel']) || 'silent',
      jwtSecret: secret,
      demoUsers: false,
      services: {
        catalog: catalog.url,
        customs: nobody,
        payments: nobody,
        logistics: logistics.url,
      },
      proxyTimeoutMs: 300,
      docsTimeoutMs: 1000,
      webRoot: '/nonexistent',
    };
    gateway = await startGateway(config);
    base = `http://127.0.0.1:${(gateway.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await gateway?.close();
    catalog?.server.close();
    logistics?.server.close();
  });

  it('passes method, path without /api/<service>, query, headers and the JSON body as sent', async () => {
    // spacing, key order and a repeated key: the bytes a service signs or hashes stay its own
    const body =
      '{ "title" : "山水",\n  "value": {"currency":"CNY", "amount": "1.00"}, "title": "山水" }';
    const response = await fetch(`${base}/api/catalog/artworks?q=ink&page=2`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-service')).toBe('catalog');
    const seen = await readJson<Seen>(response);
    expect(seen).toMatchObject({ method: 'POST', url: '/artworks?q=ink&page=2' });
    expect(seen.headers).toMatchObject({
      authorization: `Bearer ${token}`,
      'x-forwarded-for': '127.0.0.1',
    });
    expect(seen.body).toBe(body);
    expect(seen.headers['content-length']).toBe(String(Buffer.byteLength(body)));
  });

  it('refuses a bearer token it cannot verify with 401 as a service does, and never sends it on', async () => {
    // what a service that judges itself local would take: signed with another secret (the
    // development one), or expired, or not a token at all
    const refused = [
      new Tokens('the-development-secret-published').sign({
        username: 'mallory',
        roles: ['ADMIN'],
      }),
      new Tokens(secret).sign(exporter, -10),
      'abc.def.ghi',
    ];
    const before = catalog.seen.length;
    for (const header of [...refused.map((t) => `Bearer ${t}`), `Basic ${token}`, '']) {
      const response = await fetch(`${base}/api/catalog/invoices`, {
        headers: { authorization: header },
      });
      expect([header, response.status, await readJson(response)]).toEqual([
        header,
        401,
        { statusCode: 401, error: 'Unauthorized', message: 'a valid bearer token is required' },
      ]);
    }
    expect(catalog.seen.slice(before)).toEqual([]);
    // its own token passes, in either letter case of the scheme; no Authorization passes as before
    for (const authorization of [`Bearer ${token}`, `bearer ${token}`]) {
      const passed = await fetch(`${base}/api/catalog/invoices`, { headers: { authorization } });
      expect(await readJson(passed)).toMatchObject({
        url: '/invoices',
        headers: { authorization },
      });
    }
    const anonymous = await readJson<Seen>(await fetch(`${base}/api/catalog/health`));
    expect(anonymous).toMatchObject({ url: '/health' });
    expect(anonymous.headers.authorization).toBeUndefined();
  });

  it('streams other bodies through as they are, and the answer back as it is', async () => {
    const lines = '{"title":"a"}\n{"title":"b"}\n';
    const response = await fetch(`${base}/api/logistics/imports`, {
      method: 'PUT',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines,
    });
    expect(await readJson<Seen>(response)).toMatchObject({ url: '/imports', body: lines });
    const missing = await fetch(`${base}/api/logistics/missing`);
    expect(missing.status).toBe(404);
    expect(await readJson(missing)).toMatchObject({ service: 'logistics' });
    expect(await readJson(await fetch(`${base}/api/catalog`))).toMatchObject({ url: '/' });
  });

  it('forwards /api/<service> in any letter case and in absolute-form, path and query kept', async () => {
    const mixed = await fetch(`${base}/Api/catalog/artworks?q=1`);
    expect(mixed.headers.get('x-service')).toBe('catalog');
    expect(await readJson(mixed)).toMatchObject({ url: '/artworks?q=1' });
    expect(await readJson(await fetch(`${base}/API/Catalog/Artworks`))).toMatchObject({
      service: 'catalog',
      url: '/Artworks',
    });
    const absolute = await rawRequest(base, 'GET', `${base}/api/catalog/artworks?q=1`);
    expect(absolute.status).toBe(200);
    expect(JSON.parse(absolute.body)).toMatchObject({ service: 'catalog', url: '/artworks?q=1' });
    const root = await rawRequest(base, 'GET', `${base}/api/logistics?x=2`);
    expect(JSON.parse(root.body)).toMatchObject({ service: 'logistics', url: '/?x=2' });
  });

  it('reads its own sign-in body in any letter case and in absolute-form too', async () => {
    const signIn = JSON.stringify({ username: 'admin', password: 'demo' });
    const headers = { 'content-type': 'application/json' };
    for (const target of ['/API/auth/token', '/Api/Auth/Token', `${base}/api/auth/token`]) {
      const answer = await rawRequest(base, 'POST', target, { headers, body: signIn });
      expect([target, answer.status, JSON.parse(answer.body)]).toMatchObject([
        target,
        401,
        { message: 'sign-in is not available: this gateway has no users configured' },
      ]);
    }
  });

  it('closes an idle connection to a service before the service would, so none is reused as it closes', async () => {
    // the service keeps an idle connection 3 s, and says so (Keep-Alive: timeout=3)
    logistics.server.keepAliveTimeout = 3000;
    const response = await fetch(`${base}/api/logistics/things`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    const answered = Date.now();
    while (!logistics.hungUp.some((at) => at >= answered) && Date.now() - answered < 2900) {
      await new Promise((done) => setTimeout(done, 50));
    }
    // the gateway hung up first, about a second ahead of the service
    expect(logistics.hungUp.filter((at) => at >= answered)).toHaveLength(1);
  });

  it('answers two Host lines or an invalid Host with 400 naming Host, and sends neither on', async () => {
    const before = catalog.seen.length;
    for (const [hosts, message] of [
      [['Host: a', 'Host: b'], 'Host must be sent once, not 2 times'],
      [['Host: a b/c'], "Host 'a b/c' is not a valid host[:port]"],
    ] as const) {
      const answer = await rawLines(base, ['GET /api/catalog/health HTTP/1.1', ...hosts]);
      expect([answer.status, JSON.parse(answer.body)]).toEqual([
        400,
        { statusCode: 400, error: 'Bad Request', message: [message] },
      ]);
    }
    expect(catalog.seen.slice(before)).toEqual([]);
    const one = await rawLines(base, ['GET /api/catalog/health HTTP/1.1', 'Host: a']);
    expect(one.status).toBe(200);
  });

  it('answers 502 with a JSON error at once when a service is down', async () => {
    const started = Date.now();
    const response = await fetch(`${base}/api/customs/declarations`);
    expect(response.status).toBe(502);
    expect(await readJson(response)).toEqual({
      statusCode: 502,
      error: 'Bad Gateway',
      message: 'customs is not reachable (ECONNREFUSED)',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers 504 when a service takes too long, never hangs', async () => {
    const response = await fetch(`${base}/api/catalog/slow`);
    expect(response.status).toBe(504);
    expect(await readJson(response)).toMatchObject({
      error: 'Gateway Timeout',
      message: 'catalog did not answer in time',
    });
  });

  it('answers 404 in JSON for anything else under /api', async () => {
    for (const path of [
      '/api/nowhere',
      '/api/nowhere/artworks',
      '/api',
      '/api/auth/other',
      // the router decodes the name, the forwarded path would not: never sent on as `/`
      '/api/%63atalog/artworks',
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(404);
      expect(await readJson(response)).toMatchObject({ statusCode: 404, error: 'Not Found' });
    }
  });

  it('has no users unless asked for demo users, and says so', async () => {
    const response = await fetch(`${base}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo' }),
    });
    expect(response.status).toBe(401);
    expect(await readJson(response)).toMatchObject({
      message: 'sign-in is not available: this gateway has no users configured',
    });
  });

  it('names the missing fields of a sign-in', async () => {
    const response = await fetch(`${base}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin' }),
    });
    expect(response.status).toBe(400);
    const { message } = await readJson<{ message: string[] }>(response);
    expect(message).toContain('password should not be empty');
    expect(message.join()).not.toContain('username');
  });

  it('answers a sign-in body it cannot read with 400, naming the body', async () => {
    const response = await fetch(`${base}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'null',
    });
    expect(await readJson(response)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: ['body must be a JSON object or array, not null'],
    });
  });

  it('refuses a sign-in in any charset but UTF-8 with 415, and passes a service its body as sent', async () => {
    const signIn = JSON.stringify({ username: 'admin', password: 'demo' });
    const utf16 = await fetch(`${base}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-16' },
      body: Buffer.from(signIn, 'utf16le'),
    });
    expect(utf16.status).toBe(415);
    expect(await readJson(utf16)).toEqual({
      statusCode: 415,
      error: 'Unsupported Media Type',
      message: ['body charset utf-16 is not supported: send UTF-8'],
    });
    const utf8 = await fetch(`${base}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF8' },
      body: signIn,
    });
    expect(utf8.status).toBe(401); // read: no users here
    // a service's body is the service's to judge
    const passed = await fetch(`${base}/api/catalog/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-16' },
      body: 'as sent',
    });
    expect(await readJson(passed)).toMatchObject({ url: '/things', body: 'as sent' });
  });

  it('answers a sign-in that does not inflate as its Content-Encoding says with 400 naming the body', async () => {
    const response = await fetch(`${base}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: JSON.stringify({ username: 'admin', password: 'demo' }),
    });
    expect(response.status).toBe(400);
    expect(await readJson(response)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: [expect.stringMatching(/^body could not be read: /)],
    });
  });

  it('merges the services that answer into one document, and names those that do not', async () => {
    const response = await fetch(`${base}/api/docs-json`);
    expect(response.status).toBe(200);
    const document = await readJson<{
      paths: Record<string, unknown>;
      info: { description: string };
      components: { securitySchemes: Record<string, unknown> };
    }>(response);
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/auth/token',
      '/api/catalog/things/{id}',
      '/api/logistics/things/{id}',
    ]);
    expect(document.components.securitySchemes['bearer']).toMatchObject({ scheme: 'bearer' });
    expect(document.info.description).toMatch(/customs \(not reachable: ECONNREFUSED\)/);
    expect(document.info.description).toMatch(/payments \(not reachable: ECONNREFUSED\)/);

    const ui = await fetch(`${base}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
  });
});
