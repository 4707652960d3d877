import { MoneyColumns } from '@artbridge/platform-persistence';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ArtworkCategory } from '@artbridge/contracts';
import type { ArtworkStatus } from './domain/artwork';

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

  @Column('int')
  creationYear!: number;

  @Column('text')
  category!: ArtworkCategory;

  @Column('text', { nullable: true })
  technique!: string | null;

  @Column('text', { nullable: true })
  medium!: string | null;

  @Column('boolean')
  handExecuted!: boolean;

  @Column(() => MoneyColumns, { prefix: 'value' })
  value!: MoneyColumns;

  @Column('boolean')
  ownedByCreator!: boolean;

  @Column('char', { length: 2 })
  originCountry!: string;

  @Column('text')
  status!: ArtworkStatus;

  @Column('timestamptz')
  registeredAt!: Date;
}
