import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OptionStage } from '@prepcom/domain';

/** The history of an option's stage, so readiness can be rebuilt as of any instant. */
@Entity('option_stage_change')
export class OptionStageChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  optionId!: string;

  @Column('text', { nullable: true })
  fromStage!: OptionStage | null;

  @Column('text')
  toStage!: OptionStage;

  @Column('timestamptz')
  at!: Date;
}
