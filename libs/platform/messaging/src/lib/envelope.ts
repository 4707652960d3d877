import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { MessageDefinition } from '@artbridge/contracts';

/** What travels on every message (ARCHITECTURE.md, "Messages"). */
export interface Envelope<TPayload = unknown> {
  /** UUIDv7: unique, and sortable by creation time. */
  id: string;
  type: string;
  version: number;
  /** The service that wrote the message. */
  source: string;
  occurredAt: string;
  /** The aggregate's id; also the Kafka key, so one aggregate stays on one partition, in order. */
  subject: string;
  /** The saga (journey) this message belongs to. */
  correlationId: string;
  /** The message that caused this one, if any. */
  causationId: string | null;
  /** W3C trace context, carried across the bus. */
  traceparent: string;
  payload: TPayload;
}

export interface EnvelopeMeta {
  subject: string;
  correlationId?: string;
  /** The message being handled when this one was written: sets causation, correlation, trace. */
  causedBy?: Pick<Envelope, 'id' | 'correlationId' | 'traceparent'>;
  traceparent?: string;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * Span and trace ids come from a pool of random bytes, refilled 4 KiB at a time: a call to the
 * system's random source for every message sent was 1.5% of a service's CPU in the saga bench.
 */
const randomPool = Buffer.allocUnsafe(4096);
let randomPoolAt = randomPool.length;

function randomHex(bytes: number): string {
  if (randomPoolAt + bytes > randomPool.length) {
    randomFillSync(randomPool);
    randomPoolAt = 0;
  }
  const hex = randomPool.toString('hex', randomPoolAt, randomPoolAt + bytes);
  randomPoolAt += bytes;
  return hex;
}

/** A child span of `parent` (same trace id), or a new trace when there is none. */
export function childTraceparent(parent?: string | null): string {
  const match = parent ? TRACEPARENT.exec(parent) : null;
  const traceId = match ? match[1] : randomHex(16);
  const flags = match ? match[3] : '01';
  return `00-${traceId}-${randomHex(8)}-${flags}`;
}

export function newEnvelope<T extends object>(
  definition: MessageDefinition<T>,
  payload: T,
  source: string,
  meta: EnvelopeMeta,
): Envelope<T> {
  const id = uuidv7();
  return {
    id,
    type: definition.type,
    version: definition.version,
    source,
    occurredAt: new Date().toISOString(),
    subject: meta.subject,
    correlationId: meta.causedBy?.correlationId ?? meta.correlationId ?? id,
    causationId: meta.causedBy?.id ?? null,
    traceparent: childTraceparent(meta.causedBy?.traceparent ?? meta.traceparent),
    payload,
  };
}

export class InvalidEnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidEnvelopeError';
  }
}

const REQUIRED_STRINGS = [
  'id',
  'type',
  'source',
  'occurredAt',
  'subject',
  'correlationId',
] as const;

/** A UUID as PostgreSQL writes one (the inbox keeps message ids as uuid). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads an envelope from the bytes of a Kafka record, or says precisely why it cannot. */
export function decodeEnvelope(value: Buffer | null): Envelope<Record<string, unknown>> {
  if (!value || value.length === 0) throw new InvalidEnvelopeError('empty message');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch (error) {
    throw new InvalidEnvelopeError(`not JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidEnvelopeError('not a JSON object');
  }
  const candidate = parsed as Record<string, unknown>;
  for (const field of REQUIRED_STRINGS) {
    if (typeof candidate[field] !== 'string' || candidate[field] === '') {
      throw new InvalidEnvelopeError(`envelope field '${field}' is missing or not a string`);
    }
  }
  // checked here, not by the inbox's cast: a bad id would fail every retry as a handler failure
  if (!UUID.test(candidate['id'] as string)) {
    throw new InvalidEnvelopeError(`envelope field 'id' is not a UUID`);
  }
  if (!Number.isInteger(candidate['version'])) {
    throw new InvalidEnvelopeError(`envelope field 'version' is missing or not an integer`);
  }
  const payload = candidate['payload'];
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new InvalidEnvelopeError(`envelope field 'payload' is missing or not an object`);
  }
  return candidate as unknown as Envelope<Record<string, unknown>>;
}

/** The Kafka header the relay names each message's type in, so a consumer can skip unread. */
export const MESSAGE_TYPE_HEADER = 'message-type';

export function encodeEnvelope(envelope: Envelope): string {
  return JSON.stringify(envelope);
}
