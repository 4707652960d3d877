import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ImportLineError, ImportStatus } from './domain/import-progress';

/** A bulk import and its progress, as reduceImportProgress counts it; written after each batch. */
@Entity('import_job')
export class ImportJobEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The exporter who started it: the only one who sees it, and the owner of its artworks. */
  @Column('text')
  exporterId!: string;

  @Column('text')
  status!: Exclude<ImportStatus, 'PENDING'>;

  @Column('int')
  total!: number;

  @Column('int')
  imported!: number;

  @Column('int')
  unchanged!: number;

  @Column('int')
  rejected!: number;

  @Column('jsonb')
  errors!: ImportLineError[];

  @Column('int')
  errorsOmitted!: number;

  @Column('text', { nullable: true })
  failure!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
