import { MESSAGE_TYPE_HEADER, type IncomingRecord } from '@artbridge/platform-messaging';
import { openApiToJsonSchema } from '@artbridge/platform-service';
import Ajv, { type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The AsyncAPI document of the messages, as `npm run asyncapi:document` writes it. */
export const ASYNCAPI_DOCUMENT = resolve(__dirname, '../../../../contracts/asyncapi.json');

interface AsyncApiDocument {
  components: { messages: Record<string, unknown>; schemas: Record<string, unknown> };
}

const DOCUMENT_ID = 'asyncapi';

/**
 * `additionalProperties: false` on every object schema that lists properties and says nothing
 * (the schemas are JSON Schema already: the conversion only closes them).
 */
const closed = (schema: unknown): unknown =>
  openApiToJsonSchema(schema, { refBase: '#/components/schemas/', closeObjects: true });

/**
 * Holds the messages on the bus to their published AsyncAPI document (libs/contracts), as
 * DocumentedAnswers holds the HTTP answers to the OpenAPI one: a record must be a message the
 * document names (its type and version), carry its `message-type` header, and match its
 * schema, envelope and payload, with no property the document does not name.
 */
export class DocumentedMessages {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly names: ReadonlySet<string>;

  constructor(document: AsyncApiDocument = readAsyncApiDocument()) {
    // every class's schema closed, the envelope's included; the message's own allOf part (the
    // envelope's type, version and payload again) stays open, or it would refuse the rest
    const schemas = Object.fromEntries(
      Object.entries(document.components.schemas).map(([name, schema]) => [name, closed(schema)]),
    );
    this.ajv.addSchema({
      $id: DOCUMENT_ID,
      components: { schemas, messages: document.components.messages },
    });
    this.names = new Set(Object.keys(document.components.messages));
  }

  /** What is wrong with a record as a documented message; empty when nothing is. */
  problems(record: IncomingRecord): string[] {
    let envelope: { type?: unknown; version?: unknown };
    try {
      envelope = JSON.parse(record.value?.toString('utf8') ?? '') as typeof envelope;
    } catch {
      return [`${record.topic}@${record.offset}: not JSON`];
    }
    const name = `${String(envelope.type)}.v${String(envelope.version)}`;
    const at = `${record.topic}@${record.offset} (${name})`;
    if (!this.names.has(name)) return [`${at}: no such message in the document`];
    const problems = [
      ...this.check(`${name}/headers`, record.headers),
      ...this.check(`${name}/payload`, envelope),
    ];
    return problems.map((problem) => `${at}: ${problem}`);
  }

  private check(pointer: string, value: unknown): string[] {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#/components/messages/${pointer}` });
      this.validators.set(pointer, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error) =>
        `${error.instancePath || '/'} ${error.message}${
          error.params && 'additionalProperty' in error.params
            ? ` (${String(error.params['additionalProperty'])})`
            : ''
        }`,
    );
  }
}

/** The message type a record names in its header, for counting which ones a test saw. */
export const messageTypeOf = (record: IncomingRecord): string | undefined =>
  record.headers[MESSAGE_TYPE_HEADER];

function readAsyncApiDocument(): AsyncApiDocument {
  return JSON.parse(readFileSync(ASYNCAPI_DOCUMENT, 'utf8')) as AsyncApiDocument;
}
