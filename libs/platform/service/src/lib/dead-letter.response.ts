import { ApiInteger } from './api-property-override';
import { DEAD_LETTER_STATUSES, type DeadLetterStatus } from '@artbridge/platform-messaging';
import { ApiProperty } from '@nestjs/swagger';

/** A dead letter as the API shows it. */
export class DeadLetterResponse {
  id!: string;
  /** The consumer (service) that gave up on the message. */
  consumer!: string;
  @ApiProperty({ enum: DEAD_LETTER_STATUSES })
  status!: DeadLetterStatus;
  topic!: string;
  @ApiInteger()
  partition!: number;
  /** The message's offset in its partition, as a decimal string (Kafka offsets are 64-bit). */
  offset!: string;
  key!: string | null;
  /** The `message-type` header, when the message had one. */
  messageType!: string | null;
  messageId!: string | null;
  /** Why the consumer gave up: a failed validation, an unknown type, retries exhausted. */
  reason!: string;
  error!: string;
  @ApiInteger()
  attempts!: number;
  /** ISO 8601. */
  deadLetteredAt!: string;
  /** ISO 8601; null until redriven. */
  redrivenAt!: string | null;
  /** The original envelope when it is a JSON object; otherwise null, and `value` holds the text. */
  envelope!: Record<string, unknown> | null;
  /** The original message as text, when it is not a JSON object. */
  value?: string;
}

/** One page of dead letters, oldest first. */
export class DeadLetterPageResponse {
  items!: DeadLetterResponse[];
  /** How many match, on every page. */
  @ApiInteger()
  total!: number;
}
