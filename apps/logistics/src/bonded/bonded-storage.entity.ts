import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BondedState } from './domain/bonded-storage';

/** A shipment's stay in a free-trade zone's bonded warehouse. */
@Entity('bonded_storage')
export class BondedStorageEntity {
  @PrimaryColumn('uuid')
  shipmentId!: string;

  @Column('text')
  zone!: string;

  /** The zone's country: the shipment's destination country. */
  @Column('char', { length: 2 })
  country!: string;

  @Column('text')
  warehouse!: string;

  /** Where in the warehouse: bay, rack, vault. */
  @Column('text')
  location!: string;

  @Column('text')
  state!: BondedState;

  @Column('timestamptz')
  enteredAt!: Date;

  @Column('text')
  enteredBy!: string;

  /** Released or re-exported. */
  @Column('timestamptz', { nullable: true })
  leftAt!: Date | null;

  @Column('text', { nullable: true })
  leftBy!: string | null;

  @Column('char', { length: 2, nullable: true })
  reExportCountry!: string | null;

  @Column('text', { nullable: true })
  reExportPlace!: string | null;
}
