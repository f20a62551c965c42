import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRecord } from '../common/database/tracked-record';

/** One participant an invitation reached, and its reply: one per participant, changeable until the meeting starts. */
@ObjectType('MeetingInvitationRecipient', {
  description: 'A participant invited (or copied) to a meeting, and whether it comes.',
})
@Entity('meeting_invitation_recipient')
export class MeetingInvitationRecipientEntity extends TrackedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  invitationId!: string;

  @Column('uuid')
  participantId!: string;

  @Field({ description: 'Copied rather than invited.' })
  @Column('boolean')
  copied!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Its reply: coming or not; null until it replies.' })
  @Column('boolean', { nullable: true })
  attending!: boolean | null;

  @Field(() => Int, { description: 'How many people come (0 unless attending).' })
  @Column('integer')
  attendeeCount!: number;

  @Field(() => [String], { description: 'Who comes, as far as the reply says.' })
  @Column('text', { array: true })
  attendeeNames!: string[];

  @Column('uuid', { nullable: true })
  repliedByAccountId!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  repliedAt!: Date | null;
}
