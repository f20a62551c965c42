import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ActionStatus, OwnerRole, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { LongText, ShortText } from '../../common/input/text-limit';

const MAX_OFFSET_DAYS = 3660;

@InputType({
  description:
    'Give one owner (ownerParticipantId or ownerRole), one due date (dueDate, or dueMilestoneId with dueOffsetDays) ' +
    'and one thing served (servesMatterId or servesMilestoneId).',
})
export class CreateActionInput {
  @Field()
  @ShortText()
  title!: string;

  @Field({ nullable: true, description: 'Empty when left out.' })
  @LongText()
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerParticipantId must be a participant id.' })
  ownerParticipantId?: string;

  @Field(() => OwnerRole, { nullable: true })
  ownerRole?: OwnerRole;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate?: IsoDate;

  @Field(() => ID, { nullable: true, description: "Due relative to this milestone's start." })
  @IsOptional()
  @IsUUID('all', { message: 'dueMilestoneId must be a milestone id.' })
  dueMilestoneId?: string;

  @Field(() => Int, {
    nullable: true,
    description: "Days from the milestone's start; -30 is 30 days before.",
  })
  @IsOptional()
  @IsInt()
  @Min(-MAX_OFFSET_DAYS, { message: `dueOffsetDays must be at least -${MAX_OFFSET_DAYS}.` })
  @Max(MAX_OFFSET_DAYS, { message: `dueOffsetDays must be at most ${MAX_OFFSET_DAYS}.` })
  dueOffsetDays?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'servesMatterId must be a matter id.' })
  servesMatterId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'servesMilestoneId must be a milestone id.' })
  servesMilestoneId?: string;

  @Field({
    nullable: true,
    description: 'While open, the matter it serves cannot become READY_FOR_DECISION. False when left out.',
  })
  blocksDecision?: boolean;
}

@InputType({
  description:
    'Fields left out keep their value. Giving an owner replaces the other kind of owner; giving a due date ' +
    '(absolute or relative) replaces the other kind.',
})
export class UpdateActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an action id.' })
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'ownerParticipantId must be a participant id.' })
  ownerParticipantId?: string;

  @Field(() => OwnerRole, { nullable: true })
  ownerRole?: OwnerRole;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate?: IsoDate;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'dueMilestoneId must be a milestone id.' })
  dueMilestoneId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-MAX_OFFSET_DAYS, { message: `dueOffsetDays must be at least -${MAX_OFFSET_DAYS}.` })
  @Max(MAX_OFFSET_DAYS, { message: `dueOffsetDays must be at most ${MAX_OFFSET_DAYS}.` })
  dueOffsetDays?: number;

  @Field({ nullable: true })
  blocksDecision?: boolean;
}

@InputType()
export class MoveActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'actionId must be an action id.' })
  actionId!: string;

  @Field(() => ActionStatus)
  to!: ActionStatus;

  @Field({ nullable: true, description: 'Why; required to cancel an action, and kept with it.' })
  @IsOptional()
  @LongText()
  note?: string;

  @Field(() => Int, { nullable: true, description: 'When given, a newer version answers CONFLICT.' })
  expectedVersion?: number;
}
