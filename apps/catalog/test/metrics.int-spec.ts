import { OutboxRelay } from '@artbridge/platform-messaging';
import { readJson, ServiceUnderTest, TestContext, waitFor } from '@artbridge/platform-testing';
import { CatalogModule } from '../src/catalog.module';
import openApiMetadata from '../src/openapi-metadata';
import { shanShui } from './artworks.fixtures';

/**
 * The value of the series `name` of the service catalog with (at least) `labels`, read from
 * Prometheus' text format; NaN when there is none.
 */
function sample(text: string, name: string, labels: Record<string, string | number> = {}): number {
  const wanted = Object.entries({ service: 'catalog', ...labels }).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_:][\w:]*)\{(.*)\} (\S+)$/i.exec(line);
    if (match?.[1] !== name) continue;
    const has = new Set(match[2].split(/,(?=[a-z_]+=")/i));
    if (wanted.every((label) => has.has(label))) return Number(match[3]);
  }
  return NaN;
}

describe('catalog: metrics on the management port (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let catalog: ServiceUnderTest;
  let metricsUrl: string;

  beforeAll(async () => {
    const config = await context.serviceConfig('catalog', { metricsPort: 0 });
    catalog = await ServiceUnderTest.start(CatalogModule.forRoot(config), config, openApiMetadata);
    context.onCleanup(() => catalog.stop());
    metricsUrl = catalog.metricsUrl!;
  });
  afterAll(() => context.cleanup());

  const exporter = () => context.auth('exporter1', 'EXPORTER');
  const register = async () => {
    const response = await catalog.request('/artworks', {
      method: 'POST',
      json: shanShui,
      headers: exporter(),
    });
    expect(response.status).toBe(201);
    return readJson<{ id: string }>(response);
  };
  const scrape = async () => {
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  it('answers on a port of its own, at the service host, beside the public one', () => {
    expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(metricsUrl).port).not.toBe(new URL(catalog.baseUrl).port);
  });

  it('times requests by route template, never by URL', async () => {
    const { id } = await register();
    for (let i = 0; i < 2; i++)
      expect((await catalog.request(`/artworks/${id}`, { headers: exporter() })).status).toBe(200);
    const missing = '0192c1f5-0000-7000-8000-00000000beef';
    expect((await catalog.request(`/artworks/${missing}`, { headers: exporter() })).status).toBe(
      404,
    );
    expect((await catalog.request('/no/such/path', { headers: exporter() })).status).toBe(404);

    const text = await scrape();
    const requests = (method: string, route: string, status: number, part = 'count') =>
      sample(text, `http_server_request_duration_seconds_${part}`, {
        method,
        route,
        status_code: status,
      });
    expect(requests('POST', '/artworks', 201)).toBe(1);
    expect(requests('GET', '/artworks/:id', 200)).toBe(2);
    expect(requests('GET', '/artworks/:id', 404)).toBe(1);
    // a path no route takes is one series, not the request log's wildcard mount
    expect(requests('GET', '(unmatched)', 404)).toBe(1);
    expect(text).not.toContain('{*path}');
    const seconds = requests('GET', '/artworks/:id', 200, 'sum');
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(10);
    expect(text).not.toContain(id);
    expect(text).not.toContain(missing);
    // the process's own, labelled with the service
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('reads the outbox when scraped: rows not sent and how long the oldest has waited', async () => {
    const relay = catalog.app.get(OutboxRelay);
    await relay.stop();
    await register();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const held = await scrape();
    expect(sample(held, 'messaging_outbox_unsent_messages')).toBe(1);
    const age = sample(held, 'messaging_outbox_oldest_unsent_age_seconds');
    expect(age).toBeGreaterThanOrEqual(0.1);
    expect(age).toBeLessThan(30);
    expect(sample(held, 'messaging_outbox_relay_state', { state: 'stopped' })).toBe(1);
    expect(sample(held, 'messaging_outbox_failed_messages')).toBe(0);
    expect(sample(held, 'messaging_dead_letters_pending')).toBe(0);
    expect(sample(held, 'messaging_consumer_connected')).toBe(1);

    await relay.start();
    const sent = await waitFor('the relay to send the row', async () => {
      const text = await scrape();
      return sample(text, 'messaging_outbox_unsent_messages') === 0 && text;
    });
    expect(sample(sent, 'messaging_outbox_oldest_unsent_age_seconds')).toBe(0);
    expect(sample(sent, 'messaging_outbox_relay_state', { state: 'leader' })).toBe(1);
    expect(sample(sent, 'messaging_outbox_relay_failing')).toBe(0);
  });

  it('serves no metrics on the public port, and nothing else on the management port', async () => {
    const onPublic = await fetch(`${catalog.baseUrl}/metrics`);
    expect(onPublic.status).toBe(404);
    expect(await onPublic.text()).not.toContain('http_server_request_duration_seconds');
    expect((await fetch(new URL('/health', metricsUrl))).status).toBe(404);
  });

  it('closes the management port with the service', async () => {
    await catalog.stop();
    await waitFor('the management port to close', () =>
      fetch(metricsUrl).then(
        () => false,
        () => true,
      ),
    );
  });
});
