import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A product (SKU) made under an IP licence. The product itself is a catalog artwork entry
 * (category REPRODUCTION, not hand-executed) with the same id; this row links it to its licence.
 */
@Entity('ip_product')
export class IpProductEntity {
  @PrimaryColumn('uuid')
  artworkId!: string;

  @Column('uuid')
  licenceId!: string;

  @Column('text')
  exporterId!: string;

  /** Unique per exporter. */
  @Column('text')
  sku!: string;

  /** PRINT, SCARF, BOOK... */
  @Column('text')
  productType!: string;

  @Column('timestamptz')
  registeredAt!: Date;
}
