import { IsISO8601, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../lib/message-definition';
import { Streams } from '../lib/streams';

/** The exporter answered an officer's information request on an export declaration. */
export class DeclarationInfoAnsweredV1 {
  @IsUUID()
  declarationId!: string;

  @IsUUID()
  shipmentId!: string;

  /** The exporter's user name. */
  @IsString()
  @Length(1, 200)
  answeredBy!: string;

  @IsISO8601()
  answeredAt!: string;

  /** The review SLA again, from the answer: the officers' new deadline for a decision. */
  @IsISO8601()
  reviewDueAt!: string;
}

/** Back in the officers' queue with a fresh review deadline (key: the declaration id). */
export const DeclarationInfoAnswered = defineEvent(
  'customs.declaration.info-answered',
  1,
  Streams.customsDeclaration,
  DeclarationInfoAnsweredV1,
);
