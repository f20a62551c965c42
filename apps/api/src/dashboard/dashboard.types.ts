import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Health, MatterStatus } from '@prepcom/domain';
import { MilestoneEntity } from '../milestone/milestone.entity';

@ObjectType()
export class StatusCount {
  @Field(() => MatterStatus)
  status!: MatterStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class HealthCount {
  @Field(() => Health)
  health!: Health;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How ready the matters due at one milestone are.' })
export class MilestoneReadiness {
  @Field(() => MilestoneEntity)
  milestone!: MilestoneEntity;

  @Field(() => Int, {
    nullable: true,
    description: 'Mean readiness of its matters (withdrawn ones left out).',
  })
  readiness!: number | null;

  @Field(() => Int)
  matters!: number;

  @Field(() => Int)
  openMatters!: number;
}

@ObjectType('Dashboard', { description: 'Where the process stands at `asOf`, at a glance.' })
export class Dashboard {
  @Field(() => GraphQLISODateTime)
  asOf!: Date;

  @Field(() => Int)
  totalMatters!: number;

  @Field(() => Int, { description: 'Matters still to decide (deferred ones included).' })
  openMatters!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Mean readiness of every matter not withdrawn, 0 to 100: decided ones count as they were decided.',
  })
  readiness!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Mean readiness of the matters still open (deferred ones included), 0 to 100; null when none is.',
  })
  openReadiness!: number | null;

  @Field(() => MilestoneEntity, {
    nullable: true,
    description: 'The next milestone to start after `asOf` (not cancelled).',
  })
  nextMilestone!: MilestoneEntity | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days from `asOf` to the next milestone, in its time zone.',
  })
  daysToNextMilestone!: number | null;

  @Field(() => MilestoneEntity, { nullable: true })
  decisionDeadline!: MilestoneEntity | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days to the decision deadline; negative once it has passed.',
  })
  daysToDecisionDeadline!: number | null;

  @Field(() => [StatusCount], { description: 'Every status, with zeros.' })
  byStatus!: StatusCount[];

  @Field(() => [HealthCount], { description: 'Open matters by health, with zeros.' })
  byHealth!: HealthCount[];

  @Field(() => [MilestoneReadiness], { description: 'Milestones that matters are due at, in date order.' })
  milestones!: MilestoneReadiness[];
}

@ObjectType({ description: 'Readiness at one instant of a series: what the dashboard at that instant says.' })
export class ReadinessPoint {
  @Field(() => GraphQLISODateTime)
  asOf!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Mean readiness of every matter not withdrawn, 0 to 100; null before there were any.',
  })
  readiness!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Mean readiness of the matters still open (deferred ones included); null when none is.',
  })
  openReadiness!: number | null;

  @Field(() => [MilestoneReadiness], {
    description: 'Milestones that matters were due at then, in date order.',
  })
  milestones!: MilestoneReadiness[];
}
