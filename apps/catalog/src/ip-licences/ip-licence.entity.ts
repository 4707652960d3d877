import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An IP licence an exporter (the licensee) holds from an institution (the licensor). */
@Entity('ip_licence')
export class IpLicenceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The exporter who registered it: the only exporter who sees it and makes products under it. */
  @Column('text')
  licenseeId!: string;

  /** The institution that grants it. */
  @Column('text')
  licensor!: string;

  @Column('text')
  sourceTitle!: string;

  @Column('text', { nullable: true })
  sourceArtist!: string | null;

  /** The institution's reference for the source item (accession or inventory number). */
  @Column('text')
  sourceInstitutionRef!: string;

  /** `YYYY-MM-DD`, included. */
  @Column('date')
  validFrom!: string;

  /** `YYYY-MM-DD`, included. */
  @Column('date')
  validTo!: string;

  /** ISO 3166-1 alpha-2 codes, or just WORLD. */
  @Column('text', { array: true })
  territories!: string[];

  /** Percent, exact: pg hands numeric back as text (`8.5000`). */
  @Column('numeric', { precision: 7, scale: 4 })
  royaltyRate!: string;

  @Column('timestamptz')
  registeredAt!: Date;
}
