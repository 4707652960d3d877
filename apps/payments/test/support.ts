import { MessageDefinition, Streams } from '@artbridge/contracts';
import {
  BrokerProducer,
  Envelope,
  decodeEnvelope,
  encodeEnvelope,
  newEnvelope,
} from '@artbridge/platform-messaging';
import {
  ServiceUnderTest,
  TestContext,
  TopicReader,
  readJson,
  waitFor,
} from '@artbridge/platform-testing';
import openApiMetadata from '../src/openapi-metadata';
import { PaymentsModule } from '../src/payments.module';

type Json = Record<string, unknown>;

/** The payments service on the suite's own database and topics, with a reader of what it publishes. */
export class PaymentsHarness {
  private constructor(
    readonly context: TestContext,
    readonly service: ServiceUnderTest,
    readonly events: TopicReader,
    readonly deadLetters: TopicReader,
    private readonly producer: BrokerProducer,
  ) {}

  static async start(context: TestContext): Promise<PaymentsHarness> {
    const config = await context.serviceConfig('payments');
    const service = await ServiceUnderTest.start(
      PaymentsModule.forRoot(config),
      config,
      openApiMetadata,
    );
    context.onCleanup(() => service.stop());
    const broker = context.broker();
    const events = await TopicReader.start(broker, [
      context.topicPrefix + Streams.paymentsInvoice,
      context.topicPrefix + Streams.paymentsFxRates,
    ]);
    context.onCleanup(() => events.stop());
    const deadLetters = await TopicReader.start(broker, [
      `${context.topicPrefix}artbridge.payments.dlq`,
    ]);
    context.onCleanup(() => deadLetters.stop());
    const producer = await broker.producer();
    context.onCleanup(() => producer.disconnect());
    return new PaymentsHarness(context, service, events, deadLetters, producer);
  }

  /** A command as logistics would send it: on the payments command topic, keyed by `subject`. */
  async send<T extends object>(
    definition: MessageDefinition<T>,
    payload: T,
    subject: string,
  ): Promise<Envelope<T>> {
    const envelope = newEnvelope(definition, payload, 'logistics', { subject });
    await this.resend(envelope);
    return envelope;
  }

  /** The very same message again, as a redelivery would bring it. */
  async resend(
    envelope: Envelope<object>,
    stream: string = Streams.paymentsCommands,
  ): Promise<void> {
    await this.producer.send([
      {
        topic: this.context.topicPrefix + stream,
        key: envelope.subject,
        value: encodeEnvelope(envelope),
      },
    ]);
  }

  /**
   * An event as another service publishes it: on its definition's stream, keyed by `subject`
   * unless `key` says otherwise, correlated with `correlationId` (a shipment's saga).
   */
  async publish<T extends object>(
    definition: MessageDefinition<T>,
    payload: T,
    subject: string,
    options: { source: string; correlationId?: string; key?: string },
  ): Promise<Envelope<T>> {
    const envelope = newEnvelope(definition, payload, options.source, {
      subject,
      ...(options.correlationId && { correlationId: options.correlationId }),
    });
    await this.producer.send([
      {
        topic: this.context.topicPrefix + definition.stream,
        key: options.key ?? subject,
        value: encodeEnvelope(envelope),
      },
    ]);
    return envelope;
  }

  published(type?: string): Envelope<Json>[] {
    return this.events.records
      .map((record) => decodeEnvelope(record.value))
      .filter((envelope) => type === undefined || envelope.type === type);
  }

  /** Waits for the one message of `type` matching `where`, and returns it. */
  async waitForEvent(type: string, where: (payload: Json) => boolean): Promise<Envelope<Json>> {
    return waitFor(`${type} to be published`, () =>
      this.published(type).find((envelope) => where(envelope.payload)),
    );
  }

  /** The dead letter of the message about `subject`, if payments set one aside. */
  deadLetterAbout(subject: string) {
    return this.deadLetters.records.find(
      (record) => decodeEnvelope(record.value).subject === subject,
    );
  }

  /** Waits for payments to set aside the message about `subject`, and returns its dead letter. */
  waitForDeadLetter(what: string, subject: string) {
    return waitFor(what, () => this.deadLetterAbout(subject));
  }

  request(path: string, init?: Parameters<ServiceUnderTest['request']>[1]): Promise<Response> {
    return this.service.request(path, init);
  }

  as(username: string, ...roles: Parameters<TestContext['auth']>[1][]) {
    return this.context.auth(username, ...roles);
  }

  /** A statement body, raw, as finance1. */
  async upload(path: string, body: string, contentType: string): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': contentType, ...this.as('finance1', 'FINANCE') },
    });
  }

  async importCsv(rows: string[]): Promise<Json> {
    const response = await this.upload(
      '/statements',
      ['date,amount,currency,reference,payer,iban', ...rows].join('\n'),
      'text/csv',
    );
    expect(response.status).toBe(201);
    return readJson(response);
  }

  async ledger(currency?: string): Promise<LedgerBalances> {
    const response = await this.request(
      `/ledger/balances${currency ? `?currency=${currency}` : ''}`,
      { headers: this.as('finance1', 'FINANCE') },
    );
    expect(response.status).toBe(200);
    return readJson<LedgerBalances>(response);
  }

  async reconciliation(status?: string): Promise<ReconciliationItem[]> {
    const response = await this.request(
      `/reconciliation?pageSize=500${status ? `&status=${status}` : ''}`,
      { headers: this.as('finance1', 'FINANCE') },
    );
    expect(response.status).toBe(200);
    return (await readJson<{ items: ReconciliationItem[] }>(response)).items;
  }
}

export interface LedgerBalances {
  accounts: {
    account: string;
    currency: string;
    debits: { amount: string };
    credits: { amount: string };
    balance: { amount: string };
  }[];
  totals: {
    currency: string;
    debits: { amount: string };
    credits: { amount: string };
    balanced: boolean;
  }[];
  balanced: boolean;
}

export interface ReconciliationItem {
  entryId: string;
  amount: { amount: string; currency: string };
  status: string;
  rule: string;
  invoiceId: string | null;
  explanation: string;
  decidedBy: string;
  payer: { name: string | null };
}

/** Every currency's debits equal its credits. */
export function expectBalanced(ledger: LedgerBalances): void {
  expect(ledger.totals.length).toBeGreaterThan(0);
  for (const total of ledger.totals) {
    expect({ currency: total.currency, debits: total.debits.amount }).toEqual({
      currency: total.currency,
      debits: total.credits.amount,
    });
    expect(total.balanced).toBe(true);
  }
  expect(ledger.balanced).toBe(true);
}
