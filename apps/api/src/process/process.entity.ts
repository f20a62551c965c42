import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TrackedRecord } from '../common/database/tracked-record';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('Process', { description: 'A preparatory process: its milestones lead to a target event.' })
@Entity('process')
export class ProcessEntity extends TrackedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('text')
  title!: string;

  @Field()
  @Column('text')
  description!: string;

  @Field({
    description: 'The body that convenes the process, e.g. the States Parties through a Standing Committee.',
  })
  @Column('text')
  conveningBody!: string;

  @Field({ description: 'What the process prepares, e.g. the First Review Conference.' })
  @Column('text')
  targetEvent!: string;

  @Column('uuid', { nullable: true })
  targetMilestoneId!: string | null;

  @Column('uuid', { nullable: true })
  decisionDeadlineMilestoneId!: string | null;
}
