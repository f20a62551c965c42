import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@ObjectType('Process', { description: 'A preparatory process: its milestones lead to a target event.' })
@Entity('process')
export class ProcessEntity {
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

  @Field(() => Int, {
    description: 'Increases with every change; send it back as expectedVersion when editing.',
  })
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
