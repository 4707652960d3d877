import {
  DeclarationFiled,
  FileDeclaration,
  FileDeclarationV1,
  FxRatesPublished,
  type MessageDefinition,
} from '@artbridge/contracts';
import {
  BrokerProducer,
  decodeEnvelope,
  encodeEnvelope,
  newEnvelope,
  TopicNames,
  type Envelope,
} from '@artbridge/platform-messaging';
import { addMoney, MAX_AMOUNT_MINOR, parseMoney, toMoneyJson } from '@artbridge/money';
import type { Role } from '@artbridge/platform-auth';
import {
  readJson,
  ServiceUnderTest,
  TestContext,
  TopicReader,
  waitFor,
} from '@artbridge/platform-testing';
import { v7 as uuidv7 } from 'uuid';
import { CustomsModule } from '../src/customs.module';
import { DEFAULT_CUSTOMS_SETTINGS, type CustomsSettings } from '../src/customs-settings';
import openApiMetadata from '../src/openapi-metadata';
import type {
  AuditEntryResponse,
  DeclarationResponse,
} from '../src/declarations/declaration.response';

/** A contemporary painting, hand-made, owned by a gallery: clear for GB→FR. */
export const contemporaryPainting = {
  title: 'Harbour at Dusk',
  artist: { name: 'Jane Doe', birthYear: 1975 },
  creationYear: 2015,
  category: 'PAINTING',
  technique: 'ACRYLIC',
  value: { amount: '25000.00', currency: 'EUR' },
  ownedByCreator: false,
  originCountry: 'GB',
};

/** On the list of artists none of whose works may leave China (CN-ARTIST-ALL). */
export const qiBaishiShrimps = {
  title: 'Shrimps',
  artist: { name: 'Qi Baishi', birthYear: 1864, deathYear: 1957 },
  creationYear: 1950,
  category: 'PAINTING',
  technique: 'INK',
  value: { amount: '3000000.00', currency: 'CNY' },
  ownedByCreator: false,
  originCountry: 'CN',
};

/** An ink painting of 1930 by an unlisted artist: exit review and a CN_EXIT_PERMIT. */
export const republicanInkPainting = {
  title: 'Mountain Stream',
  artist: { name: 'Zhao Ming' },
  creationYear: 1930,
  category: 'PAINTING',
  technique: 'INK',
  value: { amount: '100000.00', currency: 'EUR' },
  ownedByCreator: false,
  originCountry: 'CN',
};

export interface Declared {
  shipmentId: string;
  declarationId: string;
  command: Envelope<object>;
}

/** The customs service on this suite's slice of Kafka and PostgreSQL, and a way to talk to it. */
export class CustomsHarness {
  readonly context = new TestContext();
  service!: ServiceUnderTest;
  events!: TopicReader;
  private producer!: BrokerProducer;

  async start(settings: Partial<CustomsSettings> = {}): Promise<void> {
    const config = await this.context.serviceConfig('customs');
    const module = CustomsModule.forRoot(config, { ...DEFAULT_CUSTOMS_SETTINGS, ...settings });
    const broker = this.context.broker();
    // the reader and the producer need the topics the service provisions at start
    this.service = await ServiceUnderTest.start(module, config, openApiMetadata);
    this.context.onCleanup(() => this.service.stop());
    [this.events, this.producer] = await Promise.all([
      TopicReader.start(broker, [this.topic(DeclarationFiled.stream)]),
      broker.producer(),
    ]);
    this.context.onCleanup(() => this.events.stop());
    this.context.onCleanup(() => this.producer.disconnect());
  }

  topic(stream: string): string {
    return this.context.topicPrefix + stream;
  }

  deadLetterTopic(): string {
    return new TopicNames(this.context.topicPrefix).deadLetter('customs');
  }

  headers(username: string, ...roles: Role[]) {
    return this.context.auth(username, ...roles);
  }

  /** Publishes a message as another service would, straight onto the topic. */
  async publish<T extends object>(
    definition: MessageDefinition<T>,
    payload: T,
    subject: string,
    { correlationId, key = subject }: { correlationId?: string; key?: string } = {},
  ): Promise<Envelope<T>> {
    const envelope = newEnvelope(definition, payload, 'test', { subject, correlationId });
    await this.producer.send([
      { topic: this.topic(definition.stream), key, value: encodeEnvelope(envelope) },
    ]);
    return envelope;
  }

  async publishRates(date: string, rates: Record<string, string>) {
    return this.publish(
      FxRatesPublished,
      {
        source: 'ECB',
        base: 'EUR',
        date,
        rates: Object.entries(rates).map(([currency, rate]) => ({ currency, rate })),
      },
      date,
    );
  }

  /** The events customs published about a shipment, in order. */
  eventsOfShipment(shipmentId: string): Envelope<Record<string, unknown>>[] {
    return this.events.records
      .map((record) => decodeEnvelope(record.value))
      .filter((envelope) => envelope.payload['shipmentId'] === shipmentId);
  }

  async waitForEvent(shipmentId: string, type: string, count = 1) {
    return waitFor(`${count} ${type} for shipment ${shipmentId}`, () => {
      const found = this.eventsOfShipment(shipmentId).filter((event) => event.type === type);
      return found.length >= count && found[count - 1];
    });
  }

  /** Files a declaration as the saga does and waits for customs to announce it. */
  async file(
    items: object[],
    terms: DeclarationTerms = {},
    exporterId = 'exporter1',
    extra: Pick<FileDeclarationV1, 'ftzBonded' | 'price'> = {},
  ): Promise<Declared> {
    const shipmentId = uuidv7();
    const command = await this.publish(
      FileDeclaration,
      fileDeclaration(shipmentId, exporterId, items, terms, extra),
      shipmentId,
      { correlationId: uuidv7() },
    );
    const filed = await this.waitForEvent(shipmentId, 'customs.declaration.filed');
    return { shipmentId, declarationId: filed.subject, command };
  }

  get(path: string, username: string, ...roles: Role[]) {
    return this.service.request(path, { headers: this.headers(username, ...roles) });
  }

  post(path: string, json: unknown, username: string, ...roles: Role[]) {
    return this.service.request(path, {
      method: 'POST',
      json,
      headers: this.headers(username, ...roles),
    });
  }

  async declaration(id: string) {
    return readJson<DeclarationJson>(
      await this.get(`/declarations/${id}`, 'officer1', 'CUSTOMS_OFFICER'),
    );
  }

  async audit(id: string) {
    const body = await readJson<{ entries: AuditJson[] }>(
      await this.get(`/declarations/${id}/audit`, 'officer1', 'CUSTOMS_OFFICER'),
    );
    return body.entries;
  }

  cleanup(): Promise<void> {
    return this.context.cleanup();
  }
}

/** GET /declarations/:id as it arrives. */
export type DeclarationJson = DeclarationResponse;

/** An entry of GET /declarations/:id/audit as it arrives. */
export type AuditJson = AuditEntryResponse;

/** The terms a test sets; the rest are a sale from London to Paris. */
export type DeclarationTerms = Partial<
  Record<'origin' | 'destination', { country: string; place: string }>
> & { purpose?: 'SALE' | 'TEMPORARY_EXHIBITION' | 'RETURN' };

/**
 * The price a shipment is sold at unless a test says otherwise: the works' values added up, so
 * that a sale's customs value (its price, split over the items) is what the items are worth.
 * None for works valued in several currencies, or together beyond the most an amount may be.
 */
function priceAtValue(items: object[]): FileDeclarationV1['price'] {
  const values = items.map(
    (item) => (item as { value?: { amount: string; currency: string } }).value,
  );
  if (values.length === 0 || values.some((value) => value === undefined)) return undefined;
  const currencies = new Set(values.map((value) => value!.currency));
  if (currencies.size !== 1) return undefined;
  try {
    const total = values
      .map((value) => parseMoney(value!.amount, value!.currency))
      .reduce((sum, value) => addMoney(sum, value));
    return total.minor > MAX_AMOUNT_MINOR
      ? undefined
      : (toMoneyJson(total) as FileDeclarationV1['price']);
  } catch {
    return undefined; // a value the engine is to refuse: no price either
  }
}

export function fileDeclaration(
  shipmentId: string,
  exporterId: string,
  items: object[],
  terms: DeclarationTerms = {},
  extra: Pick<FileDeclarationV1, 'ftzBonded' | 'price'> = {},
) {
  const price = 'price' in extra ? extra.price : priceAtValue(items);
  return {
    shipmentId,
    exporterId,
    ...extra,
    terms: {
      consignee: { name: 'Galerie Lumière', country: 'FR', address: '12 rue de Seine, Paris' },
      origin: { country: 'GB', place: 'London' },
      destination: { country: 'FR', place: 'Paris' },
      purpose: 'SALE' as const,
      incoterm: { rule: 'CIP' as const, place: 'Paris' },
      transportMode: 'AIR' as const,
      ...terms,
    },
    ...(price && { price }),
    items: items.map((attributes) => ({
      artworkId: uuidv7(),
      attributes: { handExecuted: true, ...attributes },
    })),
  } as unknown as FileDeclarationV1;
}
