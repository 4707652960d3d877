import { childTraceparent, decodeEnvelope, InvalidEnvelopeError } from './envelope';

const W3C = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

describe('childTraceparent', () => {
  it('continues the parent trace with a span of its own', () => {
    const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const child = childTraceparent(parent);
    expect(child).toMatch(W3C);
    expect(W3C.exec(child)![1]).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(W3C.exec(child)![2]).not.toBe('00f067aa0ba902b7');
    expect(W3C.exec(child)![3]).toBe('01');
  });

  it('starts a new sampled trace when there is no parent or it is not W3C', () => {
    for (const parent of [undefined, null, '', 'garbage']) {
      expect(childTraceparent(parent)).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    }
  });

  it('never repeats an id, across many refills of its random pool', () => {
    const ids = Array.from({ length: 5000 }, () => childTraceparent());
    expect(new Set(ids.map((id) => W3C.exec(id)![1])).size).toBe(ids.length);
    expect(new Set(ids.map((id) => W3C.exec(id)![2])).size).toBe(ids.length);
  });
});

describe('decodeEnvelope', () => {
  const envelope = {
    id: '0190a1b2-0000-7000-8000-0000000000bb',
    type: 'test.note.recorded',
    version: 1,
    source: 'test',
    occurredAt: '2026-12-07T10:00:00.000Z',
    subject: 'note-1',
    correlationId: 'note-1',
    causationId: null,
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    payload: {},
  };
  const decode = (fields: object) => () =>
    decodeEnvelope(Buffer.from(JSON.stringify({ ...envelope, ...fields })));

  it('reads an envelope whose id is a UUID, in either case', () => {
    expect(decode({})()).toEqual(envelope);
    expect(decode({ id: envelope.id.toUpperCase() })).not.toThrow();
  });

  it('refuses an id that is not a UUID: the inbox could not record it', () => {
    for (const id of ['order-17', '0190a1b2000070008000000000bb', `{${envelope.id}}`]) {
      expect(decode({ id })).toThrow(new InvalidEnvelopeError("envelope field 'id' is not a UUID"));
    }
  });
});
