import { BrokerProducer, MessageTooLargeError, OutgoingRecord } from '../broker.port';
import { DeadLetter, DLQ_HEADERS, sendToDeadLetter } from './dead-letter';

/** A producer in front of a broker that refuses a request above `limit` bytes of values and headers. */
function brokerTaking(limit: number): { producer: BrokerProducer; requests: OutgoingRecord[][] } {
  const requests: OutgoingRecord[][] = [];
  const bytes = (record: OutgoingRecord) =>
    Buffer.byteLength(record.value) +
    Object.entries(record.headers ?? {}).reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    requests,
    producer: {
      send: async (records) => {
        if (records.reduce((n, record) => n + bytes(record), 0) > limit)
          throw new MessageTooLargeError('The request included a message larger than the max');
        requests.push(records);
      },
      disconnect: async () => undefined,
    },
  };
}

const letter = (offset: number, value: Buffer): DeadLetter => ({
  record: { topic: 'in', partition: 0, offset: String(offset), key: 'k', value, headers: {} },
  reason: 'invalid-envelope',
  error: 'e'.repeat(4000),
  attempts: 0,
});

describe('dead letters on their topic', () => {
  it('sends a chunk of 200 large letters in requests the broker takes, in order', async () => {
    const broker = brokerTaking(1_048_588);
    const letters = Array.from({ length: 200 }, (_, i) => letter(i, Buffer.alloc(5200, 'x')));
    await sendToDeadLetter(broker.producer, 'dlq', 'catalog', letters);
    expect(broker.requests.length).toBeGreaterThan(1);
    const sent = broker.requests.flat();
    expect(sent.map((r) => r.headers![DLQ_HEADERS.originalOffset])).toEqual(
      letters.map((l) => l.record.offset),
    );
    expect(sent.every((r) => (r.value as Buffer).length === 5200)).toBe(true);
  });

  it('cuts the value of a letter too large alone, saying the original size', async () => {
    const broker = brokerTaking(1_048_588);
    await sendToDeadLetter(broker.producer, 'dlq', 'catalog', [
      letter(1, Buffer.alloc(1_048_000, 'x')),
      letter(2, Buffer.from('small')),
    ]);
    const [cut, small] = broker.requests.flat();
    expect(cut.headers![DLQ_HEADERS.truncated]).toBe('1048000');
    expect((cut.value as Buffer).length).toBeLessThan(1_048_000);
    expect((cut.value as Buffer).length).toBeGreaterThan(1_000_000);
    expect(small.headers![DLQ_HEADERS.truncated]).toBeUndefined();
    expect(small.value.toString()).toBe('small');
  });

  it('sends a letter the broker still refuses with no value at all', async () => {
    const broker = brokerTaking(100_000); // a topic with a lower limit than the broker's default
    await sendToDeadLetter(broker.producer, 'dlq', 'catalog', [
      letter(1, Buffer.alloc(200_000, 'x')),
    ]);
    const [bare] = broker.requests.flat();
    expect(bare.headers![DLQ_HEADERS.truncated]).toBe('200000');
    expect((bare.value as Buffer).length).toBe(0);
  });

  it('names the original size when a letter cut once is cut again', async () => {
    const broker = brokerTaking(100_000);
    await sendToDeadLetter(
      broker.producer,
      'dlq',
      'catalog',
      [letter(1, Buffer.alloc(200_000, 'x'))],
      { maxMessageBytes: 150_000 }, // cut to fit this, then refused by the topic's 100,000
    );
    const [bare] = broker.requests.flat();
    expect((bare.value as Buffer).length).toBe(0);
    expect(bare.headers![DLQ_HEADERS.truncated]).toBe('200000');
  });
});
