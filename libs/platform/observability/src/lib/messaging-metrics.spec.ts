import { Registry } from 'prom-client';
import { MESSAGING_METRICS_SQL, registerMessagingMetrics } from './messaging-metrics';

function sources(
  rows: () => Promise<unknown>,
  consumer: 'none' | 'connected' | 'disconnected' = 'connected',
) {
  const database = { query: jest.fn((_sql: string) => rows()) };
  const relay = { state: 'leader' as const, lastError: undefined as string | undefined };
  const transport = { consumerState: () => consumer };
  return { database, relay, transport };
}

const value = (text: string, series: string) =>
  Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);

describe('registerMessagingMetrics', () => {
  it('reads the database once per scrape, and nothing between scrapes', async () => {
    const registry = new Registry();
    const { database, relay, transport } = sources(async () => [
      { unsent: 3, oldest_unsent_age_seconds: 1.5, failed: 1, dead_letters_pending: 2 },
    ]);
    registerMessagingMetrics(registry, { database, relay, transport });
    expect(database.query).not.toHaveBeenCalled();

    const text = await registry.metrics();
    expect(database.query).toHaveBeenCalledTimes(1);
    expect(database.query).toHaveBeenCalledWith(MESSAGING_METRICS_SQL);
    expect(value(text, 'messaging_outbox_unsent_messages')).toBe(3);
    expect(value(text, 'messaging_outbox_oldest_unsent_age_seconds')).toBe(1.5);
    expect(value(text, 'messaging_outbox_failed_messages')).toBe(1);
    expect(value(text, 'messaging_dead_letters_pending')).toBe(2);
    expect(value(text, 'messaging_outbox_relay_state{state="leader"}')).toBe(1);
    expect(value(text, 'messaging_outbox_relay_state{state="standby"}')).toBe(0);
    expect(value(text, 'messaging_outbox_relay_failing')).toBe(0);
    expect(value(text, 'messaging_consumer_connected')).toBe(1);

    await registry.metrics();
    expect(database.query).toHaveBeenCalledTimes(2);
  });

  it('reads a service that consumes nothing as not disconnected, 0 for one disconnected', async () => {
    const empty = async () => [
      { unsent: 0, oldest_unsent_age_seconds: null, failed: 0, dead_letters_pending: 0 },
    ];
    const none = new Registry();
    registerMessagingMetrics(none, sources(empty, 'none'));
    expect(value(await none.metrics(), 'messaging_consumer_connected')).toBe(1);
    const down = new Registry();
    registerMessagingMetrics(down, sources(empty, 'disconnected'));
    expect(value(await down.metrics(), 'messaging_consumer_connected')).toBe(0);
  });

  it('reads an empty outbox as age 0, and a database that fails as NaN, still answering', async () => {
    const registry = new Registry();
    let fail = false;
    const { database, relay, transport } = sources(async () => {
      if (fail) throw new Error('connection refused');
      return [{ unsent: 0, oldest_unsent_age_seconds: null, failed: 0, dead_letters_pending: 0 }];
    });
    registerMessagingMetrics(registry, { database, relay, transport });
    expect(value(await registry.metrics(), 'messaging_outbox_oldest_unsent_age_seconds')).toBe(0);

    fail = true;
    relay.lastError = 'broker down';
    const text = await registry.metrics();
    expect(text).toMatch(/^messaging_outbox_unsent_messages nan$/im);
    expect(value(text, 'messaging_outbox_relay_failing')).toBe(1);
  });
});
