import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { attendanceOf } from '@prepcom/domain';
import { Allow, SignedIn } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import type { Loaders } from '../loaders/loaders.factory';
import { CurrentActor, RequestLoaders, RequestNow } from '../loaders/request-context';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import {
  CorrectMeetingInvitationInput,
  InviteToMeetingInput,
  ReplyToMeetingInvitationInput,
  WithdrawMeetingInvitationInput,
} from './dto/invitation.inputs';
import { InvitationService } from './invitation.service';
import { MeetingAttendance, MeetingInvitationsArgs } from './invitation.types';
import { MeetingInvitationRecipientEntity } from './meeting-invitation-recipient.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';

@Resolver(() => MeetingInvitationEntity)
export class InvitationResolver {
  constructor(private readonly invitations: InvitationService) {}

  @SignedIn()
  @Query(() => [MeetingInvitationEntity], {
    description:
      'Invitations to meetings, newest first: every one for the Co-Chairs, Presidencies and support unit, otherwise those your participant received.',
  })
  meetingInvitations(
    @Args() args: MeetingInvitationsArgs,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingInvitationEntity[]> {
    return this.invitations.list(actor, args.milestoneId);
  }

  @Allow('invitation.send')
  @Mutation(() => MeetingInvitationEntity, {
    description:
      'Invites participants to a meeting; each is told in-app and by email, with an .ics, in their language.',
  })
  inviteToMeeting(
    @Args('input') input: InviteToMeetingInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingInvitationEntity> {
    return this.invitations.invite(input, now, actor);
  }

  @Allow('invitation.send')
  @Mutation(() => MeetingInvitationEntity, {
    description: 'Corrects the words of an invitation until its meeting begins; everyone it reached is told.',
  })
  correctMeetingInvitation(
    @Args('input') input: CorrectMeetingInvitationInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingInvitationEntity> {
    return this.invitations.correct(input, now, actor);
  }

  @Allow('invitation.send')
  @Mutation(() => MeetingInvitationEntity, {
    description:
      'Withdraws an invitation until its meeting begins: everyone it reached is told why, with a calendar cancellation.',
  })
  withdrawMeetingInvitation(
    @Args('input') input: WithdrawMeetingInvitationInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingInvitationEntity> {
    return this.invitations.withdraw(input, now, actor);
  }

  @Allow('invitation.reply')
  @Mutation(() => MeetingInvitationRecipientEntity, {
    description:
      'Replies for your participant: coming (how many, who) or not; changeable until the meeting starts.',
  })
  replyToMeetingInvitation(
    @Args('input') input: ReplyToMeetingInvitationInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingInvitationRecipientEntity> {
    return this.invitations.reply(input, now, actor);
  }

  @ResolveField(() => MilestoneEntity)
  async milestone(@Parent() invitation: MeetingInvitationEntity, @RequestLoaders() loaders: Loaders) {
    return loaders.milestone.load(invitation.milestoneId);
  }

  @ResolveField(() => ParticipantEntity, { nullable: true, description: 'The participant that sent it.' })
  async sentBy(@Parent() invitation: MeetingInvitationEntity, @RequestLoaders() loaders: Loaders) {
    return invitation.sentByParticipantId ? loaders.participant.load(invitation.sentByParticipantId) : null;
  }

  @ResolveField(() => [MeetingInvitationRecipientEntity], {
    description:
      'Everyone it reached and their replies, for those who steer; otherwise your own participant only.',
  })
  recipients(
    @Parent() invitation: MeetingInvitationEntity,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingInvitationRecipientEntity[]> {
    return this.visibleRecipients(invitation, actor);
  }

  @ResolveField(() => MeetingInvitationRecipientEntity, {
    nullable: true,
    description: "Your participant's reply; null when the invitation did not reach it.",
  })
  async myReply(@Parent() invitation: MeetingInvitationEntity, @CurrentActor() actor: Actor) {
    const own = actor.participant?.id;
    return (await this.visibleRecipients(invitation, actor)).find((row) => row.participantId === own) ?? null;
  }

  @ResolveField(() => MeetingAttendance, {
    nullable: true,
    description: 'Who is coming; for the Co-Chairs, Presidencies and support unit only (null for others).',
  })
  async attendance(
    @Parent() invitation: MeetingInvitationEntity,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingAttendance | null> {
    if (!actor.can('invitation.readReplies')) return null;
    return attendanceOf(await this.visibleRecipients(invitation, actor));
  }

  private async visibleRecipients(invitation: MeetingInvitationEntity, actor: Actor) {
    invitation.recipients ??= await this.invitations.visibleRecipients([invitation.id], actor);
    return invitation.recipients;
  }
}

@Resolver(() => MeetingInvitationRecipientEntity)
export class InvitationRecipientResolver {
  @ResolveField(() => ParticipantEntity)
  async participant(
    @Parent() recipient: MeetingInvitationRecipientEntity,
    @RequestLoaders() loaders: Loaders,
  ) {
    return loaders.participant.load(recipient.participantId);
  }
}
