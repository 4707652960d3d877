import { TestContext, TopicReader, waitFor } from '@artbridge/platform-testing';
import {
  BrokerProducer,
  DeadLetterAlreadyRedrivenError,
  DeadLetterNotFoundError,
  DeadLetterNotRedrivableError,
  DeadLetterStore,
  DLQ_HEADERS,
  encodeEnvelope,
  newEnvelope,
  PermanentMessageError,
  StoredDeadLetter,
} from '@artbridge/platform-messaging';
import { MessagingFixture, NoteRecorded, NoteRecordedV1 } from './messaging-fixture';

const note = (key: string, seq: number) => Object.assign(new NoteRecordedV1(), { key, seq });
const envelopeOf = (key: string, seq: number) =>
  newEnvelope(NoteRecorded, note(key, seq), 'test-producer', { subject: key });

describe('dead letters: kept in the service database, redriven through the outbox (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let fixture: MessagingFixture;
  let producer: BrokerProducer;
  let store: DeadLetterStore;

  beforeAll(async () => {
    fixture = await MessagingFixture.create(context);
    producer = await fixture.broker.producer();
    context.onCleanup(() => producer.disconnect());
    store = new DeadLetterStore(fixture.dataSource);
  });
  afterAll(() => context.cleanup());

  /** What `consumer` dead-lettered of the messages with `key` (tests share one topic). */
  const lettersOf = async (consumer: string, key: string): Promise<StoredDeadLetter[]> =>
    (await store.list({ consumer })).items.filter((letter) => letter.key === key);

  it('files a poisoned message in messaging_dead_letter; a redrive republishes it once', async () => {
    await fixture.provisionDeadLetter('ledger');
    const dlq = await TopicReader.start(fixture.broker, [fixture.topics.deadLetter('ledger')]);
    context.onCleanup(() => dlq.stop());
    let artwork13Exists = false;
    await fixture.startConsumer('ledger', (payload) => {
      if (payload.seq === 13 && !artwork13Exists)
        throw new PermanentMessageError('artwork 13 does not exist (yet)');
    });
    // another consumer of the topic handles every message at once: a redrive must not reach it twice
    await fixture.startConsumer('bystander');
    const poisoned = envelopeOf('dl', 13);
    await producer.send(
      [
        encodeEnvelope(envelopeOf('dl', 12)),
        encodeEnvelope(poisoned),
        '{"not": "an envelope"',
        encodeEnvelope(envelopeOf('dl', 14)),
      ].map((value) => ({ topic: fixture.topic(), key: 'dl', value })),
    );

    const letters = await waitFor('two dead letters in the table', async () => {
      const found = await lettersOf('ledger', 'dl');
      return found.length >= 2 && found;
    });
    // 14 comes after the second dead letter: wait for it rather than race it
    const firstPass = await waitFor('12 and 14 handled', async () => {
      const seqs = (await fixture.handled('ledger', 'dl')).map((h) => h.seq);
      return seqs.length >= 2 && seqs;
    });
    expect(firstPass).toEqual([12, 14]);
    const [first, second] = letters;
    const [handlerFailed, invalid] =
      first.reason === 'handler-failed' ? [first, second] : [second, first];
    expect(handlerFailed).toMatchObject({
      consumer: 'ledger',
      topic: fixture.topic(),
      key: 'dl',
      messageType: NoteRecorded.type,
      messageId: poisoned.id,
      reason: 'handler-failed',
      error: 'artwork 13 does not exist (yet)',
      attempts: 1,
      redrivenAt: null,
    });
    expect(JSON.parse(handlerFailed.envelope)).toEqual(JSON.parse(encodeEnvelope(poisoned)));
    expect(handlerFailed.partition).toBeGreaterThanOrEqual(0);
    expect(Number(handlerFailed.offset)).toBeGreaterThanOrEqual(0);
    expect(invalid).toMatchObject({
      reason: 'invalid-envelope',
      messageType: null,
      messageId: null,
      envelope: '{"not": "an envelope"',
    });
    expect(invalid.error).toMatch(/^not JSON/);

    // the topic has them too, stamped with the same time as the row
    const onTopic = await dlq.waitForCount(2);
    const topicLetter = onTopic.find((r) => r.headers[DLQ_HEADERS.reason] === 'handler-failed')!;
    expect(topicLetter.headers[DLQ_HEADERS.failedAt]).toBe(
      handlerFailed.deadLetteredAt.toISOString(),
    );
    expect(topicLetter.headers[DLQ_HEADERS.originalOffset]).toBe(handlerFailed.offset);

    // listing: by status, oldest first
    expect((await store.list({ consumer: 'ledger', status: 'PENDING' })).total).toBe(2);
    expect((await store.list({ consumer: 'ledger', status: 'REDRIVEN' })).total).toBe(0);

    // the cause is fixed; the redrive goes through the outbox, so the relay sends it
    artwork13Exists = true;
    await fixture.startRelay();
    const redriven = await store.redrive(handlerFailed.id, fixture.outbox);
    expect(redriven.redrivenAt).toBeInstanceOf(Date);
    await waitFor('the redriven message handled', async () =>
      (await fixture.handled('ledger', 'dl')).some((h) => h.seq === 13),
    );
    const handled = await fixture.handled('ledger', 'dl');
    expect(handled.map((h) => h.seq)).toEqual([12, 14, 13]);
    expect(handled.find((h) => h.seq === 13)!.message_id).toBe(poisoned.id);

    // a second redrive is refused; the row says when the first was
    await expect(store.redrive(handlerFailed.id, fixture.outbox)).rejects.toBeInstanceOf(
      DeadLetterAlreadyRedrivenError,
    );
    await expect(
      store.redrive('0190a1b2-0000-7000-8000-0000000000ff', fixture.outbox),
    ).rejects.toBeInstanceOf(DeadLetterNotFoundError);
    // a message no consumer can read is not put back (it would be skipped, and vanish)
    const outboxRows = async () =>
      Number((await fixture.dataSource.query(`SELECT count(*) AS n FROM messaging_outbox`))[0].n);
    const rowsBefore = await outboxRows();
    const refusal = await store.redrive(invalid.id, fixture.outbox).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(DeadLetterNotRedrivableError);
    expect((refusal as Error).message).toBe(
      `dead letter ${invalid.id} cannot be redriven: its message is not an envelope a consumer can read (${invalid.error})`,
    );
    expect(await outboxRows()).toBe(rowsBefore);
    expect(await store.find(handlerFailed.id)).toMatchObject({
      redrivenAt: redriven.redrivenAt,
    });
    expect((await store.list({ consumer: 'ledger', status: 'PENDING' })).items).toEqual([
      expect.objectContaining({ id: invalid.id }),
    ]);

    // the bystander handled the message the first time and skips the redriven copy by its id
    await waitFor(
      'the bystander has the three originals',
      async () => (await fixture.handled('bystander', 'dl')).length >= 3,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const bystander = await fixture.handled('bystander', 'dl');
    expect(bystander.map((h) => h.seq)).toEqual([12, 13, 14]);
  });

  it('redriving a message that fails again files a new dead letter, not the same one', async () => {
    await fixture.startConsumer('stubborn', (payload) => {
      if (payload.seq === 99) throw new PermanentMessageError('still broken');
    });
    await fixture.startRelay(); // (a second relay stands by while the first one leads)
    await producer.send([
      { topic: fixture.topic(), key: 'stubborn', value: encodeEnvelope(envelopeOf('st', 99)) },
    ]);
    const [letter] = await waitFor('the dead letter', async () => {
      const found = await lettersOf('stubborn', 'stubborn');
      return found.length === 1 && found;
    });
    await store.redrive(letter.id, fixture.outbox);
    const again = await waitFor('a second dead letter', async () => {
      const found = await lettersOf('stubborn', 'stubborn');
      return found.length === 2 && found;
    });
    expect(again.map((l) => [l.id === letter.id, l.redrivenAt === null])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(again[1].offset).not.toBe(letter.offset);
    expect(again[1].messageId).toBe(letter.messageId);
  });
});
