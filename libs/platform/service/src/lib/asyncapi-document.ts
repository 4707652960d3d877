import {
  ALL_MESSAGES,
  type MessageDefinition,
  STREAM_DESCRIPTIONS,
  type Stream,
} from '@artbridge/contracts';
import { MESSAGE_TYPE_HEADER } from '@artbridge/platform-messaging';
import { Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiBody, DocumentBuilder, type SchemaObject, SwaggerModule } from '@nestjs/swagger';
import { openApiToJsonSchema } from './json-schema';
import sharedOpenApiMetadata from './openapi-metadata';
import { loadOpenApiMetadata } from './start-service';

/** What the AsyncAPI document (3.0) of the platform's messages holds; only what is written here. */
export interface AsyncApiDocument {
  asyncapi: '3.0.0';
  info: { title: string; version: string; description: string };
  defaultContentType: string;
  channels: Record<string, unknown>;
  operations: Record<string, unknown>;
  components: { messages: Record<string, unknown>; schemas: Record<string, unknown> };
}

/** A message's name in the document: its type and version, e.g. catalog.artwork.registered.v1. */
export const messageName = (definition: MessageDefinition): string =>
  `${definition.type}.v${definition.version}`;

/** The service that owns a message: the first part of its type (catalog.artwork.registered). */
const ownerOf = (definition: MessageDefinition): string => definition.type.split('.')[0];

const ENVELOPE_SCHEMA = 'Envelope';

/** The envelope every message travels in (libs/platform/messaging, envelope.ts). */
const ENVELOPE: SchemaObject = {
  type: 'object',
  description: "What travels on every message; `payload` is the message type's own.",
  required: [
    'id',
    'type',
    'version',
    'source',
    'occurredAt',
    'subject',
    'correlationId',
    'causationId',
    'traceparent',
    'payload',
  ],
  properties: {
    id: { type: 'string', format: 'uuid', description: 'UUIDv7: unique, sortable by time.' },
    type: { type: 'string', description: 'The message type, e.g. catalog.artwork.registered.' },
    version: { type: 'integer', minimum: 1 },
    source: { type: 'string', description: 'The service that wrote the message.' },
    occurredAt: { type: 'string', format: 'date-time' },
    subject: {
      type: 'string',
      description: "The aggregate's id; also the Kafka key, so one aggregate stays in order.",
    },
    correlationId: { type: 'string', description: 'The journey (saga) the message belongs to.' },
    causationId: {
      type: 'string',
      nullable: true,
      description: 'The id of the message that caused this one; null for none.',
    },
    traceparent: { type: 'string', description: 'W3C trace context, carried across the bus.' },
    payload: { type: 'object' },
  },
};

/** What a service's main.ts prints with `messages`: the types it takes, the commands it sends. */
export interface ServiceMessageTypes {
  consumes: readonly string[];
  sends?: readonly string[];
}

/**
 * The platform's messages as an AsyncAPI 3.0 document: a channel for every stream (topic, before
 * the deployment's ARTBRIDGE_TOPIC_PREFIX) with the messages it carries, an operation for each
 * event its owner sends, one for each command a service sends and one for each service that
 * takes a message (`services`: the types each service's handlers take and the commands it
 * sends, as its main.ts prints them with `messages`). A message is
 * its envelope with the payload class's schema, in JSON Schema, as @nestjs/swagger describes
 * that class for an HTTP body from the same plugin metadata (so a contract's comments,
 * examples and class-validator bounds are documented once, for both).
 */
export async function asyncApiDocument(
  services: Readonly<Record<string, ServiceMessageTypes>>,
  definitions: readonly MessageDefinition[] = ALL_MESSAGES,
): Promise<AsyncApiDocument> {
  const { payloadRefs, schemas } = await payloadSchemas(definitions);
  const toJsonSchema = (schema: unknown) =>
    openApiToJsonSchema(schema, { refBase: '#/components/schemas/' });
  const document: AsyncApiDocument = {
    asyncapi: '3.0.0',
    info: {
      title: 'artbridge messages',
      version: '1',
      description: [
        'The commands and events the services exchange over Kafka (libs/contracts). Every ' +
          'message is a JSON envelope whose `payload` the message type defines; its Kafka key is ' +
          `the envelope's \`subject\`, and its \`${MESSAGE_TYPE_HEADER}\` header the type, so a ` +
          'consumer skips what it does not take without parsing it.',
        'A deployment puts its `ARTBRIDGE_TOPIC_PREFIX` before every channel address. Services ' +
          'write messages through an outbox and take them through an inbox, so a message may ' +
          'arrive twice and is handled once; what a consumer cannot take goes to its dead-letter ' +
          'topic, artbridge.<consumer>.dlq.',
      ].join('\n\n'),
    },
    defaultContentType: 'application/json',
    channels: {},
    operations: {},
    components: {
      messages: {},
      schemas: {
        [ENVELOPE_SCHEMA]: toJsonSchema(ENVELOPE),
        ...Object.fromEntries(
          Object.entries(schemas)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, schema]) => [name, toJsonSchema(schema)]),
        ),
      },
    },
  };
  const sorted = [...definitions].sort(
    (a, b) => a.stream.localeCompare(b.stream) || messageName(a).localeCompare(messageName(b)),
  );
  for (const definition of sorted) {
    const name = messageName(definition);
    const channel = (document.channels[definition.stream] ??= {
      address: definition.stream,
      description: STREAM_DESCRIPTIONS[definition.stream as Stream],
      messages: {},
    }) as { messages: Record<string, unknown> };
    channel.messages[name] = { $ref: `#/components/messages/${name}` };
    const operation = (service: string, action: 'send' | 'receive') => {
      document.operations[`${service}.${action === 'send' ? 'sends' : 'receives'}.${name}`] = {
        action,
        channel: { $ref: `#/channels/${definition.stream}` },
        summary: `${service} ${action === 'send' ? 'publishes' : 'takes'} ${definition.type}`,
        messages: [{ $ref: `#/channels/${definition.stream}/messages/${name}` }],
      };
    };
    // an event is sent by its owner; a command by whichever service asks (not in the contract:
    // each service says which it sends)
    if (definition.kind === 'event') operation(ownerOf(definition), 'send');
    for (const [service, { sends = [] }] of Object.entries(services))
      if (definition.kind === 'command' && sends.includes(definition.type))
        operation(service, 'send');
    for (const [service, { consumes }] of Object.entries(services))
      if (consumes.includes(definition.type)) operation(service, 'receive');
    document.components.messages[name] = {
      name: definition.type,
      title: `${definition.type} v${definition.version}`,
      summary: `${definition.kind === 'event' ? 'An event' : 'A command'} of ${ownerOf(definition)}.`,
      contentType: 'application/json',
      headers: {
        type: 'object',
        required: [MESSAGE_TYPE_HEADER],
        properties: { [MESSAGE_TYPE_HEADER]: { type: 'string', const: definition.type } },
      },
      payload: {
        allOf: [
          { $ref: `#/components/schemas/${ENVELOPE_SCHEMA}` },
          {
            type: 'object',
            properties: {
              type: { const: definition.type },
              version: { const: definition.version },
              payload: { $ref: `#/components/schemas/${payloadRefs.get(definition)}` },
            },
          },
        ],
      },
      bindings: {
        kafka: {
          key: { type: 'string', description: "The envelope's subject: the aggregate's id." },
          bindingVersion: '0.5.0',
        },
      },
    };
  }
  return document;
}

/**
 * Each payload class's schema, by the name @nestjs/swagger gives it: a controller made up here,
 * one route per message taking its payload as the body, in a Nest app built in preview mode
 * (nothing runs) and documented as any app's routes are.
 */
async function payloadSchemas(definitions: readonly MessageDefinition[]): Promise<{
  payloadRefs: Map<MessageDefinition, string>;
  schemas: Record<string, SchemaObject>;
}> {
  await loadOpenApiMetadata(sharedOpenApiMetadata);
  class MessagePayloads {}
  const routes = definitions.map((definition, index) => {
    const key = `message${index}`;
    Object.defineProperty(MessagePayloads.prototype, key, {
      value: () => undefined,
      configurable: true,
    });
    const descriptor = Object.getOwnPropertyDescriptor(MessagePayloads.prototype, key)!;
    Post(key)(MessagePayloads.prototype, key, descriptor);
    ApiBody({ type: definition.payload })(MessagePayloads.prototype, key, descriptor);
    return { definition, path: `/payloads/${key}` };
  });
  Controller('payloads')(MessagePayloads);
  @Module({ controllers: [MessagePayloads] })
  class MessagePayloadsModule {}
  const app = await NestFactory.create(MessagePayloadsModule, { preview: true, logger: false });
  try {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const payloadRefs = new Map(
      routes.map(({ definition, path }) => {
        const body = document.paths[path]?.post?.requestBody as
          { content: { 'application/json': { schema: { $ref: string } } } } | undefined;
        const ref = body?.content['application/json'].schema.$ref;
        if (!ref) throw new Error(`no schema for the payload of ${messageName(definition)}`);
        return [definition, ref.replace('#/components/schemas/', '')] as const;
      }),
    );
    return {
      payloadRefs,
      schemas: (document.components?.schemas ?? {}) as Record<string, SchemaObject>,
    };
  } finally {
    await app.close();
  }
}
