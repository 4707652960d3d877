import { type MessageDefinition, Streams } from '@artbridge/contracts';
import {
  BrokerProducer,
  encodeEnvelope,
  type Envelope,
  newEnvelope,
} from '@artbridge/platform-messaging';
import {
  readJson,
  ServiceUnderTest,
  TestContext,
  TopicReader,
  waitFor,
} from '@artbridge/platform-testing';
import { DataSource } from 'typeorm';
import { CatalogModule } from '../src/catalog.module';
import openApiMetadata from '../src/openapi-metadata';
import { shanShui } from './artworks.fixtures';

/** An event catalog wrote on its stream, as read back. */
export interface CatalogEvent {
  id: string;
  type: string;
  subject: string;
  correlationId: string;
  causationId: string;
  payload: Record<string, unknown>;
}

/**
 * The catalog service on this suite's slice of Kafka and PostgreSQL, with what the saga suites
 * need around it: its event stream and dead letters read back, and a producer that writes on
 * catalog's topics as logistics does.
 */
export class CatalogHarness {
  readonly context = new TestContext();
  service!: ServiceUnderTest;
  db!: DataSource;
  /** Everything catalog publishes on its artwork stream (answers to commands, announcements). */
  events!: TopicReader;
  deadLetters!: TopicReader;
  private producer!: BrokerProducer;

  async start(options: { topicPartitions?: number } = {}): Promise<void> {
    const config = await this.context.serviceConfig('catalog', options);
    this.service = await ServiceUnderTest.start(
      CatalogModule.forRoot(config),
      config,
      openApiMetadata,
    );
    this.context.onCleanup(() => this.service.stop());
    this.db = this.service.app.get(DataSource);
    this.events = await TopicReader.start(this.context.broker(), [
      this.context.topicPrefix + Streams.catalogArtwork,
    ]);
    this.context.onCleanup(() => this.events.stop());
    this.deadLetters = await TopicReader.start(this.context.broker(), [
      `${this.context.topicPrefix}artbridge.catalog.dlq`,
    ]);
    this.context.onCleanup(() => this.deadLetters.stop());
    this.producer = await this.context.broker().producer();
    this.context.onCleanup(() => this.producer.disconnect());
  }

  stop(): Promise<void> {
    return this.context.cleanup();
  }

  exporter(username = 'exporter1') {
    return this.context.auth(username, 'EXPORTER');
  }

  /** An artwork registered through the API by `exporter`: 201 or the test fails. */
  async register(
    body: object = shanShui,
    exporter = 'exporter1',
  ): Promise<{ id: string } & Record<string, unknown>> {
    const response = await this.service.request('/artworks', {
      method: 'POST',
      json: body,
      headers: this.exporter(exporter),
    });
    expect(response.status).toBe(201);
    return readJson<{ id: string } & Record<string, unknown>>(response);
  }

  /** A message as logistics writes it, keyed by `key`: not sent yet. */
  asLogistics<T extends object>(
    definition: MessageDefinition<T>,
    payload: T,
    key: string,
  ): Envelope<T> {
    return newEnvelope(definition, payload, 'logistics', { subject: key });
  }

  /** Published together on `stream`, in this order, each keyed by its subject. */
  async publish(stream: string, ...envelopes: Envelope<object>[]): Promise<void> {
    await this.producer.send(
      envelopes.map((envelope) => ({
        topic: this.context.topicPrefix + stream,
        key: envelope.subject,
        value: encodeEnvelope(envelope),
      })),
    );
  }

  /** Sent as logistics sends it. */
  async send<T extends object>(
    definition: MessageDefinition<T>,
    payload: T,
    key: string,
  ): Promise<Envelope<T>> {
    const envelope = this.asLogistics(definition, payload, key);
    await this.publish(definition.stream, envelope as Envelope<object>);
    return envelope;
  }

  /** The event catalog published in answer to `envelope`. */
  answerTo(envelope: Envelope<object>): Promise<CatalogEvent> {
    return waitFor(`the answer to ${envelope.type}`, () =>
      this.events.json<CatalogEvent>().find((event) => event.causationId === envelope.id),
    );
  }

  /** A saga command keyed by its shipment, and catalog's answer to it. */
  async ask<T extends { shipmentId: string }>(
    definition: MessageDefinition<T>,
    payload: T,
  ): Promise<CatalogEvent> {
    return this.answerTo(await this.send(definition, payload, payload.shipmentId));
  }

  /** The events about `subject`, once there are `count`. */
  eventsAbout(subject: string, count = 1): Promise<CatalogEvent[]> {
    return waitFor(`${count} event(s) about ${subject}`, () => {
      const found = this.events.json<CatalogEvent>().filter((event) => event.subject === subject);
      return found.length >= count && found;
    });
  }
}
