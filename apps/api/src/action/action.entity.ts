import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrackedRecord } from '../common/database/tracked-record';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ActionStatus, OwnerRole, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../common/graphql/scalars';

registerEnumType(ActionStatus, { name: 'ActionStatus' });
registerEnumType(OwnerRole, {
  name: 'OwnerRole',
  description: 'A role that owns an action when no single participant does; resolved through role terms.',
});

@ObjectType('Action', { description: 'Work that develops options or prepares a milestone.' })
@Entity('action')
export class ActionEntity extends TrackedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  processId!: string;

  @Field()
  @Column('text')
  title!: string;

  @Field()
  @Column('text')
  description!: string;

  @Column('uuid', { nullable: true })
  ownerParticipantId!: string | null;

  @Field(() => OwnerRole, { nullable: true })
  @Column('text', { nullable: true })
  ownerRole!: OwnerRole | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'An absolute due date; null when due relative to a milestone.',
  })
  @Column('date', { nullable: true })
  dueDate!: IsoDate | null;

  @Column('uuid', { nullable: true })
  dueMilestoneId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from the milestone start; negative means before.' })
  @Column('integer', { nullable: true })
  dueOffsetDays!: number | null;

  @Field(() => ActionStatus, { description: 'The status as of the instant the action is read at.' })
  @Column('text')
  status!: ActionStatus;

  @Field({ description: 'An open action that blocks a decision keeps its matter from READY_FOR_DECISION.' })
  @Column('boolean')
  blocksDecision!: boolean;

  @Column('uuid', { nullable: true })
  servesMatterId!: string | null;

  @Column('uuid', { nullable: true })
  servesMilestoneId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was cancelled; null unless CANCELLED.',
  })
  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled; null unless CANCELLED.' })
  @Column('text', { nullable: true })
  cancellationReason!: string | null;
}
