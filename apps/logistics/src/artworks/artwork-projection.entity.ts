import type { ArtworkCategory } from '@artbridge/contracts';
import { MoneyColumns } from '@artbridge/platform-persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Logistics' own copy of what it needs to know about artworks, kept from catalog's events. */
@Entity('artwork_projection')
export class ArtworkProjectionEntity {
  @PrimaryColumn('uuid')
  artworkId!: string;

  @Column('text')
  exporterId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  artistName!: string;

  @Column('int')
  creationYear!: number;

  @Column('text')
  category!: ArtworkCategory;

  @Column(() => MoneyColumns, { prefix: 'value' })
  value!: MoneyColumns;

  @Column('char', { length: 2 })
  originCountry!: string;

  @Column('timestamptz')
  registeredAt!: Date;

  /** When catalog last revalued it (ArtworkRevalued's revaluedAt); null: the value registered. */
  @Column('timestamptz', { nullable: true })
  valueChangedAt!: Date | null;

  /** The catalog message this row was last changed by. */
  @Column('uuid')
  lastMessageId!: string;
}
