import { randomUUID } from 'node:crypto';
import { ArtworkRegistered } from '@artbridge/contracts';
import { TestContext, TopicReader, waitFor } from '@artbridge/platform-testing';
import {
  decodeEnvelope,
  MessagingLogger,
  OutboxOutsideTransactionError,
  OutboxRelay,
  provisionTopics,
  readOutboxBacklog,
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

describe('outbox relay: produce requests the broker takes (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let fixture: MessagingFixture;

  beforeAll(async () => {
    // one partition, as a deployment has by default: a batch goes to the broker as one batch
    fixture = await MessagingFixture.create(context, 1);
    await provisionTopics(fixture.broker, fixture.topics, 'test-producer', [ArtworkRegistered], 1);
  });
  afterAll(() => context.cleanup());

  const registered = () => ({
    artworkId: randomUUID(),
    exporterId: 'exporter1',
    title: '春'.repeat(450),
    artist: { name: '林'.repeat(250) },
    creationYear: 1962,
    category: 'PAINTING',
    handExecuted: true,
    value: { amount: '880000.00', currency: 'CNY' },
    ownedByCreator: false,
    originCountry: 'CN',
    registeredAt: new Date().toISOString(),
  });

  it('sends a catalog import of 500 long CJK titles (1.3 MB, one transaction) and what follows it', async () => {
    const artworks = fixture.topics.of(ArtworkRegistered.stream);
    const reader = await TopicReader.start(fixture.broker, [artworks, fixture.topic()]);
    context.onCleanup(() => reader.stop());
    await fixture.dataSource.transaction((manager) =>
      fixture.outbox.addAll(
        manager,
        Array.from({ length: 500 }, () => {
          const payload = registered();
          return {
            definition: ArtworkRegistered,
            payload: payload as never,
            meta: { subject: payload.artworkId },
          };
        }),
      ),
    );
    await fixture.recordNotes([{ key: 'after-import', seq: 1 }]);
    await fixture.startRelay();
    await waitFor(
      'the import and the note after it',
      () =>
        reader.records.filter((r) => r.topic === artworks).length >= 500 &&
        reader.records.some((r) => r.key === 'after-import'),
      { timeoutMs: 30_000 },
    );
    const sent = reader.records.filter((r) => r.topic === artworks);
    expect(sent).toHaveLength(500);
    expect(sent.every((r) => r.value!.length > 2_500)).toBe(true);
    await waitFor(
      'every row marked sent',
      async () =>
        Number(
          (
            await fixture.dataSource.query(
              `SELECT count(*) AS n FROM messaging_outbox WHERE sent_at IS NULL`,
            )
          )[0].n,
        ) === 0,
    );
  });

  it('sets aside a row too large for the broker, says so, and sends the rows after it', async () => {
    await fixture.stopAll(); // the relay of the test before would lead
    const errors: { message: string; fields?: Record<string, unknown> }[] = [];
    const logger: MessagingLogger = {
      ...silentLogger,
      error: (message, fields) => errors.push({ message, fields }),
    };
    const reader = await TopicReader.start(fixture.broker, [fixture.topic()]);
    context.onCleanup(() => reader.stop());
    const huge = JSON.stringify({ filler: 'x'.repeat(1_200_000) });
    await fixture.dataSource.transaction(async (manager) => {
      await fixture.outbox.republish(manager, {
        topic: fixture.topic(),
        key: 'too-large',
        type: 'test.note.recorded',
        envelope: huge,
      });
    });
    await fixture.recordNotes([{ key: 'after-too-large', seq: 1 }]);
    const relay = await fixture.startRelay(
      new OutboxRelay(fixture.databaseUrl, fixture.broker, logger, { pollIntervalMs: 200 }),
    );
    await waitFor('the note after the large row', () =>
      reader.records.some((r) => r.key === 'after-too-large'),
    );
    expect(reader.records.some((r) => r.key === 'too-large')).toBe(false);
    const [row] = await fixture.dataSource.query(
      `SELECT sent_at, failed_at, error FROM messaging_outbox WHERE message_key = 'too-large'`,
    );
    expect(row.sent_at).toBeNull();
    expect(row.failed_at).toBeInstanceOf(Date);
    expect(row.error).toMatch(/^too large for the broker: \d+ bytes, above the broker's 1048588$/);
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'outbox row too large for the broker; set aside, not sent',
        fields: expect.objectContaining({ key: 'too-large', error: row.error }),
      }),
    ]);
    expect(relay.lastError).toBeUndefined();
    await waitFor('every other row sent', async () => {
      const backlog = await readOutboxBacklog(fixture.dataSource);
      return backlog.oldestUnsentAgeMs === null && backlog;
    });
    expect(await readOutboxBacklog(fixture.dataSource)).toEqual({
      oldestUnsentAgeMs: null,
      failed: 1,
      lastFailure: expect.objectContaining({
        topic: fixture.topic(),
        type: 'test.note.recorded',
        error: row.error,
      }),
    });
  });

  it('sets aside a row the broker refuses though it looked small enough, losing nothing around it', async () => {
    await fixture.stopAll();
    const artworks = fixture.topics.of(ArtworkRegistered.stream);
    const reader = await TopicReader.start(fixture.broker, [fixture.topic(), artworks]);
    context.onCleanup(() => reader.stop());
    const before = { ...registered(), title: 'before' };
    const after = { ...registered(), title: 'after' };
    const announce = (payload: ReturnType<typeof registered>) =>
      fixture.dataSource.transaction((manager) =>
        fixture.outbox.add(manager, ArtworkRegistered, payload as never, {
          subject: payload.artworkId,
        }),
      );
    // one request for both topics: the broker appends the artworks and refuses the note
    await announce(before);
    await fixture.dataSource.transaction(async (manager) => {
      await fixture.outbox.republish(manager, {
        topic: fixture.topic(),
        key: 'refused',
        type: 'test.note.recorded',
        envelope: JSON.stringify({ filler: 'y'.repeat(1_100_000) }),
      });
    });
    await announce(after);
    await fixture.recordNotes([{ key: 'after-refused', seq: 1 }]);
    // a relay that believes the broker takes 2 MB (as if a topic had a lower limit than others)
    await fixture.startRelay(
      new OutboxRelay(fixture.databaseUrl, fixture.broker, silentLogger, {
        pollIntervalMs: 200,
        maxMessageBytes: 2_000_000,
        maxRequestBytes: 4_000_000,
      }),
    );
    const titles = () =>
      reader.records
        .filter((r) => r.topic === artworks)
        .map((r) => decodeEnvelope(r.value).payload['title']);
    await waitFor(
      'both artworks and the note after the refused row',
      () =>
        titles().includes('before') &&
        titles().includes('after') &&
        reader.records.some((r) => r.key === 'after-refused'),
    );
    const [row] = await fixture.dataSource.query(
      `SELECT failed_at, error FROM messaging_outbox WHERE message_key = 'refused'`,
    );
    expect(row.error).toMatch(/^too large for the broker: .*larger than the max message size/);
    expect(reader.records.some((r) => r.key === 'refused')).toBe(false);
  });
});
