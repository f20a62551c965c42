import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Confidentiality, Health, MatterStatus } from '@prepcom/domain';
import { LongText, ShortText } from '../../common/input/text-limit';

@InputType({ description: 'Narrows a list of matters; all given conditions must hold.' })
export class MatterFilter {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only matters still to decide; false: only closed ones.',
  })
  open?: boolean;

  @Field(() => [MatterStatus], { nullable: true })
  statuses?: MatterStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'decidingMilestoneId must be a milestone id.' })
  decidingMilestoneId?: string;

  @Field(() => [Health], { nullable: true, description: 'Health applies to open matters only.' })
  health?: Health[];
}

@InputType()
export class CreateMatterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'processId must be a process id.' })
  processId!: string;

  @Field()
  @ShortText()
  title!: string;

  @Field({ nullable: true, description: 'Empty when left out.' })
  @LongText()
  description?: string;

  @Field(() => ID, { description: 'The milestone by which the matter must be decided.' })
  @IsUUID('all', { message: 'decidingMilestoneId must be a milestone id.' })
  decidingMilestoneId!: string;

  @Field(() => Confidentiality, {
    nullable: true,
    description: 'Who may see it; STATES_PARTIES when left out.',
  })
  confidentiality?: Confidentiality;

  @Field({ nullable: true, description: 'Whether observers may give views on it; false when left out.' })
  observersMayGiveViews?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'dependsOnIds must hold matter ids.' })
  dependsOnIds?: string[];
}

@InputType({ description: 'Fields left out keep their value.' })
export class UpdateMatterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a matter id.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @ShortText()
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @LongText()
  description?: string;

  @Field(() => Confidentiality, { nullable: true })
  confidentiality?: Confidentiality;

  @Field({ nullable: true })
  observersMayGiveViews?: boolean;

  @Field({
    nullable: true,
    description: 'The decision text, drafted before or given when moving to DECIDED (Co-Chairs only).',
  })
  @IsOptional()
  @LongText()
  outcome?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Corrects the deciding milestone of an open matter; to move a matter to a later meeting, defer it.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'decidingMilestoneId must be a milestone id.' })
  decidingMilestoneId?: string;
}

@InputType({
  description: 'Takes back your own decision or withdrawal of a matter, shortly after making it.',
})
export class UndoMatterMoveInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matterId must be a matter id.' })
  matterId!: string;

  @Field(() => Int, {
    description: 'The version you saw decided or withdrawn; a newer one answers CONFLICT.',
  })
  expectedVersion!: number;
}

@InputType()
export class MoveMatterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matterId must be a matter id.' })
  matterId!: string;

  @Field(() => MatterStatus)
  to!: MatterStatus;

  @Field(() => Int, { nullable: true, description: 'When given, a newer version answers CONFLICT.' })
  expectedVersion?: number;

  @Field({ nullable: true, description: 'The decision, for DECIDED (or set it earlier with updateMatter).' })
  @IsOptional()
  @LongText()
  outcome?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'For DEFERRED: the later milestone. For DECIDED: where it was decided (default: the deciding milestone).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'targetMilestoneId must be a milestone id.' })
  targetMilestoneId?: string;

  @Field({ nullable: true, description: 'Why; required to withdraw a matter.' })
  @IsOptional()
  @LongText()
  note?: string;
}

@InputType()
export class MatterDependencyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matterId must be a matter id.' })
  matterId!: string;

  @Field(() => ID, { description: 'The matter that must be decided first.' })
  @IsUUID('all', { message: 'dependsOnId must be a matter id.' })
  dependsOnId!: string;
}
