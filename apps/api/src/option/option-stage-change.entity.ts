import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OptionStage } from '@prepcom/domain';

/** The history of an option's stage, so readiness can be rebuilt as of any instant. */
@ObjectType('OptionStageChange', {
  description: 'One step of an option through its stages; the first is its tabling.',
})
@Entity('option_stage_change')
export class OptionStageChangeEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column('uuid')
  optionId!: string;

  @Field(() => OptionStage, { nullable: true })
  @Column('text', { nullable: true })
  fromStage!: OptionStage | null;

  @Field(() => OptionStage)
  @Column('text')
  toStage!: OptionStage;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  at!: Date;
}
