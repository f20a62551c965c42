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
  description:
    'Invites a person to act for a participant: the one-time link is emailed to them, in their language.',
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

  @Field(() => String, {
    nullable: true,
    description: 'en, fr or es: the language of the invitation and of later emails; en when left out.',
  })
  @IsOptional()
  @ShortText()
  language?: string;
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
  description:
    'A one-time link, emailed to the account holder and shown to whoever made it (to pass on if the email is lost).',
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
