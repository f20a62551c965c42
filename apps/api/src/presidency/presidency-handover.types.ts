import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../common/graphql/scalars';
import { ShortText } from '../common/input/text-limit';
import { RoleTermEntity } from '../role-term/role-term.entity';

@InputType({
  description: 'The current Presidency hands over to the incoming one on one day, which both hold.',
})
export class HandOverPresidencyInput {
  @Field(() => ID, { description: 'The President term handed over.' })
  @IsUUID('all', { message: 'currentTermId must be a role term id.' })
  currentTermId!: string;

  @Field(() => Int, { description: 'The version of that term you saw; a newer one answers CONFLICT.' })
  expectedVersion!: number;

  @Field(() => LocalDateScalar, {
    description: 'The handover day: the last of the current term and the first of the incoming one.',
  })
  on!: IsoDate;

  @Field(() => ID, { description: 'The incoming Presidency: a State Party on the handover day.' })
  @IsUUID('all', { message: 'participantId must be a participant id.' })
  participantId!: string;

  @Field({ description: 'The body presided, e.g. "Meetings of the States Parties".' })
  @ShortText()
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The meeting the incoming Presidency presides, if known.' })
  @IsOptional()
  @IsUUID('all', { message: 'milestoneId must be a milestone id.' })
  milestoneId?: string;

  @Field(() => String, { nullable: true })
  @ShortText()
  personName?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the incoming Presidency was elected.',
  })
  decidedOn?: IsoDate;
}

@ObjectType({ description: 'A Presidency handed over: the term that ended and the one that began.' })
export class PresidencyHandover {
  @Field(() => RoleTermEntity)
  ended!: RoleTermEntity;

  @Field(() => RoleTermEntity)
  started!: RoleTermEntity;

  @Field(() => [RoleTermEntity], {
    description: "The incoming Presidency's President-designate terms that ended with the handover.",
  })
  designationsEnded!: RoleTermEntity[];
}
