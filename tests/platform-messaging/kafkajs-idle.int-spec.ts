import { applyRequestQueueIdleFix, KafkajsBroker } from '@artbridge/platform-messaging';
import { ensureKafka, TestContext } from '@artbridge/platform-testing';

const RequestQueue = require('kafkajs/src/network/requestQueue') as {
  prototype: { checkPendingRequests(): void };
};

/**
 * kafkajs 2.2.4 re-armed a 1 ms timer on every connection while nothing was queued; the
 * platform's messaging library puts the unreleased fix in place. Real broker, real connections.
 */
describe('kafkajs connections at rest', () => {
  const context = new TestContext();
  const topic = `${context.topicPrefix}idle.fix`;
  let broker: KafkajsBroker;

  beforeAll(async () => {
    await ensureKafka();
    broker = new KafkajsBroker({ brokers: context.brokers, clientId: 'idle-fix' });
    const admin = await broker.admin();
    await admin.ensureTopics([{ topic, partitions: 3 }]);
    await admin.disconnect();
  });
  afterAll(async () => {
    await context.cleanup();
  });

  it('is the kafkajs release the fix was written for, so the fix is in place', () => {
    expect(applyRequestQueueIdleFix()).toBe(true);
  });

  it('checks for queued requests only when there are some, and every queued request is sent', async () => {
    const producer = await broker.producer();
    try {
      // at once: one request in flight per connection, so the others queue and go in turn;
      // each send resolves only once the broker has acknowledged it
      await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          producer.send([{ topic, key: `k${i % 7}`, value: `message ${i}` }]),
        ),
      );
      // then at rest: before the fix, some 700 checks a second on the idle connection
      const checks = jest.spyOn(RequestQueue.prototype, 'checkPendingRequests');
      try {
        await new Promise((done) => setTimeout(done, 1000));
        expect(checks.mock.calls.length).toBeLessThan(20);
      } finally {
        checks.mockRestore();
      }
    } finally {
      await producer.disconnect();
    }
  });
});
