import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Confidentiality, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../common/graphql/scalars';
import { HealthCount, StatusCount } from '../dashboard/dashboard.types';
import { Matter } from '../matter/matter.model';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OptionEntity } from '../option/option.entity';
import { ParticipantEntity } from '../participant/participant.entity';

@ObjectType('PositionCounts', {
  description: 'How many States Parties hold each position, each counted once with its latest view.',
})
export class PositionCountsType {
  @Field(() => Int)
  supports!: number;

  @Field(() => Int)
  canLiveWith!: number;

  @Field(() => Int)
  objects!: number;

  @Field(() => Int, { description: 'States Parties whose latest view is a comment without a position.' })
  comments!: number;
}

@ObjectType('OptionPositions')
export class OptionPositionsType {
  @Field(() => OptionEntity)
  option!: OptionEntity;

  @Field(() => PositionCountsType)
  positions!: PositionCountsType;
}

@ObjectType('StateOfPlayMatter', { description: 'One matter of a state-of-play report, with the positions.' })
export class StateOfPlayMatterType {
  @Field(() => Matter, { description: "As the matter's page shows it at the report's instant." })
  matter!: Matter;

  @Field(() => PositionCountsType, { description: 'On the matter as a whole.' })
  positions!: PositionCountsType;

  @Field(() => [OptionPositionsType], { description: 'On each option, in the order of `matter.options`.' })
  optionPositions!: OptionPositionsType[];

  @Field(() => [ParticipantEntity], {
    description: 'States Parties (on the report’s day) that have given no view on the matter or its options.',
  })
  notYetHeard!: ParticipantEntity[];
}

@ObjectType('ReportReader', { description: 'Who a report was made for; it shows what they may see.' })
export class ReportReaderType {
  @Field(() => String, { nullable: true })
  person!: string | null;

  @Field(() => String, { nullable: true })
  participant!: string | null;

  @Field(() => Confidentiality)
  clearance!: Confidentiality;
}

@ObjectType('StateOfPlay', {
  description:
    'Where things stand for one milestone (or the whole process) at `asOf`: what the Co-Chairs circulate before a ' +
    'meeting. The PDF at /reports/state-of-play.pdf renders the same content.',
})
export class StateOfPlayType {
  @Field(() => GraphQLISODateTime)
  asOf!: Date;

  @Field(() => MilestoneEntity, { nullable: true, description: 'Null: every milestone of the process.' })
  milestone!: MilestoneEntity | null;

  @Field(() => Int, { nullable: true, description: 'Days from `asOf` to the milestone, in its time zone.' })
  daysToMilestone!: number | null;

  @Field(() => LocalDateScalar, { description: 'The day (at the venue) whose States Parties are counted.' })
  partiesOn!: IsoDate;

  @Field(() => Int)
  statesParties!: number;

  @Field(() => Int)
  totalMatters!: number;

  @Field(() => Int)
  openMatters!: number;

  @Field(() => Int, { nullable: true, description: 'Mean readiness of the open matters.' })
  openReadiness!: number | null;

  @Field(() => [StatusCount])
  byStatus!: StatusCount[];

  @Field(() => [HealthCount])
  byHealth!: HealthCount[];

  @Field(() => [Matter], { description: 'Open matters at risk or off track, off track first.' })
  atRisk!: Matter[];

  @Field(() => [StateOfPlayMatterType])
  matters!: StateOfPlayMatterType[];

  @Field(() => ReportReaderType)
  preparedFor!: ReportReaderType;
}
