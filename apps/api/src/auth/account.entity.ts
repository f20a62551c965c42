import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AccountRole } from '@prepcom/domain';

registerEnumType(AccountRole, {
  name: 'AccountRole',
  description: "An account's own role; powers in the process come from its participant's role terms.",
});

/** A person who signs in, acting for a participant (a Permanent Mission, an organisation, the secretariat). */
@ObjectType('Account')
@Entity('account')
export class AccountEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('text')
  email!: string;

  /** argon2id; null until the invitation is accepted. */
  @Column('text', { nullable: true, select: true })
  passwordHash!: string | null;

  @Field()
  @Column('text')
  displayName!: string;

  @Column('uuid', { nullable: true })
  participantId!: string | null;

  @Field(() => AccountRole)
  @Column('text')
  accountRole!: AccountRole;

  @Column('timestamptz', { nullable: true })
  disabledAt!: Date | null;

  @Field({ description: 'en, fr or es: the language of the notifications this person receives.' })
  @Column('text')
  language!: string;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
