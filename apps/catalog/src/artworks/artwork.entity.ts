import { MoneyColumns } from '@artbridge/platform-persistence';
import { Column, Entity, PrimaryColumn, ValueTransformer } from 'typeorm';
import type { ArtworkCategory } from '@artbridge/contracts';
import type { ArtworkMaterial, ArtworkStatus, ProvenanceEvent } from './domain/artwork';

/** pg hands numeric back as text; centimetres are plain numbers in the API. */
const centimetres: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (text: string | null) => (text === null ? null : Number(text)),
};

@Entity('artwork')
export class ArtworkEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  exporterId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  artistName!: string;

  @Column('int', { nullable: true })
  artistBirthYear!: number | null;

  @Column('int', { nullable: true })
  artistDeathYear!: number | null;

  @Column('boolean', { nullable: true })
  artistEthnicMinority!: boolean | null;

  @Column('int')
  creationYear!: number;

  @Column('int', { nullable: true })
  creationYearEnd!: number | null;

  @Column('text')
  category!: ArtworkCategory;

  @Column('text', { nullable: true })
  technique!: string | null;

  @Column('text', { nullable: true })
  medium!: string | null;

  @Column('boolean')
  handExecuted!: boolean;

  @Column('boolean', { nullable: true })
  portrait!: boolean | null;

  /** The UK Ivory Act's musical instrument exemption; null when not said. */
  @Column('boolean', { nullable: true })
  musicalInstrument!: boolean | null;

  @Column('jsonb', { nullable: true })
  materials!: ArtworkMaterial[] | null;

  @Column('numeric', { nullable: true, transformer: centimetres })
  heightCm!: number | null;

  @Column('numeric', { nullable: true, transformer: centimetres })
  widthCm!: number | null;

  @Column('numeric', { nullable: true, transformer: centimetres })
  depthCm!: number | null;

  @Column(() => MoneyColumns, { prefix: 'value' })
  value!: MoneyColumns;

  @Column('boolean')
  ownedByCreator!: boolean;

  @Column('char', { length: 2 })
  originCountry!: string;

  @Column('jsonb', { nullable: true })
  provenance!: ProvenanceEvent[] | null;

  @Column('text')
  status!: ArtworkStatus;

  /** The shipment that holds the artwork (RESERVED, IN_TRANSIT) or exported it; null when AVAILABLE. */
  @Column('uuid', { nullable: true })
  reservedByShipment!: string | null;

  @Column('timestamptz')
  statusChangedAt!: Date;

  @Column('timestamptz')
  registeredAt!: Date;

  /** Where a bulk import took it from (`tate:A00035`, `native:...`); unique per exporter. */
  @Column('text', { nullable: true })
  sourceId!: string | null;
}
