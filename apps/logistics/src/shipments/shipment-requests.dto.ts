import { IsDateTime, LowerCaseUuid, PageQueryOf } from '@artbridge/platform-service';
import {
  CustodyV1,
  IncotermDto,
  INCOTERM_RULES,
  IncotermRule,
  IsAboveZero,
  IsNestedObject,
  IsNotBlank,
  MoneyDto,
  PartyDto,
  PlaceDto,
  TRANSPORT_MODES,
  TransportMode,
  ValidateNestedObjects,
} from '@artbridge/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  ValidateNested,
} from 'class-validator';
import { DISPUTE_OUTCOMES, DisputeOutcome } from './domain/dispute';
import { CargoClauses } from './domain/incoterms';
import { PACKAGE_MATERIALS, PACKAGE_TYPES, PackageMaterial, PackageType } from './domain/packaging';
import { SHIPMENT_STATUSES, ShipmentStatus } from './domain/shipment-status';
import { TRACKING_EVENT_TYPES, TrackingEventType } from './domain/tracking';

const oneOf = (values: readonly string[]) => ({
  message: `$property must be one of ${values.join(', ')}`,
});

/** Purposes an exporter may submit; RETURN legs are created from the outbound shipment. */
export const SUBMITTED_PURPOSES = ['SALE', 'TEMPORARY_EXHIBITION'] as const;
export const CARGO_CLAUSES: readonly CargoClauses[] = ['A', 'B', 'C'];

export class InsuranceDto {
  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  insuredValue!: MoneyDto;

  @IsIn(CARGO_CLAUSES, oneOf(CARGO_CLAUSES))
  clauses!: CargoClauses;
}

export class DimensionsCmDto {
  /** @example 100 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @Max(10_000)
  length!: number;

  /** @example 20 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @Max(10_000)
  width!: number;

  /** @example 80 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @Max(10_000)
  height!: number;
}

export class PackageDto {
  @IsIn(PACKAGE_TYPES, oneOf(PACKAGE_TYPES))
  type!: PackageType;

  @IsIn(PACKAGE_MATERIALS, oneOf(PACKAGE_MATERIALS))
  material!: PackageMaterial;

  @IsOptional()
  @IsBoolean()
  ispm15Marked?: boolean;

  /** @example 35 */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsAboveZero()
  @Max(100_000)
  grossKg!: number;

  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => DimensionsCmDto)
  dimensionsCm!: DimensionsCmDto;
}

/**
 * The parties and places an exporter names, stricter than the contract's classes that carry
 * them on the bus: not only white space. Kept here, at the edge, so that a message already
 * accepted is never refused by a consumer for a rule that came later. class-validator lets a
 * subclass's rules for a property replace the parent's, so the contract's are repeated.
 */
export class ConsigneeDto extends PartyDto {
  /** @example "Galerie Lumière" */
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  declare name: string;

  /** @example "12 rue de Seine, 75006 Paris" */
  @IsString()
  @Length(1, 1000)
  @IsNotBlank()
  declare address: string;
}

export class NamedPlaceDto extends PlaceDto {
  /** @example "London" */
  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  declare place: string;
}

/** The contract's incoterm, its refusals naming the rule of RULES.md they break. */
export class NamedIncotermDto extends IncotermDto {
  /** @example "DAP" */
  @IsIn(INCOTERM_RULES, {
    message: `rule must be one of ${INCOTERM_RULES.join(', ')} (LOG-INCOTERM-RULE)`,
  })
  declare rule: IncotermRule;

  /**
   * The named place of the rule.
   * @example "Paris"
   */
  @IsString({ message: 'place must be a string naming the place of the rule (LOG-INCOTERM-PLACE)' })
  @Length(1, 300, {
    message: 'place must name the place of the rule in 1 to 300 characters (LOG-INCOTERM-PLACE)',
  })
  @IsNotBlank({ message: 'place must not be blank (LOG-INCOTERM-PLACE)' })
  declare place: string;
}

/** POST /shipments (API.md), plus the insurance the CIP and CIF rules need. */
export class SubmitShipmentDto {
  /** @example ["0190a1b2-0000-7000-8000-000000000001"] */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'artworkIds must not name an artwork twice' })
  @IsUUID('all', { each: true })
  // as catalog writes them, so that matching (and ArrayUnique above) ignores the case
  @LowerCaseUuid()
  artworkIds!: string[];

  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => ConsigneeDto)
  consignee!: ConsigneeDto;

  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => NamedPlaceDto)
  origin!: NamedPlaceDto;

  /** @example {"country":"FR","place":"Paris"} */
  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => NamedPlaceDto)
  destination!: NamedPlaceDto;

  @IsIn(SUBMITTED_PURPOSES, oneOf(SUBMITTED_PURPOSES))
  purpose!: (typeof SUBMITTED_PURPOSES)[number];

  @IsDefined()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => NamedIncotermDto)
  incoterm!: NamedIncotermDto;

  @IsIn(TRANSPORT_MODES, oneOf(TRANSPORT_MODES))
  transportMode!: TransportMode;

  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  price?: MoneyDto;

  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => InsuranceDto)
  insurance?: InsuranceDto;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNestedObjects()
  @Type(() => PackageDto)
  packages?: PackageDto[];

  /**
   * The works go into the Shanghai FTZ's bonded storage on arrival (CN-FTZ-BONDED): China's
   * import duty and VAT are deferred until they leave bond. Only for a destination in CN.
   * @example false
   */
  @IsOptional()
  @IsBoolean()
  ftzBonded?: boolean;
}

/** POST /shipments/:id/dispatch: the packages as finally built, when they changed. */
export class DispatchDto {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNestedObjects()
  @Type(() => PackageDto)
  packages?: PackageDto[];
}

export class TrackingEventDto {
  @IsIn(TRACKING_EVENT_TYPES, oneOf(TRACKING_EVENT_TYPES))
  type!: TrackingEventType;

  @IsString()
  @Length(1, 300)
  @IsNotBlank()
  location!: string;

  @IsDateTime()
  at!: string;

  /** A hand-over of the crate with this event: who to whom, and who signed. */
  @IsOptional()
  @IsNestedObject()
  @ValidateNested()
  @Type(() => CustodyV1)
  custody?: CustodyV1;
}

export class AcceptanceDto {
  @IsBoolean()
  accepted!: boolean;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  @IsNotBlank()
  reason?: string;
}

/** POST /shipments/:id/dispute-settlement: how a DISPUTED shipment ends, and why. */
export class DisputeSettlementDto {
  /**
   * RELEASE_TO_EXPORTER: as an acceptance, escrow released to the exporter, the works exported;
   * REFUND_BUYER: the sale undone, the buyer refunded from escrow, the works released.
   * @example "REFUND_BUYER"
   */
  @IsIn(DISPUTE_OUTCOMES, oneOf(DISPUTE_OUTCOMES))
  outcome!: DisputeOutcome;

  /**
   * Why, for the timeline and the messages it sends.
   * @example "tear confirmed by the insurer's surveyor; the buyer returns the work"
   */
  @IsString()
  @Length(1, 500)
  @IsNotBlank()
  reason!: string;
}

const TRUE_OR_FALSE = ['true', 'false'] as const;

export class ListShipmentsQuery extends PageQueryOf({ maxPageSize: 200, defaultPageSize: 50 }) {
  @IsOptional()
  @IsIn(SHIPMENT_STATUSES, oneOf(SHIPMENT_STATUSES))
  status?: ShipmentStatus;

  /**
   * true: only the shipments whose buyer's payment the bank reversed after the works left (with
   * `paymentReversedAt`), for finance to recover; false: only the others.
   */
  @IsOptional()
  @IsIn(TRUE_OR_FALSE, oneOf(TRUE_OR_FALSE))
  paymentReversed?: 'true' | 'false';
}
