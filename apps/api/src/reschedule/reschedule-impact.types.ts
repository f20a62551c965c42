import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { IsoDate } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import { LocalDateScalar } from '../common/graphql/scalars';
import { ShortText } from '../common/input/text-limit';

@ObjectType({
  description: 'An action due relative to the milestone, and the day it would fall due instead.',
})
export class RescheduledAction {
  @Field(() => ActionEntity)
  action!: ActionEntity;

  @Field(() => LocalDateScalar)
  dueBefore!: IsoDate;

  @Field(() => LocalDateScalar)
  dueAfter!: IsoDate;
}

@ObjectType({
  description: 'What rescheduling a milestone would change, foreseen without changing anything.',
})
export class MilestoneRescheduleImpact {
  @Field(() => [RescheduledAction], {
    description: 'Actions you may see, due relative to the milestone, that would fall due on another day.',
  })
  actionsMoved!: RescheduledAction[];

  @Field(() => Int, {
    description:
      'Calendar entries sent again: the people invited to the meeting whose emails about meetings go out at ' +
      'once, each of whom gets the moved entry (0 when the start does not move).',
  })
  calendarEntries!: number;
}

@ArgsType()
export class RescheduleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a milestone id.' })
  id!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field({ description: "The venue's IANA time zone, e.g. Europe/Zurich." })
  @ShortText()
  timeZone!: string;
}
