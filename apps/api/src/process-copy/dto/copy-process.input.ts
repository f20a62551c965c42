import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { LongText, ShortText } from '../../common/input/text-limit';

@InputType({
  description:
    'A new process started from an existing one, which is left untouched. Participants and role terms belong to ' +
    'the Convention, not to a process: the new process has them already.',
})
export class CopyProcessInput {
  @Field(() => ID, { description: 'The process to start from.' })
  @IsUUID('all', { message: 'sourceProcessId must be a process id.' })
  sourceProcessId!: string;

  @Field()
  @ShortText()
  title!: string;

  @Field({ nullable: true, description: 'Empty when left out.' })
  @LongText()
  description?: string;

  @Field()
  @ShortText()
  conveningBody!: string;

  @Field()
  @ShortText()
  targetEvent!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "Copy the milestones, planned, every one moved by the same number of days so that the target event's copy " +
      'opens on this day at its venue (each keeps its local hours, weekday aside); leave out to copy none.',
  })
  @IsOptional()
  milestonesMovedSoTargetOpensOn?: IsoDate;

  @Field({
    nullable: true,
    defaultValue: false,
    description:
      'Copy the matters as IDENTIFIED, each to be decided at the copy of the milestone it was first to be decided ' +
      'at, with their dependencies on each other; their options, views and actions stay with the original. Needs ' +
      'the milestones.',
  })
  copyMatters?: boolean;
}
