import type { Purpose } from '@artbridge/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What catalog knows of a shipment that reserved artworks: what it is for and where it goes (as
 * its reservation said), and, for an exhibition loan, when its works came home.
 */
@Entity('shipment_hold')
export class ShipmentHoldEntity {
  @PrimaryColumn('uuid')
  shipmentId!: string;

  /** Null for reservations whose command did not say (then treated as a sale). */
  @Column('text', { nullable: true })
  purpose!: Purpose | null;

  @Column('char', { length: 2, nullable: true })
  destinationCountry!: string | null;

  @Column('timestamptz', { nullable: true })
  reservedAt!: Date | null;

  /** The loan's return leg completed: its works are AVAILABLE again. */
  @Column('timestamptz', { nullable: true })
  returnedAt!: Date | null;

  @Column('uuid', { nullable: true })
  returnShipmentId!: string | null;
}
