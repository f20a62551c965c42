import { TrackedRecord } from '../common/database/tracked-record';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Confidentiality, MatterStatus } from '@prepcom/domain';

/**
 * A decision to take. `status` and `decidingMilestoneId` are the current values; their past values live in
 * `matter_transition`, which is what "as of" reads use.
 */
@Entity('matter')
export class MatterEntity extends TrackedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  processId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  description!: string;

  @Column('uuid')
  decidingMilestoneId!: string;

  @Column('text')
  status!: MatterStatus;

  @Column('text', { nullable: true })
  outcome!: string | null;

  /** Where the matter was decided, or the milestone it was last deferred to. */
  @Column('uuid', { nullable: true })
  outcomeMilestoneId!: string | null;

  @Column('text')
  confidentiality!: Confidentiality;

  /** Whether States not parties and organisations may give views on it (they always may read it if cleared). */
  @Column('boolean')
  observersMayGiveViews!: boolean;
}
