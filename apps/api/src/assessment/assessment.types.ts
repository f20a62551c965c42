import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Health } from '@prepcom/domain';
import GraphQLJSON from '../common/graphql/json.scalar';

registerEnumType(Health, {
  name: 'Health',
  description: 'Whether an open matter will be ready by its deciding milestone.',
});

@ObjectType('Reason', { description: 'Something missing or wrong, in words a delegate understands.' })
export class ReasonType {
  @Field({
    description:
      "A stable code, e.g. NO_DRAFT_TEXT: with `params`, the reason in the reader's language through the shared catalogue (@prepcom/texts).",
  })
  code!: string;

  @Field(() => GraphQLJSON, {
    description:
      'What fills the sentence in: titles, days and counts as they are, values of the vocabulary by their code, parts and lists as { code, params }.',
  })
  params!: Record<string, unknown>;

  @Field({ description: 'The reason in English.' })
  message!: string;

  @Field(() => Float, { description: 'Readiness points this costs, to one decimal (0 for health reasons).' })
  points!: number;
}

@ObjectType('Readiness', {
  description: "Derived from the matter's options, actions, dependencies and views; never typed in.",
})
export class ReadinessType {
  @Field(() => Int, { description: '0 to 100.' })
  score!: number;

  @Field(() => [ReasonType])
  reasons!: ReasonType[];
}

@ObjectType('HealthAssessment')
export class HealthAssessmentType {
  @Field(() => Health)
  level!: Health;

  @Field(() => [ReasonType])
  reasons!: ReasonType[];
}
