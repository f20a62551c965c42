import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { Attendance } from '@prepcom/domain';

@ObjectType('MeetingAttendance', {
  description: 'Who is coming to a meeting, from the replies to one invitation.',
})
export class MeetingAttendance implements Attendance {
  @Field(() => Int, { description: 'Participants reached, invited or copied.' })
  reached!: number;

  @Field(() => Int)
  replied!: number;

  @Field(() => Int, { description: 'Participants coming.' })
  attending!: number;

  @Field(() => Int)
  notAttending!: number;

  @Field(() => Int, { description: 'Participants that have not replied yet.' })
  awaiting!: number;

  @Field(() => Int, { description: 'People announced by the participants coming.' })
  people!: number;
}

@ArgsType()
export class MeetingInvitationsArgs {
  @Field(() => ID, { nullable: true, description: "Only this meeting's invitations." })
  @IsOptional()
  @IsUUID('all', { message: 'milestoneId must be a milestone id.' })
  milestoneId?: string;
}
