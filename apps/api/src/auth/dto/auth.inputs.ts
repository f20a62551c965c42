import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsUUID } from 'class-validator';
import { AccountRole } from '@prepcom/domain';
import { AccountEntity } from '../account.entity';
import { ShortText } from '../../common/input/text-limit';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address.' })
  @ShortText()
  email!: string;

  @Field()
  @ShortText()
  password!: string;
}

@InputType({
  description: 'Invites a person to act for a participant; the answer carries the one-time link.',
})
export class InviteAccountInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address.' })
  @ShortText()
  email!: string;

  @Field()
  @ShortText()
  displayName!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The participant the person acts for; none for an administrator.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'participantId must be a participant id.' })
  participantId?: string;

  @Field(() => AccountRole, {
    nullable: true,
    description: 'DELEGATE when left out; only administrators invite administrators.',
  })
  accountRole?: AccountRole;
}

@InputType({
  description: 'Uses a one-time link (invitation or password reset) to set a password, and signs in.',
})
export class SetPasswordWithTokenInput {
  @Field()
  @ShortText()
  token!: string;

  @Field()
  @ShortText()
  password!: string;
}

@ObjectType({
  description: 'A one-time link: until notifications are sent by email, it is handed to whoever made it.',
})
export class OneTimeLink {
  @Field(() => AccountEntity)
  account!: AccountEntity;

  @Field({
    description: 'Path with the token, e.g. /accept-invitation?token=…; valid once, until expiresAt.',
  })
  path!: string;

  @Field()
  expiresAt!: Date;
}
