import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ViewTally')
export class ViewTallyType {
  @Field(() => Int, {
    description: 'States Parties (at the time) that have given any view on the matter or its options.',
  })
  statePartiesWithView!: number;

  @Field(() => Int, {
    description: 'States Parties whose latest view on the matter as a whole is an objection.',
  })
  statePartiesObjecting!: number;
}
