import type {
  ArtworkAttributesV1,
  ArtworkCategory,
  IncotermRule,
  Purpose,
  TransportMode,
} from '@artbridge/contracts';
import { bigintTransformer, MoneyColumns } from '@artbridge/platform-persistence';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { DeclarationKind, Outcome } from '../assessment/domain';
import type { DutyLineResponse, FindingResponse } from '../assessment/assessment.response';
import type { DeclarationStatus } from './domain/review';

/**
 * A declaration: the data elements of RULES.md section 7, the engine's assessment, and where
 * the review stands. EXPORT: what the FileDeclaration command carries. IMPORT: filed by customs
 * itself when the works leave a free-trade zone's bonded storage for the domestic market, with
 * the export declaration's items and terms, the importer as consignee.
 */
@Entity('declaration')
export class DeclarationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: DeclarationKind;

  /** One declaration of each kind per shipment: a repeated message finds it and changes nothing. */
  @Column('uuid')
  shipmentId!: string;

  /** Of an IMPORT declaration: the shipment's export declaration, whose items it declares. */
  @Column('uuid', { nullable: true })
  exportDeclarationId!: string | null;

  /** Of an IMPORT declaration: the free-trade zone and warehouse the works left, and when. */
  @Column('text', { nullable: true })
  bondedZone!: string | null;

  @Column('text', { nullable: true })
  bondedWarehouse!: string | null;

  @Column('timestamptz', { nullable: true })
  bondedReleasedAt!: Date | null;

  /**
   * Of an EXPORT declaration: the exporter declared the works for a free-trade zone's bonded
   * storage (CN-FTZ-BONDED), so the destination's duty and VAT were deferred, not charged.
   */
  @Column('boolean')
  ftzBonded!: boolean;

  @Column('text')
  exporterId!: string;

  /** The shipment saga's id, carried on every event about this declaration. */
  @Column('text')
  correlationId!: string;

  @Column('text')
  status!: DeclarationStatus;

  /** The engine's outcome at filing. */
  @Column('text')
  outcome!: Outcome;

  @Column('date')
  declarationDate!: string;

  @Column('text')
  ruleBookVersion!: string;

  @Column('text')
  consigneeName!: string;

  @Column('char', { length: 2 })
  consigneeCountry!: string;

  @Column('text')
  consigneeAddress!: string;

  @Column('char', { length: 2 })
  exportCountry!: string;

  @Column('text')
  exportPlace!: string;

  @Column('char', { length: 2 })
  importCountry!: string;

  @Column('text')
  importPlace!: string;

  @Column('text')
  purpose!: Purpose;

  @Column('text')
  transportMode!: TransportMode;

  @Column('text')
  incotermRule!: IncotermRule;

  @Column('text')
  incotermPlace!: string;

  /** Invoice total and currency: the sale price, when the shipment is a sale. */
  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  priceMinor!: bigint | null;

  @Column('char', { length: 3, nullable: true })
  priceCurrency!: string | null;

  /** Duty and import tax in the destination's currency; all null where none were computed. */
  @Column('char', { length: 3, nullable: true })
  dutiesCurrency!: string | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  customsValueMinor!: bigint | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  dutyMinor!: bigint | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  vatMinor!: bigint | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  dutiesTotalMinor!: bigint | null;

  @Column('boolean', { nullable: true })
  dutiesComplete!: boolean | null;

  @Column('jsonb', { nullable: true })
  dutyLines!: DutyLineResponse[] | null;

  /**
   * The duty and VAT an officer assessed when approving a declaration whose duties the engine
   * left incomplete, in the duties' currency: what is invoiced in place of the engine's partial
   * totals. Null otherwise.
   */
  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  assessedDutyMinor!: bigint | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  assessedVatMinor!: bigint | null;

  @Column('timestamptz')
  filedAt!: Date;

  /** The review SLA: set while an officer has to decide. */
  @Column('timestamptz', { nullable: true })
  reviewDueAt!: Date | null;

  /** When the review was flagged overdue (once per review). */
  @Column('timestamptz', { nullable: true })
  overdueAt!: Date | null;

  @Column('text', { nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('text', { nullable: true })
  decisionReason!: string | null;
}

@Entity('declaration_item')
export class DeclarationItemEntity {
  @PrimaryColumn('uuid')
  declarationId!: string;

  @PrimaryColumn('int')
  position!: number;

  @Column('uuid')
  artworkId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  artistName!: string;

  @Column('int')
  creationYear!: number;

  @Column('text')
  category!: ArtworkCategory;

  @Column('char', { length: 2 })
  originCountry!: string;

  @Column(() => MoneyColumns, { prefix: 'value' })
  value!: MoneyColumns;

  /** The artwork as the command described it when filed: what was assessed. */
  @Column('jsonb')
  attributes!: ArtworkAttributesV1;

  @Column('text', { nullable: true })
  hsCode!: string | null;

  @Column('text')
  outcome!: Outcome;

  @Column('jsonb')
  findings!: FindingResponse[];

  @Column('text', { array: true })
  licencesRequired!: string[];
}

@Entity('declaration_licence')
export class DeclarationLicenceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  declarationId!: string;

  /** Null: the licence covers every item of the declaration. */
  @Column('uuid', { nullable: true })
  artworkId!: string | null;

  @Column('text')
  type!: string;

  @Column('text')
  number!: string;

  @Column('text')
  issuer!: string;

  @Column('date')
  validUntil!: string;

  @Column('text')
  attachedBy!: string;

  @Column('timestamptz')
  attachedAt!: Date;
}

export const AUDIT_ACTIONS = [
  'FILED',
  'AUTOMATIC_OUTCOME',
  'LICENCE_ATTACHED',
  'APPROVED',
  'REJECTED',
  'INFO_REQUESTED',
  'INFO_ANSWERED',
  'REVIEW_OVERDUE',
  // the works' stay in a free-trade zone's bonded storage, on the export declaration's trail
  'BONDED_ENTERED',
  'BONDED_RELEASED',
  'BONDED_RE_EXPORTED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a step did, as plain JSON. */
export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

/** One step in a declaration's life: who, when, what, why. Rows are never changed or removed. */
@Entity('declaration_audit')
export class DeclarationAuditEntity {
  /** Order of the steps (bigint, read as text). */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Column('uuid')
  declarationId!: string;

  @Column('timestamptz')
  at!: Date;

  /** A user name, AUTOMATIC for the engine, SYSTEM for the review clock, LOGISTICS for a movement it reported. */
  @Column('text')
  actor!: string;

  @Column('text')
  action!: AuditAction;

  @Column('text', { nullable: true })
  fromStatus!: DeclarationStatus | null;

  @Column('text', { nullable: true })
  toStatus!: DeclarationStatus | null;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('jsonb')
  details!: AuditDetails;
}
