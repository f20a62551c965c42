import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { InvitationAudience, MAX_ATTENDEES } from '@prepcom/domain';
import { LongText, ShortText } from '../../common/input/text-limit';

@InputType({
  description:
    'Invites groups and named participants to a meeting, and copies others; each participant is reached once.',
})
export class InviteToMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'milestoneId must be a milestone id.' })
  milestoneId!: string;

  @Field(() => [InvitationAudience], { nullable: true, description: 'Groups invited; none when left out.' })
  invited?: InvitationAudience[];

  @Field(() => [ID], { nullable: true, description: 'Participants invited by name, besides the groups.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'invitedParticipantIds must hold participant ids.' })
  invitedParticipantIds?: string[];

  @Field(() => [InvitationAudience], { nullable: true, description: 'Groups copied; none when left out.' })
  copied?: InvitationAudience[];

  @Field(() => [ID], { nullable: true, description: 'Participants copied by name.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'copiedParticipantIds must hold participant ids.' })
  copiedParticipantIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Words of your own, sent as written with the invitation.',
  })
  @LongText()
  note?: string;
}

@InputType({
  description:
    "Your participant's reply: coming (how many, and who) or not. A new reply replaces the last one.",
})
export class ReplyToMeetingInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invitationId must be an invitation id.' })
  invitationId!: string;

  @Field()
  attending!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: `How many people come, 1 to ${MAX_ATTENDEES}; when left out, as many as are named, at least one. 0 or left out when not attending.`,
  })
  attendeeCount?: number;

  @Field(() => [String], { nullable: true, description: 'Who comes, as far as known.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ATTENDEES + 1)
  @ShortText({ each: true })
  attendeeNames?: string[];
}

@InputType({ description: 'New words for an invitation already sent; everyone it reached is told.' })
export class CorrectMeetingInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invitationId must be an invitation id.' })
  invitationId!: string;

  @Field(() => Int, {
    description: 'The version you corrected; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field({ description: 'The words of the invitation as they should have been; empty for none.' })
  @LongText()
  note!: string;
}

@InputType({
  description:
    'Withdraws an invitation sent by mistake; everyone it reached is told why, and may be invited again.',
})
export class WithdrawMeetingInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invitationId must be an invitation id.' })
  invitationId!: string;

  @Field(() => Int, {
    description: 'The version you withdrew; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field({ description: 'Why, as its recipients will read it.' })
  @LongText()
  reason!: string;
}
