import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Health, MatterStatus } from '@prepcom/domain';

@ObjectType('MatterChanges', {
  description:
    'What changed in one matter over a period, from the audit trail as the reader may read it, with its status, ' +
    'readiness and health at the start and the end of the period.',
})
export class MatterChanges {
  @Field(() => ID)
  matterId!: string;

  @Field({ description: 'Its title now.' })
  title!: string;

  @Field({ description: 'Created during the period.' })
  created!: boolean;

  @Field(() => MatterStatus, { nullable: true, description: 'Null when it was created during the period.' })
  statusFrom!: MatterStatus | null;

  @Field(() => MatterStatus)
  statusTo!: MatterStatus;

  @Field(() => Int, { nullable: true })
  readinessFrom!: number | null;

  @Field(() => Int)
  readinessTo!: number;

  @Field(() => Health, { nullable: true })
  healthFrom!: Health | null;

  @Field(() => Health, { nullable: true, description: 'Null once the matter is closed.' })
  healthTo!: Health | null;

  @Field(() => Int, { description: 'Views given or changed (each view once).' })
  views!: number;

  @Field(() => Int, { description: 'Options tabled, edited or moved (each option once).' })
  options!: number;

  @Field(() => Int, { description: 'Actions created, edited or moved (each action once).' })
  actions!: number;

  @Field({
    description: "The matter's own text (title, description, outcome, tier, deciding milestone) changed.",
  })
  edited!: boolean;

  @Field(() => GraphQLISODateTime)
  lastChangedAt!: Date;
}
