import { readJson, ServiceProcess, TestContext, waitFor } from '@artbridge/platform-testing';

/**
 * The walking skeleton end to end, as a user sees it: catalog and logistics as separate
 * processes (started like `npm start` starts them), an artwork registered over HTTP in catalog
 * arriving over Kafka in logistics.
 */
describe('walking skeleton: catalog → Kafka → logistics', () => {
  const context = new TestContext();
  let catalog: ServiceProcess;
  let logistics: ServiceProcess;

  beforeAll(async () => {
    const env = (service: string) => context.serviceEnv(service);
    [catalog, logistics] = await Promise.all([
      ServiceProcess.start({ app: 'catalog', env: await env('catalog') }),
      ServiceProcess.start({ app: 'logistics', env: await env('logistics') }),
    ]);
    context.onCleanup(() => catalog.stop());
    context.onCleanup(() => logistics.stop());
  });
  afterAll(() => context.cleanup());

  it('an artwork registered in catalog shows up in logistics', async () => {
    const registered = await catalog.request('/artworks', {
      method: 'POST',
      headers: context.auth('exporter1', 'EXPORTER'),
      json: {
        title: 'Spring in Jiangnan',
        artist: { name: 'Lin Fengmian' },
        creationYear: 1962,
        category: 'PAINTING',
        value: { amount: '880000.00', currency: 'CNY' },
        ownedByCreator: false,
        originCountry: 'CN',
      },
    });
    expect(registered.status).toBe(201);
    const { id } = await readJson<{ id: string }>(registered);

    const seen = await waitFor('logistics to know the artwork', async () => {
      const response = await logistics.request(`/artworks/${id}`, {
        headers: context.auth('operator1', 'LOGISTICS_OPERATOR'),
      });
      return response.status === 200 && readJson(response);
    });
    expect(seen).toMatchObject({
      id,
      exporterId: 'exporter1',
      title: 'Spring in Jiangnan',
      artistName: 'Lin Fengmian',
      creationYear: 1962,
      value: { amount: '880000.00', currency: 'CNY' },
    });
  });

  it('reports health of database and messaging', async () => {
    const health = await readJson(await logistics.request('/health'));
    expect(health).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, messaging: { status: 'up', relay: 'leader' } },
    });
  });
});
