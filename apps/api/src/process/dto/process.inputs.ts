import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { LongText, ShortText } from '../../common/input/text-limit';

@InputType()
export class CreateProcessInput {
  @Field()
  @ShortText()
  title!: string;

  @Field({ nullable: true, description: 'Empty when left out.' })
  @LongText()
  description?: string;

  @Field()
  @ShortText()
  conveningBody!: string;

  @Field()
  @ShortText()
  targetEvent!: string;
}

@InputType({ description: 'Fields left out keep their value.' })
export class UpdateProcessInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a process id.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field({ nullable: true })
  @ShortText()
  title?: string;

  @Field({ nullable: true })
  @LongText()
  description?: string;

  @Field({ nullable: true })
  @ShortText()
  conveningBody?: string;

  @Field({ nullable: true })
  @ShortText()
  targetEvent?: string;

  @Field(() => ID, { nullable: true, description: 'The milestone that is the target event itself.' })
  @IsOptional()
  @IsUUID('all', { message: 'targetMilestoneId must be a milestone id.' })
  targetMilestoneId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "The milestone by which the process's decisions must be taken.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'decisionDeadlineMilestoneId must be a milestone id.' })
  decisionDeadlineMilestoneId?: string;
}
