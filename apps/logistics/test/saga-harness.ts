import {
  ArtworkRegistered,
  ArtworkRegisteredV1,
  ArtworksReserved,
  DeclarationCleared,
  DeclarationFiled,
  EscrowFunded,
  FileDeclaration,
  InvoiceIssued,
  IssueInvoice,
  MessageDefinition,
  ReserveArtworks,
  Streams,
} from '@artbridge/contracts';
import { Role } from '@artbridge/platform-auth';
import {
  BrokerProducer,
  decodeEnvelope,
  encodeEnvelope,
  Envelope,
  newEnvelope,
} from '@artbridge/platform-messaging';
import {
  readJson,
  ServiceUnderTest,
  TestContext,
  TopicReader,
  waitFor,
} from '@artbridge/platform-testing';
import { ServiceConfig } from '@artbridge/platform-service';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { LogisticsSettings } from '../src/logistics-settings';
import { LogisticsModule } from '../src/logistics.module';
import openApiMetadata from '../src/openapi-metadata';

/** Who calls: user name and role. */
export type Caller = readonly [string, Role];

export const exporter1 = ['exporter1', 'EXPORTER'] as const;
export const operator1 = ['operator1', 'LOGISTICS_OPERATOR'] as const;
export const admin = ['admin', 'ADMIN'] as const;

/** A sale by air to a Paris gallery, CIP with the cover the rule asks for. */
export function cipParis(artworkIds: string[] = [randomUUID(), randomUUID()]) {
  return {
    artworkIds,
    consignee: { name: 'Galerie Lumière', country: 'FR', address: '12 rue de Seine, 75006 Paris' },
    origin: { country: 'CN', place: 'Shanghai' },
    destination: { country: 'FR', place: 'Paris' },
    purpose: 'SALE',
    incoterm: { rule: 'CIP', place: 'Paris' },
    transportMode: 'AIR',
    price: { amount: '150000.00', currency: 'EUR' },
    insurance: { insuredValue: { amount: '165000.00', currency: 'EUR' }, clauses: 'A' },
    packages: [
      {
        type: 'CRATE',
        material: 'PLYWOOD',
        grossKg: 48.5,
        dimensionsCm: { length: 120, width: 30, height: 95 },
      },
      {
        type: 'PALLET',
        material: 'SOLID_WOOD',
        ispm15Marked: true,
        grossKg: 22,
        dimensionsCm: { length: 120, width: 80, height: 15 },
      },
    ],
  };
}

export const attributesOf = (title: string) => ({
  title,
  artist: { name: 'Wu Guanzhong', birthYear: 1919, deathYear: 2010 },
  creationYear: 1985,
  category: 'PAINTING' as const,
  technique: 'INK',
  handExecuted: true,
  value: { amount: '75000.00', currency: 'EUR' },
  ownedByCreator: false,
  originCountry: 'CN',
});

export interface ShipmentView {
  id: string;
  status: string;
  exporterId: string;
  declarationId?: string;
  invoiceId?: string;
  ftzBonded?: boolean;
  cancellationReason?: string;
  purpose?: string;
  origin?: { country: string; place: string };
  destination?: { country: string; place: string };
  consignee?: { name: string; country: string; address: string };
  incoterm?: { rule: string; place: string };
  custodian?: string;
  submittedAt?: string;
  dispatchedAt?: string;
  deliveredAt?: string;
  bondedStorage?: {
    state: string;
    zone: string;
    country: string;
    warehouse: string;
    location: string;
    enteredAt: string;
    enteredBy: string;
    leftAt?: string;
    leftBy?: string;
    reExportDestination?: { country: string; place: string };
  };
  returnOfShipmentId?: string;
  returnShipmentId?: string;
  paymentReversedAt?: string;
  claim?: {
    id: string;
    status: string;
    openedBy: string;
    reason: string;
    damages: { location: string; description: string; severity: string; finding: string }[];
    reportIds: string[];
    escrowHeld: boolean;
  };
  admission?: {
    state: string;
    startedAt: string;
    deadline: string;
    extensionsUsed: number;
    extensionsLeft: number;
    extensions: { number: number; reason: string; grantedBy: string; deadline: string }[];
    remindersSent: number;
    overdueAt?: string;
    dischargedAt?: string;
    returnShipmentId?: string;
  };
  deadlines: { kind: string; dueAt: string; state: string; firedAt?: string; closedAt?: string }[];
  timeline: { at: string; type: string; source: string; detail: string }[];
}

const SOURCES: Record<string, string> = {
  [Streams.catalogArtwork]: 'catalog',
  [Streams.customsDeclaration]: 'customs',
  [Streams.paymentsInvoice]: 'payments',
};

/**
 * Logistics in-process, on real Kafka and PostgreSQL, and the three other services played by the
 * test: it publishes their replies to their topics and reads what logistics sends from the
 * command topics and its own event topics.
 */
export class SagaHarness {
  private constructor(
    readonly context: TestContext,
    private config: ServiceConfig,
    private settings: LogisticsSettings,
    public logistics: ServiceUnderTest,
    private readonly producer: BrokerProducer,
    private readonly reader: TopicReader,
  ) {}

  static async start(context: TestContext, settings: LogisticsSettings): Promise<SagaHarness> {
    const config = await context.serviceConfig('logistics');
    const logistics = await ServiceUnderTest.start(
      LogisticsModule.forRoot(config, settings),
      config,
      openApiMetadata,
    );
    const broker = context.broker();
    const producer = await broker.producer();
    const reader = await TopicReader.start(
      broker,
      [
        Streams.catalogCommands,
        Streams.customsCommands,
        Streams.paymentsCommands,
        Streams.logisticsShipment,
        Streams.logisticsCustomsRegime,
      ].map((stream) => context.topicPrefix + stream),
    );
    const harness = new SagaHarness(context, config, settings, logistics, producer, reader);
    context.onCleanup(() => harness.logistics.stop());
    context.onCleanup(() => producer.disconnect());
    context.onCleanup(() => reader.stop());
    return harness;
  }

  async stop(): Promise<void> {
    await this.logistics.stop();
  }

  /** Logistics again, on the same database and topics. */
  async startAgain(): Promise<void> {
    this.logistics = await ServiceUnderTest.start(
      LogisticsModule.forRoot(this.config, this.settings),
      this.config,
      openApiMetadata,
    );
  }

  // ------------------------------------------------------------------ HTTP

  request(
    path: string,
    as: Caller,
    init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
  ) {
    return this.logistics.request(path, {
      ...init,
      headers: { ...init.headers, ...this.context.auth(as[0], as[1]) },
    });
  }

  async submit(body: unknown = cipParis(), as: Caller = exporter1) {
    const response = await this.request('/shipments', as, { method: 'POST', json: body });
    if (response.status !== 201) {
      throw new Error(`submit: ${response.status} ${await response.text()}`);
    }
    return readJson<{ id: string; status: string }>(response);
  }

  async shipment(id: string, as: Caller = admin): Promise<ShipmentView> {
    const response = await this.request(`/shipments/${id}`, as);
    if (response.status !== 200) throw new Error(`GET shipment: ${response.status}`);
    return readJson<ShipmentView>(response);
  }

  waitForStatus(id: string, status: string): Promise<ShipmentView> {
    return waitFor(`shipment ${id} to be ${status}`, async () => {
      const view = await this.shipment(id);
      return view.status === status && view;
    });
  }

  /** POST /shipments/:id/<action>, expecting `status`; answers the body. */
  async expectAction(id: string, action: string, json: unknown, as: Caller, status: number) {
    const response = await this.request(`/shipments/${id}/${action}`, as, { method: 'POST', json });
    const body = await readJson<
      ShipmentView & { message: string | string[]; statusCode?: number; ruleId?: string }
    >(response);
    if (response.status !== status) {
      throw new Error(
        `${action}: expected ${status}, got ${response.status} ${JSON.stringify(body)}`,
      );
    }
    return body;
  }

  // ------------------------------------------------------------------ messages

  /** Publishes a reply as its owner would; `times` copies of the very same message. */
  async reply<T extends object>(
    definition: MessageDefinition<T>,
    payload: T & { shipmentId: string },
    options: { subject?: string; times?: number } = {},
  ): Promise<Envelope<T>> {
    const subject = options.subject ?? payload.shipmentId;
    const envelope = newEnvelope(definition, payload, SOURCES[definition.stream] ?? 'test', {
      subject,
      correlationId: payload.shipmentId,
    });
    const value = encodeEnvelope(envelope);
    await this.producer.send(
      Array.from({ length: options.times ?? 1 }, () => ({
        topic: this.context.topicPrefix + definition.stream,
        key: subject,
        value,
      })),
    );
    return envelope;
  }

  /** Catalog's announcement of an artwork (attributesOf `title`), as logistics' projection hears it. */
  registerArtwork(
    artworkId: string,
    title: string,
    registeredAt = '2026-03-02T09:30:00.000Z',
  ): Promise<Envelope<ArtworkRegisteredV1>> {
    const attributes = attributesOf(title);
    return this.publish(
      ArtworkRegistered,
      {
        artworkId,
        exporterId: 'exporter1',
        title: attributes.title,
        artist: attributes.artist,
        creationYear: attributes.creationYear,
        category: attributes.category,
        handExecuted: attributes.handExecuted,
        value: attributes.value,
        ownedByCreator: attributes.ownedByCreator,
        originCountry: attributes.originCountry,
        registeredAt,
      },
      artworkId,
    );
  }

  /** Publishes an event about no shipment (catalog's artwork events), keyed by `subject`. */
  async publish<T extends object>(
    definition: MessageDefinition<T>,
    payload: T,
    subject: string,
  ): Promise<Envelope<T>> {
    const envelope = newEnvelope(definition, payload, SOURCES[definition.stream] ?? 'test', {
      subject,
    });
    await this.producer.send([
      {
        topic: this.context.topicPrefix + definition.stream,
        key: subject,
        value: encodeEnvelope(envelope),
      },
    ]);
    return envelope;
  }

  /**
   * Several replies in one send under one key: they land on one partition together, so
   * logistics most likely handles them as one chunk, in one transaction.
   */
  async replies(
    key: string,
    messages: { definition: MessageDefinition<object>; payload: { shipmentId: string } & object }[],
  ): Promise<Envelope<object>[]> {
    const envelopes = messages.map(({ definition, payload }) =>
      newEnvelope(definition, payload, SOURCES[definition.stream] ?? 'test', {
        subject: key,
        correlationId: payload.shipmentId,
      }),
    );
    await this.producer.send(
      envelopes.map((envelope, i) => ({
        topic: this.context.topicPrefix + messages[i].definition.stream,
        key,
        value: encodeEnvelope(envelope),
      })),
    );
    return envelopes;
  }

  /** Whether logistics has handled (and committed) these messages: its inbox has them. */
  async handled(messageIds: string[]): Promise<boolean> {
    return this.withDatabase(async (client) => {
      const { rows } = await client.query<{ count: string }>(
        `SELECT count(*) FROM messaging_inbox WHERE consumer = 'logistics' AND message_id = ANY($1)`,
        [messageIds],
      );
      return Number(rows[0].count) === messageIds.length;
    });
  }

  /** A session of logistics' own database, for what only SQL shows. */
  async withDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.config.databaseUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  waitForTimeline(id: string, type: string): Promise<ShipmentView> {
    return waitFor(`${type} in the timeline of ${id}`, async () => {
      const view = await this.shipment(id);
      return view.timeline.some((entry) => entry.type === type) && view;
    });
  }

  /** Everything logistics sent about a shipment so far, in order per topic. */
  sent(shipmentId: string): Envelope<Record<string, unknown>>[] {
    return this.reader.records
      .map((record) => decodeEnvelope(record.value))
      .filter((envelope) => envelope.subject === shipmentId);
  }

  /** How many of each type logistics sent about a shipment. */
  sentTypes(shipmentId: string): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { type } of this.sent(shipmentId)) counts[type] = (counts[type] ?? 0) + 1;
    return counts;
  }

  async waitForSent<T extends object>(
    shipmentId: string,
    definition: MessageDefinition<T>,
  ): Promise<T> {
    const envelope = await waitFor(`${definition.type} for ${shipmentId}`, () =>
      this.sent(shipmentId).find((e) => e.type === definition.type),
    );
    return envelope.payload as T;
  }

  // ------------------------------------------------------------------ the other services' parts

  /** Catalog reserves what it was asked to; logistics then files the declaration. */
  async reserve(id: string, times = 1) {
    const { artworkIds } = await this.waitForSent(id, ReserveArtworks);
    await this.reply(
      ArtworksReserved,
      {
        shipmentId: id,
        exporterId: 'exporter1',
        artworks: artworkIds.map((artworkId, i) => ({
          artworkId,
          attributes: attributesOf(`Shan Shui ${i + 1}`),
        })),
      },
      { times },
    );
    return this.waitForSent(id, FileDeclaration);
  }

  /** Customs files and clears automatically, with VAT in the invoice's currency. */
  async clear(id: string, times = 1, declarationId = randomUUID()) {
    const decision = { declarationId, shipmentId: id, decidedBy: 'AUTOMATIC' };
    await this.reply(
      DeclarationFiled,
      { ...decision, outcome: 'CLEAR' },
      { subject: declarationId, times },
    );
    await this.reply(
      DeclarationCleared,
      {
        ...decision,
        duties: {
          duty: { amount: '0.00', currency: 'EUR' },
          vat: { amount: '8250.00', currency: 'EUR' },
          total: { amount: '8250.00', currency: 'EUR' },
        },
      },
      { subject: declarationId, times },
    );
    return declarationId;
  }

  /** Payments issues the invoice logistics asked for, due when asked unless told otherwise. */
  async issueInvoice(id: string, options: { times?: number; dueAt?: string } = {}) {
    const issue = await this.waitForSent(id, IssueInvoice);
    const invoiceId = randomUUID();
    await this.reply(
      InvoiceIssued,
      {
        invoiceId,
        shipmentId: id,
        reference: 'RF18539007547034',
        total: { amount: '158250.00', currency: 'EUR' },
        dueAt: options.dueAt ?? issue.dueAt,
      },
      { subject: invoiceId, times: options.times },
    );
    return invoiceId;
  }

  async fund(id: string, invoiceId: string, times = 1) {
    await this.reply(
      EscrowFunded,
      { invoiceId, shipmentId: id, amount: { amount: '158250.00', currency: 'EUR' } },
      { subject: invoiceId, times },
    );
  }

  /** Submitted, reserved, cleared, invoiced and paid. */
  async paidShipment(body: unknown = cipParis(), invoice: { dueAt?: string } = {}) {
    const { id } = await this.submit(body);
    await this.reserve(id);
    await this.clear(id);
    const invoiceId = await this.issueInvoice(id, invoice);
    await this.fund(id, invoiceId);
    await this.waitForStatus(id, 'PAID');
    return { id, invoiceId };
  }

  /** ... and dispatched and delivered. */
  async deliveredShipment(body: unknown = cipParis(), invoice: { dueAt?: string } = {}) {
    const { id, invoiceId } = await this.paidShipment(body, invoice);
    await this.expectAction(id, 'dispatch', {}, operator1, 200);
    const view = await this.expectAction(
      id,
      'tracking-events',
      { type: 'DELIVERED', location: 'Paris, Galerie Lumière', at: new Date().toISOString() },
      operator1,
      201,
    );
    return { id, invoiceId, view };
  }
}
