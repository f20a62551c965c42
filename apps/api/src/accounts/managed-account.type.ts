import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccountRole } from '@prepcom/domain';
import { ParticipantEntity } from '../participant/participant.entity';

export const AccountStatus = {
  /** Invited; no password chosen yet. */
  INVITED: 'INVITED',
  ACTIVE: 'ACTIVE',
  /** Cannot sign in; its sessions and links ended when it was disabled. */
  DISABLED: 'DISABLED',
} as const;
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];
registerEnumType(AccountStatus, { name: 'AccountStatus', description: 'Whether an account can be used.' });

@ObjectType({ description: 'An account as those who manage accounts see it.' })
export class ManagedAccount {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => AccountRole)
  accountRole!: AccountRole;

  @Field({ description: 'en, fr or es: the language of its emails.' })
  language!: string;

  @Field(() => ParticipantEntity, {
    nullable: true,
    description: 'Whom it acts for; none for an administrator.',
  })
  participant!: ParticipantEntity | null;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it last signed in (or accepted a link).',
  })
  lastSignedInAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Until when its unused invitation link works; null when none does (accepted, or expired).',
  })
  invitationExpiresAt!: Date | null;
}
