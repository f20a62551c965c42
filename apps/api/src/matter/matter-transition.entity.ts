import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MatterStatus } from '@prepcom/domain';

registerEnumType(MatterStatus, { name: 'MatterStatus' });

/** One step of a matter through its workflow; the first row (from = null) is its identification. */
@ObjectType('MatterTransition')
@Entity('matter_transition')
export class MatterTransitionEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  matterId!: string;

  @Field(() => MatterStatus, { nullable: true })
  @Column('text', { nullable: true })
  fromStatus!: MatterStatus | null;

  @Field(() => MatterStatus)
  @Column('text')
  toStatus!: MatterStatus;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  at!: Date;

  /** The milestone where the step was taken (decided at, deferred at), where there is one. */
  @Column('uuid', { nullable: true })
  atMilestoneId!: string | null;

  /** The deciding milestone in force after this step: deferral changes it. */
  @Column('uuid')
  decidingMilestoneId!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note!: string | null;
}
