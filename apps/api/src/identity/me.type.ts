import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Capacity, Confidentiality } from '@prepcom/domain';
import { ParticipantEntity } from '../participant/participant.entity';
import { AccountEntity } from '../auth/account.entity';

registerEnumType(Capacity, { name: 'Capacity', description: 'What a signed-in person can act as today.' });
registerEnumType(Confidentiality, {
  name: 'Confidentiality',
  description: 'Who may see a record, from the narrowest audience (CO_CHAIRS) to everyone (PUBLIC).',
});

@ObjectType({ description: 'The person making the request and what they may do today.' })
export class Me {
  @Field(() => AccountEntity, { nullable: true, description: 'Null for a visitor who is not signed in.' })
  account!: AccountEntity | null;

  @Field(() => ParticipantEntity, { nullable: true })
  participant!: ParticipantEntity | null;

  @Field(() => [Capacity], {
    description: 'From the role terms the participant holds today and the account role.',
  })
  capacities!: Capacity[];

  @Field(() => Confidentiality, { description: 'The narrowest audience whose records this person may read.' })
  clearance!: Confidentiality;

  @Field(() => [String], {
    description:
      "The permissions these capacities give today (packages/domain's PERMISSIONS, e.g. account.manage): what a screen may offer. The server checks each operation again.",
  })
  permissions!: string[];
}
