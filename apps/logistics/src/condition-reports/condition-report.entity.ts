import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AssessedDamage, ConditionStage, Damage } from './domain/condition-report';

/** A condition report, as the inspector gave it; at destination each damage is judged. */
@Entity('condition_report')
export class ConditionReportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  shipmentId!: string;

  @Column('text')
  stage!: ConditionStage;

  @Column('text')
  inspector!: string;

  /** When the inspection took place. */
  @Column('timestamptz')
  inspectedAt!: Date;

  @Column('text', { nullable: true })
  notes!: string | null;

  /** References to the photographs (storage keys or URLs), in the inspector's order. */
  @Column('text', { array: true })
  photoRefs!: string[];

  /** ORIGIN: as recorded; DESTINATION: with each one's finding (KNOWN, NEW, WORSENED). */
  @Column('jsonb')
  damages!: (Damage | AssessedDamage)[];

  @Column('text')
  recordedBy!: string;

  @Column('timestamptz')
  recordedAt!: Date;
}
