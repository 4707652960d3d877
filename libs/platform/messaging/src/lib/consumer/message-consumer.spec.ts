import {
  CancelInvoice,
  IssueInvoice,
  IssueInvoiceV1,
  ReleaseEscrow,
  ReserveArtworks,
  ShipmentMoneyStepV1,
} from '@artbridge/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Headers, IncomingBatch, MessageBroker, OutgoingRecord } from '../broker.port';
import { encodeEnvelope, MESSAGE_TYPE_HEADER, newEnvelope } from '../envelope';
import { silentLogger } from '../logger';
import type { Outbox } from '../outbox/outbox';
import { TopicNames } from '../topic-names';
import { DLQ_HEADERS } from './dead-letter';
import { InboundHandler, MessageConsumer } from './message-consumer';

const topics = new TopicNames('audit.');
const commandTopic = topics.of(IssueInvoice.stream);
const shipmentId = '0192f0c4-6a1e-7c3d-9b2a-5e4f3a2b1c0d';

const issue = () =>
  newEnvelope(
    IssueInvoice,
    Object.assign(new IssueInvoiceV1(), {
      shipmentId,
      exporterId: 'exporter1',
      buyer: { name: 'Galerie Lumière', country: 'FR', address: '12 rue de Seine, 75006 Paris' },
      lines: [
        {
          kind: 'PRICE',
          description: 'Spring in Jiangnan',
          amount: { amount: '880000.00', currency: 'CNY' },
        },
      ],
      dueAt: '2027-01-31T00:00:00.000Z',
    }),
    'logistics',
    { subject: shipmentId },
  );

const release = () =>
  newEnvelope(
    ReleaseEscrow,
    Object.assign(new ShipmentMoneyStepV1(), { shipmentId, reason: 'shipment cancelled' }),
    'logistics',
    { subject: shipmentId },
  );

/**
 * A consumer as payments runs it (issue and cancel handled, on the payments command topic), on
 * fakes of the broker, the database and the outbox: what it handled, and the dead letters it sent.
 */
async function paymentsConsumer() {
  const handled: string[] = [];
  const letters: OutgoingRecord[] = [];
  let onBatch: ((batch: IncomingBatch) => Promise<void>) | undefined;
  const broker: MessageBroker = {
    producer: async () => ({
      send: async (records) => void letters.push(...records),
      disconnect: async () => undefined,
    }),
    consumer: () => ({
      run: async (_topics, run) => void (onBatch = run),
      stop: async () => undefined,
      isConnected: () => true,
    }),
    admin: () => Promise.reject(new Error('no admin in a unit test')),
  };
  // the inbox claims every id: each message is new
  const manager = {
    query: async (_sql: string, [, ids]: [string, string[]]) =>
      ids.map((message_id) => ({ message_id })),
  } as unknown as EntityManager;
  const dataSource = {
    transaction: (work: (manager: EntityManager) => Promise<void>) => work(manager),
    query: async () => [], // messaging_dead_letter
  } as unknown as DataSource;
  const outbox = {
    deferred: (_manager: EntityManager, work: () => Promise<void>) => work(),
  } as unknown as Outbox;
  const handler: InboundHandler = async (_payload, { envelope }) =>
    void handled.push(envelope.type);
  const consumer = new MessageConsumer({
    name: 'payments',
    handlers: new Map([
      [IssueInvoice.type, handler],
      [CancelInvoice.type, handler],
    ]),
    definitions: [IssueInvoice, CancelInvoice],
    topics,
    broker,
    dataSource,
    outbox,
    logger: silentLogger,
  });
  await consumer.start();
  const deliver = (value: string, headers: Headers) =>
    onBatch!({
      topic: commandTopic,
      partition: 0,
      records: [
        {
          topic: commandTopic,
          partition: 0,
          offset: '0',
          key: shipmentId,
          value: Buffer.from(value),
          headers,
        },
      ],
      shouldContinue: () => true,
      heartbeat: async () => undefined,
      commit: async () => undefined,
    });
  const reasons = () =>
    letters.map((letter) => [
      letter.headers?.[DLQ_HEADERS.reason],
      letter.headers?.[DLQ_HEADERS.error],
    ]);
  return { handled, reasons, deliver };
}

describe('message consumer and the message-type header (broker and database faked)', () => {
  it('skips unread a message whose header names a type of the topic it does not handle', async () => {
    const { handled, reasons, deliver } = await paymentsConsumer();
    await deliver('not an envelope at all', { [MESSAGE_TYPE_HEADER]: ReleaseEscrow.type });
    expect(handled).toEqual([]);
    expect(reasons()).toEqual([]);
  });

  it('handles a message whose header names its handled type, and one with no header', async () => {
    const { handled, reasons, deliver } = await paymentsConsumer();
    await deliver(encodeEnvelope(issue()), { [MESSAGE_TYPE_HEADER]: IssueInvoice.type });
    await deliver(encodeEnvelope(issue()), {});
    expect(handled).toEqual([IssueInvoice.type, IssueInvoice.type]);
    expect(reasons()).toEqual([]);
  });

  it('dead-letters a valid envelope whose header names a type of another topic', async () => {
    const { handled, reasons, deliver } = await paymentsConsumer();
    await deliver(encodeEnvelope(issue()), { [MESSAGE_TYPE_HEADER]: ReserveArtworks.type });
    expect(handled).toEqual([]);
    expect(reasons()).toEqual([
      [
        'type-header-mismatch',
        'the message-type header names catalog.artworks.reserve, the envelope payments.invoice.issue',
      ],
    ]);
  });

  it('reads a message whose header is empty as if it had none', async () => {
    const { handled, reasons, deliver } = await paymentsConsumer();
    await deliver(encodeEnvelope(issue()), { [MESSAGE_TYPE_HEADER]: '' });
    expect(handled).toEqual([IssueInvoice.type]);
    expect(reasons()).toEqual([]);
  });

  it('dead-letters a valid envelope whose header names no type at all', async () => {
    const { handled, reasons, deliver } = await paymentsConsumer();
    await deliver(encodeEnvelope(issue()), {
      [MESSAGE_TYPE_HEADER]: 'payments.invoice.frobnicate',
    });
    expect(handled).toEqual([]);
    expect(reasons()).toEqual([
      [
        'type-header-mismatch',
        'the message-type header names payments.invoice.frobnicate, the envelope payments.invoice.issue',
      ],
    ]);
  });

  it('reads a message whose header names no type of the topic, and dead-letters it when it is no envelope', async () => {
    const { handled, reasons, deliver } = await paymentsConsumer();
    await deliver('not an envelope at all', {
      [MESSAGE_TYPE_HEADER]: 'payments.invoice.frobnicate',
    });
    expect(handled).toEqual([]);
    expect(reasons()).toEqual([['invalid-envelope', expect.stringMatching(/^not JSON/)]]);
  });

  it('dead-letters an envelope of a type it does not handle under a header naming one it does', async () => {
    const { handled, reasons, deliver } = await paymentsConsumer();
    await deliver(encodeEnvelope(release()), {
      [MESSAGE_TYPE_HEADER]: IssueInvoice.type,
    });
    expect(handled).toEqual([]);
    expect(reasons()).toEqual([
      [
        'type-header-mismatch',
        'the message-type header names payments.invoice.issue, the envelope payments.escrow.release',
      ],
    ]);
  });

  it('dead-letters, never handles, an envelope of one handled type under a header naming another', async () => {
    const { handled, reasons, deliver } = await paymentsConsumer();
    await deliver(encodeEnvelope(issue()), { [MESSAGE_TYPE_HEADER]: CancelInvoice.type });
    expect(handled).toEqual([]);
    expect(reasons()).toEqual([
      [
        'type-header-mismatch',
        'the message-type header names payments.invoice.cancel, the envelope payments.invoice.issue',
      ],
    ]);
  });
});
