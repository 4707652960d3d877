import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { IsNestedObject, ValidateNestedObjects } from '../lib/validators';
import { ReservedArtworkV1 } from '../catalog/reservation.v1';
import { defineCommand, defineEvent } from '../lib/message-definition';
import { MoneyDto } from '../lib/money.dto';
import { ShipmentTermsV1 } from '../lib/shipment-terms.dto';
import { Streams } from '../lib/streams';

export class FileDeclarationV1 {
  @IsUUID()
  shipmentId!: string;

  @IsString()
  @Length(1, 200)
  exporterId!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ShipmentTermsV1)
  terms!: ShipmentTermsV1;

  /** The sale price, when the shipment is a sale. */
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  price?: MoneyDto;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNestedObjects()
  @Type(() => ReservedArtworkV1)
  items!: ReservedArtworkV1[];

  /**
   * The exporter declared at submission that the works go into a free-trade zone's bonded
   * storage in the destination (CN-FTZ-BONDED): the destination's import duty and VAT are
   * deferred until the works leave bond, not charged on this declaration. Absent: false.
   */
  @IsOptional()
  @IsBoolean()
  ftzBonded?: boolean;
}

export const DECLARATION_OUTCOMES = ['CLEAR', 'REVIEW', 'PROHIBITED'] as const;

/** Who decided: AUTOMATIC for the engine, else the officer's user name. */
export class DeclarationDecisionV1 {
  @IsUUID()
  declarationId!: string;

  @IsUUID()
  shipmentId!: string;

  @IsString()
  @Length(1, 200)
  decidedBy!: string;
}

export class DeclarationFiledV1 extends DeclarationDecisionV1 {
  @IsIn(DECLARATION_OUTCOMES)
  outcome!: (typeof DECLARATION_OUTCOMES)[number];

  /** Set when an officer must review it: the review SLA. */
  @IsOptional()
  @IsISO8601()
  reviewDueAt?: string;
}

export class DutiesV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  duty!: MoneyDto;

  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  vat!: MoneyDto;

  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  total!: MoneyDto;
}

export class DeclarationClearedV1 extends DeclarationDecisionV1 {
  /** Duties and taxes due on import, to be invoiced; absent where none were computed. */
  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => DutiesV1)
  duties?: DutiesV1;
}

export class DeclarationRejectedV1 extends DeclarationDecisionV1 {
  @IsString()
  @Length(1, 2000)
  reason!: string;

  /** The RULES.md ids behind the rejection (empty for an officer's own reason). */
  @IsArray()
  @IsString({ each: true })
  ruleIds!: string[];
}

export class DeclarationInfoRequestedV1 extends DeclarationDecisionV1 {
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export const FileDeclaration = defineCommand(
  'customs.declaration.file',
  1,
  Streams.customsCommands,
  FileDeclarationV1,
);

export const DeclarationFiled = defineEvent(
  'customs.declaration.filed',
  1,
  Streams.customsDeclaration,
  DeclarationFiledV1,
);
export const DeclarationCleared = defineEvent(
  'customs.declaration.cleared',
  1,
  Streams.customsDeclaration,
  DeclarationClearedV1,
);
export const DeclarationRejected = defineEvent(
  'customs.declaration.rejected',
  1,
  Streams.customsDeclaration,
  DeclarationRejectedV1,
);
export const DeclarationInfoRequested = defineEvent(
  'customs.declaration.info-requested',
  1,
  Streams.customsDeclaration,
  DeclarationInfoRequestedV1,
);

/** An officer review ran past its deadline (the review SLA); raised once per review. */
export class DeclarationReviewOverdueV1 {
  @IsUUID()
  declarationId!: string;

  @IsUUID()
  shipmentId!: string;

  @IsISO8601()
  reviewDueAt!: string;
}

export const DeclarationReviewOverdue = defineEvent(
  'customs.declaration.review-overdue',
  1,
  Streams.customsDeclaration,
  DeclarationReviewOverdueV1,
);
