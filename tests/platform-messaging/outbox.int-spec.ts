import { TestContext, TopicReader, waitFor } from '@artbridge/platform-testing';
import {
  decodeEnvelope,
  OutboxOutsideTransactionError,
  OutboxRelay,
  silentLogger,
} from '@artbridge/platform-messaging';
import { MessagingFixture, NoteRecorded, NoteRecordedV1 } from './messaging-fixture';

/** A relay that "dies" after sending a batch and before marking it sent. */
class RelayDyingAfterSend extends OutboxRelay {
  died = false;

  protected override async markSent(): Promise<void> {
    this.died = true;
    throw new Error('relay process killed between send and mark');
  }
}

describe('transactional outbox and relay (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let fixture: MessagingFixture;

  beforeAll(async () => {
    fixture = await MessagingFixture.create(context);
  });
  afterAll(() => context.cleanup());

  const count = async (sql: string) => Number((await fixture.dataSource.query(sql))[0].n);

  it('commits the state change and its outbox rows together, or neither', async () => {
    await fixture.recordNotes([{ key: 'tx-ok', seq: 1 }]);
    await expect(
      fixture.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO note (key, seq) VALUES ('tx-rolled-back', 1)`);
        await fixture.outbox.add(
          manager,
          NoteRecorded,
          Object.assign(new NoteRecordedV1(), { key: 'tx-rolled-back', seq: 1 }),
          {
            subject: 'tx-rolled-back',
          },
        );
        throw new Error('the use case fails after writing');
      }),
    ).rejects.toThrow('the use case fails after writing');

    expect(await count(`SELECT count(*) AS n FROM note WHERE key = 'tx-ok'`)).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM messaging_outbox WHERE message_key = 'tx-ok'`),
    ).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM note WHERE key = 'tx-rolled-back'`)).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM messaging_outbox WHERE message_key = 'tx-rolled-back'`,
      ),
    ).toBe(0);
  });

  it('refuses an outbox write outside a transaction', async () => {
    await expect(
      fixture.outbox.add(
        fixture.dataSource.manager,
        NoteRecorded,
        Object.assign(new NoteRecordedV1(), { key: 'k', seq: 1 }),
        {
          subject: 'k',
        },
      ),
    ).rejects.toThrow(OutboxOutsideTransactionError);
  });

  it('refuses a payload that breaks its contract before anything is written', async () => {
    await expect(
      fixture.dataSource.transaction((manager) =>
        fixture.outbox.add(manager, NoteRecorded, { key: '', seq: 1.5 } as NoteRecordedV1, {
          subject: 'bad',
        }),
      ),
    ).rejects.toThrow(
      'invalid test.note.recorded payload: key must be longer than or equal to 1 characters; seq must be an integer number',
    );
  });

  it('publishes in commit order per key, with the envelope of ARCHITECTURE.md, and marks rows sent', async () => {
    const reader = await TopicReader.start(fixture.broker, [fixture.topic()]);
    const relay = await fixture.startRelay();
    for (let seq = 1; seq <= 20; seq++) await fixture.recordNotes([{ key: 'ordered', seq }]);

    await waitFor(
      '20 ordered notes on the topic',
      () =>
        reader.json().filter((e) => (e as { subject: string }).subject === 'ordered').length >= 20,
    );
    const envelopes = reader.records
      .map((r) => decodeEnvelope(r.value))
      .filter((e) => e.subject === 'ordered');
    expect(envelopes.map((e) => e.payload['seq'])).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const first = envelopes[0];
    expect(first).toMatchObject({
      type: 'test.note.recorded',
      version: 1,
      source: 'test-producer',
      subject: 'ordered',
      causationId: null,
    });
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7
    expect(first.correlationId).toBe(first.id);
    expect(first.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(reader.records.filter((r) => r.key === 'ordered')).toHaveLength(20);
    await waitFor(
      'rows marked sent',
      async () =>
        (await count(`SELECT count(*) AS n FROM messaging_outbox WHERE sent_at IS NULL`)) === 0,
    );
    await relay.stop();
    await reader.stop();
  });

  it('a relay that dies after sending and before marking: the resend is absorbed by the inbox', async () => {
    const reader = await TopicReader.start(fixture.broker, [fixture.topic()]);
    await fixture.startConsumer('crash-consumer');
    await fixture.recordNotes([1, 2, 3].map((seq) => ({ key: 'crash', seq })));

    const dying = new RelayDyingAfterSend(fixture.databaseUrl, fixture.broker, silentLogger, {
      pollIntervalMs: 100,
    });
    await fixture.startRelay(dying);
    await waitFor('the relay to die after its send', () => dying.died);
    await dying.stop();
    expect(
      await count(
        `SELECT count(*) AS n FROM messaging_outbox WHERE message_key = 'crash' AND sent_at IS NULL`,
      ),
    ).toBe(3);

    await fixture.startRelay(); // the restarted relay sends the same rows again
    await waitFor(
      'both copies on the topic',
      () => reader.records.filter((r) => r.key === 'crash').length >= 6,
    );
    await waitFor(
      'rows marked sent',
      async () =>
        (await count(`SELECT count(*) AS n FROM messaging_outbox WHERE sent_at IS NULL`)) === 0,
    );
    const handled = await waitFor('the consumer to handle the notes', async () => {
      const rows = (await fixture.handled('crash-consumer', 'crash')).filter(
        (h) => h.key === 'crash',
      );
      return rows.length >= 3 && rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 500)); // time for any second application to show
    expect(
      (await fixture.handled('crash-consumer', 'crash'))
        .filter((h) => h.key === 'crash')
        .map((h) => h.seq),
    ).toEqual([1, 2, 3]);
    expect(
      new Set(
        reader.records.filter((r) => r.key === 'crash').map((r) => decodeEnvelope(r.value).id),
      ).size,
    ).toBe(3);
    expect(handled).toHaveLength(3);
    await reader.stop();
  });
});
