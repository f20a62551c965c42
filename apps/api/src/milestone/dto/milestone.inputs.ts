import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { MilestoneKind, MilestoneStatus } from '@prepcom/domain';
import { LongText, ShortText } from '../../common/input/text-limit';

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'processId must be a process id.' })
  processId!: string;

  @Field(() => MilestoneKind)
  kind!: MilestoneKind;

  @Field()
  @ShortText()
  title!: string;

  @Field({ description: 'A short name for lists, e.g. "5MSP".' })
  @ShortText()
  shortTitle!: string;

  @Field({ nullable: true, description: 'Empty when left out.' })
  @LongText()
  description?: string;

  @Field(() => GraphQLISODateTime, {
    description: 'An instant, e.g. 2002-06-27T13:00:00Z or 2002-06-27T15:00:00+02:00.',
  })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field({ description: "The venue's IANA time zone, e.g. Europe/Zurich." })
  @ShortText()
  timeZone!: string;

  @Field()
  @ShortText()
  venue!: string;

  @Field(() => String, { nullable: true })
  @ShortText()
  room?: string | null;

  @Field(() => MilestoneStatus, { nullable: true, description: 'PLANNED when left out.' })
  status?: MilestoneStatus;

  @Field(() => [ID], { nullable: true, description: 'Participants who convene it.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'convenorIds must hold participant ids.' })
  convenorIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'People to contact about it.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'contactIds must hold person ids.' })
  contactIds?: string[];
}

@InputType({
  description: 'Fields left out keep their value. Moving a milestone moves every action due relative to it.',
})
export class UpdateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a milestone id.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field(() => MilestoneKind, { nullable: true })
  kind?: MilestoneKind;

  @Field({ nullable: true })
  @ShortText()
  title?: string;

  @Field({ nullable: true })
  @ShortText()
  shortTitle?: string;

  @Field({ nullable: true })
  @LongText()
  description?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startsAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  endsAt?: Date;

  @Field({ nullable: true })
  @ShortText()
  timeZone?: string;

  @Field({ nullable: true })
  @ShortText()
  venue?: string;

  @Field(() => String, { nullable: true })
  @ShortText()
  room?: string | null;

  @Field(() => MilestoneStatus, { nullable: true })
  status?: MilestoneStatus;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'convenorIds must hold participant ids.' })
  convenorIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'contactIds must hold person ids.' })
  contactIds?: string[];
}
