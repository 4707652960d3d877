import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssessedDamage } from './domain/condition-report';

export type ClaimStatus = 'OPEN' | 'SETTLED_FOR_EXPORTER' | 'SETTLED_FOR_BUYER';

/**
 * A claim for damage the works suffered in transit, opened by a destination condition report
 * that found new damage; further findings join it. One per shipment.
 */
@Entity('shipment_claim')
export class ShipmentClaimEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  shipmentId!: string;

  @Column('text')
  status!: ClaimStatus;

  @Column('timestamptz')
  openedAt!: Date;

  @Column('text')
  openedBy!: string;

  @Column('text')
  reason!: string;

  /** The new damage it is about, from every report that joined it. */
  @Column('jsonb')
  damages!: AssessedDamage[];

  /** The destination reports that found it. */
  @Column('uuid', { array: true })
  reportIds!: string[];

  /** HoldEscrow was sent for it (there was an invoice, and no dispute held escrow already). */
  @Column('boolean')
  escrowHeld!: boolean;
}
