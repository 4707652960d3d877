import { defineEvent, ReserveArtworks } from '@artbridge/contracts';
import { TestContext, TopicReader, waitFor } from '@artbridge/platform-testing';
import {
  BrokerProducer,
  decodeEnvelope,
  DLQ_HEADERS,
  encodeEnvelope,
  IncomingBatch,
  MESSAGE_TYPE_HEADER,
  MessageBroker,
  newEnvelope,
  PermanentMessageError,
} from '@artbridge/platform-messaging';
import { MessagingFixture, NoteRecorded, NoteRecordedV1 } from './messaging-fixture';

const note = (key: string, seq: number) => Object.assign(new NoteRecordedV1(), { key, seq });
const envelopeOf = (key: string, seq: number) =>
  newEnvelope(NoteRecorded, note(key, seq), 'test-producer', { subject: key });

/** Another type of the notes' topic, which the fixture's consumers do not handle. */
const NoteErased = defineEvent('test.note.erased', 1, NoteRecorded.stream, NoteRecordedV1);

/** Notes the message ids a consumer is handed by the broker, duplicates included. */
function recordingBroker(broker: MessageBroker, delivered: string[]): MessageBroker {
  return {
    producer: () => broker.producer(),
    admin: () => broker.admin(),
    consumer: (options) => {
      const inner = broker.consumer(options);
      return {
        run: (topics, onBatch) =>
          inner.run(topics, (batch: IncomingBatch) => {
            for (const record of batch.records) {
              try {
                delivered.push(decodeEnvelope(record.value).id);
              } catch {
                delivered.push('not an envelope'); // the poison of another test
              }
            }
            return onBatch(batch);
          }),
        stop: () => inner.stop(),
        isConnected: () => inner.isConnected(),
      };
    },
  };
}

describe('message consumer: inbox, retries, dead letters, order, restarts (real PostgreSQL and Kafka)', () => {
  const context = new TestContext();
  let fixture: MessagingFixture;
  let producer: BrokerProducer;

  beforeAll(async () => {
    fixture = await MessagingFixture.create(context, 6);
    producer = await fixture.broker.producer();
    context.onCleanup(() => producer.disconnect());
  });
  afterAll(() => context.cleanup());

  it('a message delivered twice changes state once', async () => {
    await fixture.startConsumer('dedup');
    const twice = envelopeOf('dup', 1);
    const value = encodeEnvelope(twice);
    await producer.send([
      { topic: fixture.topic(), key: 'dup', value },
      { topic: fixture.topic(), key: 'dup', value },
      { topic: fixture.topic(), key: 'dup', value: encodeEnvelope(envelopeOf('dup', 2)) },
    ]);
    await waitFor('the message after the duplicate', async () =>
      (await fixture.handled('dedup', 'dup')).some((h) => h.seq === 2),
    );
    expect(
      (await fixture.handled('dedup', 'dup')).map((h) => [h.message_id === twice.id, h.seq]),
    ).toEqual([
      [true, 1],
      [false, 2],
    ]);
  });

  it('a message delivered again after it was handled changes nothing, and the rest of its chunk is handled', async () => {
    const delivered: string[] = [];
    await fixture.startConsumer('redelivered', undefined, {
      broker: recordingBroker(fixture.broker, delivered),
    });
    const again = envelopeOf('again', 1);
    const value = encodeEnvelope(again);
    await producer.send([{ topic: fixture.topic(), key: 'again', value }]);
    await waitFor(
      'the first delivery handled',
      async () => (await fixture.handled('redelivered', 'again')).length === 1,
    );
    // as after a crash between the commit and the offset commit: the same message, then more
    await producer.send([
      { topic: fixture.topic(), key: 'again', value },
      { topic: fixture.topic(), key: 'again', value: encodeEnvelope(envelopeOf('again', 2)) },
    ]);
    await waitFor('the message after the redelivery', async () =>
      (await fixture.handled('redelivered', 'again')).some((h) => h.seq === 2),
    );
    expect(delivered.filter((id) => id === again.id)).toHaveLength(2);
    expect(
      (await fixture.handled('redelivered', 'again')).map((h) => [
        h.message_id === again.id,
        h.seq,
      ]),
    ).toEqual([
      [true, 1],
      [false, 2],
    ]);
    const [{ letters }] = await fixture.dataSource.query(
      `SELECT count(*)::int AS letters FROM messaging_dead_letter WHERE consumer = 'redelivered'`,
    );
    expect(letters).toBe(0);
  });

  it('dead-letters poison messages with their reason and keeps the partition moving', async () => {
    await fixture.provisionDeadLetter('poison');
    const dlq = await TopicReader.start(fixture.broker, [fixture.topics.deadLetter('poison')]);
    const attemptsOf777 = { n: 0 };
    await fixture.startConsumer('poison', (payload) => {
      if (payload.seq === 666) throw new PermanentMessageError('artwork 666 does not exist');
      if (payload.seq === 777) {
        attemptsOf777.n++;
        throw new Error('database deadlock, every time');
      }
    });
    const unknownVersion = { ...envelopeOf('poison', 3), version: 2 };
    const invalidPayload = { ...envelopeOf('poison', 4), payload: { key: 'poison', seq: 'four' } };
    await producer.send(
      [
        encodeEnvelope(envelopeOf('poison', 1)),
        '{"this is": not json',
        encodeEnvelope(unknownVersion),
        JSON.stringify(invalidPayload),
        encodeEnvelope(envelopeOf('poison', 666)),
        encodeEnvelope(envelopeOf('poison', 777)),
        encodeEnvelope(envelopeOf('poison', 2)),
      ].map((value) => ({ topic: fixture.topic(), key: 'poison', value })),
    );

    await waitFor('the good message after the poison', async () =>
      (await fixture.handled('poison', 'poison')).some((h) => h.seq === 2),
    );
    expect((await fixture.handled('poison', 'poison')).map((h) => h.seq)).toEqual([1, 2]);

    const letters = await dlq.waitForCount(5);
    const summary = letters.map((r) => [
      r.headers[DLQ_HEADERS.reason],
      r.headers[DLQ_HEADERS.attempts],
    ]);
    expect(summary).toEqual([
      ['invalid-envelope', '0'],
      ['unknown-version', '0'],
      ['invalid-payload', '0'],
      ['handler-failed', '1'],
      ['handler-failed', '4'],
    ]);
    expect(attemptsOf777.n).toBe(4);
    const [invalidJson, version, payload, permanent] = letters;
    expect(invalidJson.headers[DLQ_HEADERS.error]).toMatch(/^not JSON/);
    expect(invalidJson.value?.toString()).toBe('{"this is": not json');
    expect(version.headers[DLQ_HEADERS.error]).toBe(
      'test.note.recorded version 2 is not one this consumer understands',
    );
    expect(payload.headers[DLQ_HEADERS.error]).toBe(
      'invalid test.note.recorded payload: seq must be an integer number',
    );
    expect(permanent.headers[DLQ_HEADERS.error]).toBe('artwork 666 does not exist');
    expect(permanent.headers[DLQ_HEADERS.originalTopic]).toBe(fixture.topic());
    expect(permanent.headers[DLQ_HEADERS.consumer]).toBe('poison');
    expect(permanent.key).toBe('poison');
    await dlq.stop();
  });

  it('skips unread a message whose header names a type of the topic it does not handle; a handled type is read', async () => {
    await fixture.provisionDeadLetter('picky');
    await fixture.startConsumer('picky', undefined, { definitions: [NoteRecorded, NoteErased] });
    const other = { [MESSAGE_TYPE_HEADER]: NoteErased.type };
    const ours = { [MESSAGE_TYPE_HEADER]: NoteRecorded.type };
    await producer.send([
      // another service's message: not even parsed, so its body is never judged
      { topic: fixture.topic(), key: 'picky', value: 'not an envelope at all', headers: other },
      {
        topic: fixture.topic(),
        key: 'picky',
        value: encodeEnvelope(envelopeOf('picky', 1)),
        headers: ours,
      },
      // a handled type is read and judged whatever it says
      { topic: fixture.topic(), key: 'picky', value: '{"broken', headers: ours },
      { topic: fixture.topic(), key: 'picky', value: encodeEnvelope(envelopeOf('picky', 2)) },
    ]);
    await waitFor('the last note', async () =>
      (await fixture.handled('picky', 'picky')).some((h) => h.seq === 2),
    );
    expect((await fixture.handled('picky', 'picky')).map((h) => h.seq)).toEqual([1, 2]);
    const letters: { reason: string; envelope: string }[] = await fixture.dataSource.query(
      `SELECT reason, convert_from(envelope, 'UTF8') AS envelope FROM messaging_dead_letter
        WHERE consumer = 'picky' AND message_key = 'picky' ORDER BY message_offset`,
    );
    expect(letters).toEqual([{ reason: 'invalid-envelope', envelope: '{"broken' }]);
  });

  describe('a message-type header that names no type of the topic, or another than the envelope', () => {
    const consumer = 'headers';

    beforeAll(() =>
      fixture.startConsumer(consumer, undefined, { definitions: [NoteRecorded, NoteErased] }),
    );

    /** Sends `value` under `headers`, then a good note of the same key, and waits for the note. */
    async function sendBeforeNote(key: string, value: string, headers: Record<string, string>) {
      await producer.send([
        { topic: fixture.topic(), key, value, headers },
        { topic: fixture.topic(), key, value: encodeEnvelope(envelopeOf(key, 2)) },
      ]);
      await waitFor('the good note after it', async () =>
        (await fixture.handled(consumer, key)).some((h) => h.seq === 2),
      );
    }

    const lettersOf = (key: string): Promise<{ reason: string; error: string }[]> =>
      fixture.dataSource.query(
        `SELECT reason, error FROM messaging_dead_letter WHERE consumer = $1 AND message_key = $2`,
        [consumer, key],
      );

    it("dead-letters a valid envelope whose header names another topic's type", async () => {
      await sendBeforeNote('header-misplaced', encodeEnvelope(envelopeOf('header-misplaced', 1)), {
        [MESSAGE_TYPE_HEADER]: ReserveArtworks.type,
      });
      expect((await fixture.handled(consumer, 'header-misplaced')).map((h) => h.seq)).toEqual([2]);
      expect(await lettersOf('header-misplaced')).toEqual([
        {
          reason: 'type-header-mismatch',
          error:
            'the message-type header names catalog.artworks.reserve, the envelope test.note.recorded',
        },
      ]);
    });

    it('handles a message whose header is empty as if it had none', async () => {
      await sendBeforeNote('header-empty', encodeEnvelope(envelopeOf('header-empty', 1)), {
        [MESSAGE_TYPE_HEADER]: '',
      });
      expect((await fixture.handled(consumer, 'header-empty')).map((h) => h.seq)).toEqual([1, 2]);
      expect(await lettersOf('header-empty')).toEqual([]);
    });

    it('dead-letters a valid envelope whose header names no type at all', async () => {
      await sendBeforeNote('header-unknown', encodeEnvelope(envelopeOf('header-unknown', 1)), {
        [MESSAGE_TYPE_HEADER]: 'test.note.frobnicated',
      });
      expect((await fixture.handled(consumer, 'header-unknown')).map((h) => h.seq)).toEqual([2]);
      expect(await lettersOf('header-unknown')).toEqual([
        {
          reason: 'type-header-mismatch',
          error:
            'the message-type header names test.note.frobnicated, the envelope test.note.recorded',
        },
      ]);
    });

    it('dead-letters an envelope of another type under a header naming the handled one', async () => {
      const erased = newEnvelope(NoteErased, note('header-lying', 1), 'test-producer', {
        subject: 'header-lying',
      });
      await sendBeforeNote('header-lying', encodeEnvelope(erased), {
        [MESSAGE_TYPE_HEADER]: NoteRecorded.type,
      });
      expect((await fixture.handled(consumer, 'header-lying')).map((h) => h.seq)).toEqual([2]);
      expect(await lettersOf('header-lying')).toEqual([
        {
          reason: 'type-header-mismatch',
          error: 'the message-type header names test.note.recorded, the envelope test.note.erased',
        },
      ]);
    });
  });

  it('files a message with a NUL character (raw, or escaped in its JSON) and handles the good ones around it', async () => {
    await fixture.startConsumer('nul');
    const raw = Buffer.from([0x7b, 0x00, 0x7d]); // {␀}
    const escaped = '{"type":"x\\u0000y","id":"a\\u0000b"}';
    await producer.send([
      { topic: fixture.topic(), key: 'nul', value: encodeEnvelope(envelopeOf('nul', 1)) },
      { topic: fixture.topic(), key: 'nul', value: raw },
      { topic: fixture.topic(), key: 'nul', value: escaped },
      { topic: fixture.topic(), key: 'nul', value: encodeEnvelope(envelopeOf('nul', 2)) },
    ]);
    await waitFor('both good notes', async () =>
      (await fixture.handled('nul', 'nul')).some((h) => h.seq === 2),
    );
    expect((await fixture.handled('nul', 'nul')).map((h) => h.seq)).toEqual([1, 2]);
    const letters: { reason: string; message_type: string | null; envelope: Buffer }[] =
      await fixture.dataSource.query(
        `SELECT reason, message_type, message_id, envelope FROM messaging_dead_letter
          WHERE consumer = 'nul' AND message_key = 'nul' ORDER BY message_offset`,
      );
    expect(letters).toEqual([
      { reason: 'invalid-envelope', message_type: null, message_id: null, envelope: raw },
      {
        reason: 'invalid-envelope',
        message_type: 'x\ufffdy',
        message_id: 'a\ufffdb',
        envelope: Buffer.from(escaped),
      },
    ]);
  });

  it('handles the good messages of a chunk while its dead letters cannot be filed, and files them later', async () => {
    await fixture.provisionDeadLetter('unfiled');
    let deadLetterTopicWorks = false;
    const failing: MessageBroker = {
      admin: () => fixture.broker.admin(),
      consumer: (options) => fixture.broker.consumer(options),
      producer: async () => {
        const inner = await fixture.broker.producer();
        return {
          send: async (records) => {
            if (!deadLetterTopicWorks) throw new Error('the dead-letter topic is unreachable');
            await inner.send(records);
          },
          disconnect: () => inner.disconnect(),
        };
      },
    };
    await fixture.startConsumer('unfiled', undefined, { broker: failing });
    await producer.send(
      [
        encodeEnvelope(envelopeOf('unfiled', 1)),
        '{"poison',
        encodeEnvelope(envelopeOf('unfiled', 2)),
      ].map((value) => ({ topic: fixture.topic(), key: 'unfiled', value })),
    );
    await waitFor('both good notes, while the dead letter cannot be filed', async () =>
      (await fixture.handled('unfiled', 'unfiled')).some((h) => h.seq === 2),
    );
    deadLetterTopicWorks = true;
    await waitFor('the dead letter filed', async () => {
      const [{ n }] = await fixture.dataSource.query(
        `SELECT count(*)::int AS n FROM messaging_dead_letter
          WHERE consumer = 'unfiled' AND message_key = 'unfiled'`,
      );
      return n === 1;
    });
    expect((await fixture.handled('unfiled', 'unfiled')).map((h) => h.seq)).toEqual([1, 2]);
  });

  it('files a message whose id is not a UUID as an invalid envelope, at once', async () => {
    let attempts = 0;
    await fixture.startConsumer('uuid', (payload) => {
      if (payload.key === 'uuid') attempts++;
    });
    await producer.send([
      {
        topic: fixture.topic(),
        key: 'uuid',
        value: JSON.stringify({ ...envelopeOf('uuid', 1), id: 'order-17' }),
      },
      { topic: fixture.topic(), key: 'uuid', value: encodeEnvelope(envelopeOf('uuid', 2)) },
    ]);
    await waitFor('the good note', async () =>
      (await fixture.handled('uuid', 'uuid')).some((h) => h.seq === 2),
    );
    const letters: { reason: string; error: string; attempts: number }[] =
      await fixture.dataSource.query(
        `SELECT reason, error, attempts FROM messaging_dead_letter
          WHERE consumer = 'uuid' AND message_key = 'uuid'`,
      );
    expect(letters).toEqual([
      { reason: 'invalid-envelope', error: "envelope field 'id' is not a UUID", attempts: 0 },
    ]);
    expect(attempts).toBe(1); // the good note only: the bad one never reached the handler
  });

  it('dead-letters a chunk of poison too large for one produce request, and moves on', async () => {
    await fixture.provisionDeadLetter('bulky');
    const dlq = await TopicReader.start(fixture.broker, [fixture.topics.deadLetter('bulky')]);
    context.onCleanup(() => dlq.stop());
    // 200 letters of 5,200 bytes plus their headers: about 1.1 MB for one partition. Sent
    // before the consumer starts, so that one fetch (up to 1 MiB a partition) brings them all.
    for (let send = 0; send < 4; send++) {
      await producer.send(
        Array.from({ length: 50 }, () => ({
          topic: fixture.topic(),
          key: 'bulky',
          value: 'x'.repeat(5200),
        })),
      );
    }
    await producer.send([
      { topic: fixture.topic(), key: 'bulky', value: encodeEnvelope(envelopeOf('bulky', 1)) },
    ]);
    await fixture.startConsumer('bulky', undefined, { chunkSize: 200 });
    await waitFor('the good note after the poison', async () =>
      (await fixture.handled('bulky', 'bulky')).some((h) => h.seq === 1),
    );
    const letters = await waitFor('the 200 dead letters on the topic', () => {
      const ours = dlq.records.filter((letter) => letter.key === 'bulky');
      return ours.length >= 200 && ours;
    });
    expect(letters.every((letter) => letter.value?.length === 5200)).toBe(true);
    expect(new Set(letters.map((letter) => letter.headers[DLQ_HEADERS.originalOffset])).size).toBe(
      200,
    );
  });

  it('retries a transient handler failure with backoff until it succeeds', async () => {
    await fixture.provisionDeadLetter('transient');
    const dlq = await TopicReader.start(fixture.broker, [fixture.topics.deadLetter('transient')]);
    let failuresLeft = 2;
    let attempts = 0;
    await fixture.startConsumer('transient', (payload) => {
      if (payload.seq !== 5) return;
      attempts++;
      if (failuresLeft-- > 0) throw new Error('connection reset by peer');
    });
    await producer.send(
      Array.from({ length: 10 }, (_, i) => ({
        topic: fixture.topic(),
        key: 'transient',
        value: encodeEnvelope(envelopeOf('transient', i + 1)),
      })),
    );
    await waitFor(
      'all ten handled',
      async () => (await fixture.handled('transient', 'transient')).length >= 10,
    );
    expect((await fixture.handled('transient', 'transient')).map((h) => h.seq)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(attempts).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dlq.records.filter((r) => r.key === 'transient')).toHaveLength(0);
    await dlq.stop();
  });

  it('keeps order per key across six partitions and two concurrent consumers of one group', async () => {
    await fixture.startConsumer('ordered', undefined, { concurrency: 3 });
    await fixture.startConsumer('ordered', undefined, { concurrency: 3 });
    await fixture.startRelay();
    const keys = Array.from({ length: 12 }, (_, i) => `artwork-${i}`);
    for (let seq = 1; seq <= 25; seq++)
      await fixture.recordNotes(keys.map((key) => ({ key, seq })));

    await waitFor(
      '300 handled',
      async () => (await fixture.handled('ordered', 'artwork-')).length >= 300,
      { timeoutMs: 60_000 },
    );
    const handled = await fixture.handled('ordered', 'artwork-');
    expect(handled).toHaveLength(300);
    for (const key of keys) {
      expect(handled.filter((h) => h.key === key).map((h) => h.seq)).toEqual(
        Array.from({ length: 25 }, (_, i) => i + 1),
      );
    }
  });

  it('a consumer restarted mid-stream resumes from its committed offset and loses nothing', async () => {
    const slowly = () => new Promise<void>((resolve) => setTimeout(resolve, 4));
    const options = { chunkSize: 20, broker: recordingBroker(fixture.broker, []) };
    const consumerA = await fixture.startConsumer('restarted', slowly, options);
    const total = 600;
    await producer.send(
      Array.from({ length: total }, (_, i) => ({
        topic: fixture.topic(),
        key: `r-${i % 6}`,
        value: encodeEnvelope(envelopeOf(`r-${i % 6}`, i)),
      })),
    );
    await waitFor(
      'some handled',
      async () => (await fixture.handled('restarted', 'r-')).length >= 100,
      { timeoutMs: 60_000 },
    );
    await consumerA.stop();
    const handledByA = await fixture.handled('restarted', 'r-');
    expect(handledByA.length).toBeLessThan(total);

    const deliveredToB: string[] = [];
    await fixture.startConsumer('restarted', undefined, {
      chunkSize: 20,
      broker: recordingBroker(fixture.broker, deliveredToB),
    });
    await waitFor(
      'all handled',
      async () => (await fixture.handled('restarted', 'r-')).length >= total,
      { timeoutMs: 60_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));

    const handled = await fixture.handled('restarted', 'r-');
    expect(handled).toHaveLength(total);
    expect(new Set(handled.map((h) => h.seq)).size).toBe(total);
    // B started where A committed: it is not handed what A finished (a stop finishes and
    // commits the chunk in hand; one chunk of slack for a commit lost to the stop)
    const finishedByA = new Set(handledByA.map((h) => h.message_id));
    expect(deliveredToB.filter((id) => finishedByA.has(id)).length).toBeLessThanOrEqual(20);
  });
});
