import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { InvitationAudience } from '@prepcom/domain';
import type { MeetingInvitationRecipientEntity } from './meeting-invitation-recipient.entity';

registerEnumType(InvitationAudience, {
  name: 'InvitationAudience',
  description: 'A group an invitation is addressed or copied to; States Parties as of the day it is sent.',
});

@ObjectType('MeetingInvitation', {
  description: 'An invitation to a meeting, sent to the participants chosen, each of whom may reply.',
})
@Entity('meeting_invitation')
export class MeetingInvitationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  milestoneId!: string;

  @Column('uuid')
  sentByAccountId!: string;

  @Column('uuid', { nullable: true })
  sentByParticipantId!: string | null;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  sentAt!: Date;

  @Field(() => [InvitationAudience], { description: 'The groups invited.' })
  @Column('text', { array: true })
  invitedAudiences!: InvitationAudience[];

  @Field(() => [InvitationAudience], {
    description: 'The groups copied, for information and welcome to come.',
  })
  @Column('text', { array: true })
  copiedAudiences!: InvitationAudience[];

  @Field({ description: "The sender's words, sent as written; empty when none." })
  @Column('text')
  note!: string;

  @Field(() => Int, { description: 'Send it back as `expectedVersion` when correcting or withdrawing it.' })
  @VersionColumn()
  version!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its words were last corrected.' })
  @Column('timestamptz', { nullable: true })
  correctedAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was withdrawn: its recipients were told, and it takes no more replies.',
  })
  @Column('timestamptz', { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn, as its recipients were told.' })
  @Column('text', { nullable: true })
  withdrawalReason!: string | null;

  /** The recipients its reader may see, attached when invitations are listed; not a column. */
  recipients?: MeetingInvitationRecipientEntity[];
}
