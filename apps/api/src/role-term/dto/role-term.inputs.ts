import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { RoleKind, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { ShortText } from '../../common/input/text-limit';

@InputType()
export class CreateRoleTermInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'participantId must be a participant id.' })
  participantId!: string;

  @Field(() => RoleKind)
  role!: RoleKind;

  @Field({ description: 'The body the role belongs to, e.g. a Standing Committee or a meeting.' })
  @ShortText()
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The meeting presided, for a President or President-designate.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'milestoneId must be a milestone id.' })
  milestoneId?: string;

  @Field(() => String, { nullable: true })
  @ShortText()
  personName?: string;

  @Field(() => LocalDateScalar)
  startsOn!: IsoDate;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The day the term was decided, when it was ahead of its start (a designation); leave out otherwise.',
  })
  decidedOn?: IsoDate;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the term; leave out while open-ended.',
  })
  endsOn?: IsoDate;
}

@InputType({ description: 'Fields left out keep their value; null clears an optional one.' })
export class UpdateRoleTermInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a role term id.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field({ nullable: true })
  @ShortText()
  body?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'milestoneId must be a milestone id.' })
  milestoneId?: string | null;

  @Field(() => String, { nullable: true })
  @ShortText()
  personName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startsOn?: IsoDate;

  @Field(() => LocalDateScalar, { nullable: true })
  decidedOn?: IsoDate | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: IsoDate | null;
}
