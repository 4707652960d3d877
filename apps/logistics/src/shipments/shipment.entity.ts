import type { IncotermRule, Purpose, ReservedArtworkV1, TransportMode } from '@artbridge/contracts';
import { bigintTransformer } from '@artbridge/platform-persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CargoClauses } from './domain/incoterms';
import type { Compensation } from './domain/compensations';
import type { PackageMaterial, PackageType } from './domain/packaging';
import type { ShipmentStatus } from './domain/shipment-status';

/** The terms as they travel to customs and payments (ShipmentTermsV1), kept as one value. */
export interface ShipmentTerms {
  consignee: { name: string; country: string; address: string };
  origin: { country: string; place: string };
  destination: { country: string; place: string };
  purpose: Purpose;
  incoterm: { rule: IncotermRule; place: string };
  transportMode: TransportMode;
}

export interface ShipmentPackage {
  type: PackageType;
  material: PackageMaterial;
  ispm15Marked?: boolean;
  grossKg: number;
  dimensionsCm: { length: number; width: number; height: number };
}

/** A shipment and the state of its saga. */
@Entity('shipment')
export class ShipmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  exporterId!: string;

  @Column('text')
  status!: ShipmentStatus;

  @Column('uuid', { array: true })
  artworkIds!: string[];

  @Column('jsonb')
  terms!: ShipmentTerms;

  // Optional money: two nullable columns rather than MoneyColumns, whose columns are required.
  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  priceMinor!: bigint | null;

  @Column('char', { length: 3, nullable: true })
  priceCurrency!: string | null;

  @Column('bigint', { nullable: true, transformer: bigintTransformer })
  insuredValueMinor!: bigint | null;

  @Column('char', { length: 3, nullable: true })
  insuredValueCurrency!: string | null;

  @Column('text', { nullable: true })
  insuranceClauses!: CargoClauses | null;

  @Column('jsonb')
  packages!: ShipmentPackage[];

  /**
   * Declared at submission for the Shanghai FTZ's bonded storage (CN-FTZ-BONDED): customs
   * defers China's import duty and VAT until the works leave bond. Only into CN.
   */
  @Column('boolean')
  ftzBonded!: boolean;

  @Column('uuid', { nullable: true })
  declarationId!: string | null;

  @Column('uuid', { nullable: true })
  invoiceId!: string | null;

  /** IssueInvoice was sent: a cancellation must cancel the invoice too. */
  @Column('boolean')
  invoiceRequested!: boolean;

  /** Undo steps sent and not yet confirmed, while CANCELLING. */
  @Column('text', { array: true })
  pendingCompensations!: Compensation[];

  @Column('text', { nullable: true })
  cancellationReason!: string | null;

  @Column('timestamptz')
  submittedAt!: Date;

  @Column('timestamptz', { nullable: true })
  dispatchedAt!: Date | null;

  /** When the carrier delivered it (the time the carrier gave). */
  @Column('timestamptz', { nullable: true })
  deliveredAt!: Date | null;

  /** Who was last signed over the crate (custody hand-overs). */
  @Column('text', { nullable: true })
  custodian!: string | null;

  /** The works as declared (catalog's attributes at reservation), for a return leg's declaration. */
  @Column('jsonb', { nullable: true })
  declaredItems!: ReservedArtworkV1[] | null;

  /** A return leg: the outbound shipment whose works it brings back. */
  @Column('uuid', { nullable: true })
  returnOfId!: string | null;

  /** An outbound temporary exhibition: its (latest) return leg. */
  @Column('uuid', { nullable: true })
  returnShipmentId!: string | null;

  /**
   * When payments said the bank reversed the buyer's payment after the works left (escrow no
   * longer funded: domain/payment-reversal); null again once escrow is funded again.
   */
  @Column('timestamptz', { nullable: true })
  paymentReversedAt!: Date | null;

  @Column('timestamptz')
  updatedAt!: Date;
}
