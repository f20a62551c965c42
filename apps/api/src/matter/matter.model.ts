import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Confidentiality, MatterStatus } from '@prepcom/domain';
import type { MatterState, ProcessSnapshot } from '../assessment/process-snapshot';

/**
 * A matter as it stood at `asOf` (now, unless the query asked for another instant). Built from a process snapshot,
 * whose state the field resolvers read without querying again.
 */
@ObjectType('Matter', { description: 'A decision to take by a milestone.' })
export class Matter {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => MatterStatus, { description: 'The workflow status at `asOf`.' })
  status!: MatterStatus;

  @Field(() => Confidentiality)
  confidentiality!: Confidentiality;

  @Field({ description: 'Whether States not parties and organisations may give views on it.' })
  observersMayGiveViews!: boolean;

  @Field(() => Int, { description: 'The current version; send it back as expectedVersion when editing.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'The instant this matter is read at.' })
  asOf!: Date;

  state!: MatterState;
  snapshot!: ProcessSnapshot;

  static of(state: MatterState, snapshot: ProcessSnapshot): Matter {
    return Object.assign(new Matter(), {
      id: state.matter.id,
      title: state.matter.title,
      description: state.matter.description,
      status: state.status,
      confidentiality: state.matter.confidentiality,
      observersMayGiveViews: state.matter.observersMayGiveViews,
      version: state.matter.version,
      asOf: snapshot.asOf,
      state,
      snapshot,
    });
  }
}
