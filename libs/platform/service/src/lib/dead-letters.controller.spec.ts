import {
  DeadLetterNotRedrivableError,
  type DeadLetterStore,
  type Outbox,
  type StoredDeadLetter,
} from '@artbridge/platform-messaging';
import { ConflictException } from '@nestjs/common';
import { DeadLettersController, deadLetterView } from './dead-letters.controller';

const letter = (overrides: Partial<StoredDeadLetter> = {}): StoredDeadLetter => ({
  id: '0190a1b2-0000-7000-8000-0000000000aa',
  consumer: 'catalog',
  topic: 'artbridge.catalog.commands',
  partition: 1,
  offset: '17',
  key: 'shipment-1',
  messageType: 'catalog.artworks.reserve',
  messageId: '0190a1b2-0000-7000-8000-0000000000bb',
  envelope: '{"id":"0190a1b2-0000-7000-8000-0000000000bb","payload":{}}',
  value: Buffer.from('{"id":"0190a1b2-0000-7000-8000-0000000000bb","payload":{}}'),
  reason: 'handler-failed',
  error: 'artwork 13 does not exist',
  attempts: 5,
  deadLetteredAt: new Date('2026-11-24T09:15:02.123Z'),
  redrivenAt: null,
  ...overrides,
});

describe('dead letters as the API shows them', () => {
  it('shows a pending one with its envelope as JSON', () => {
    expect(deadLetterView(letter())).toEqual({
      id: '0190a1b2-0000-7000-8000-0000000000aa',
      consumer: 'catalog',
      status: 'PENDING',
      topic: 'artbridge.catalog.commands',
      partition: 1,
      offset: '17',
      key: 'shipment-1',
      messageType: 'catalog.artworks.reserve',
      messageId: '0190a1b2-0000-7000-8000-0000000000bb',
      reason: 'handler-failed',
      error: 'artwork 13 does not exist',
      attempts: 5,
      deadLetteredAt: '2026-11-24T09:15:02.123Z',
      redrivenAt: null,
      envelope: { id: '0190a1b2-0000-7000-8000-0000000000bb', payload: {} },
    });
  });

  it('shows a message that is not JSON as text, and a redriven one as such', () => {
    const view = deadLetterView(
      letter({
        envelope: '{"this is": not json',
        reason: 'invalid-envelope',
        redrivenAt: new Date('2026-11-24T10:00:00.000Z'),
      }),
    );
    expect(view).toMatchObject({
      status: 'REDRIVEN',
      redrivenAt: '2026-11-24T10:00:00.000Z',
      envelope: null,
      value: '{"this is": not json',
    });
  });
});

describe('POST /dead-letters/{id}/redrive', () => {
  it('answers 409 with the reason for a message that is not an envelope', async () => {
    const notJson = letter({
      envelope: '{"this is": not json',
      messageType: null,
      messageId: null,
      reason: 'invalid-envelope',
      error: 'not JSON: Unexpected token',
    });
    const store = {
      redrive: async () => {
        throw new DeadLetterNotRedrivableError(notJson);
      },
    } as unknown as DeadLetterStore;
    const refusal = await new DeadLettersController(store, {} as Outbox)
      .redrive(notJson.id)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConflictException);
    expect((refusal as ConflictException).message).toBe(
      `dead letter ${notJson.id} cannot be redriven: its message is not an envelope a consumer can read (not JSON: Unexpected token)`,
    );
  });
});
