import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const TokenPurpose = { INVITATION: 'INVITATION', PASSWORD_RESET: 'PASSWORD_RESET' } as const;
export type TokenPurpose = (typeof TokenPurpose)[keyof typeof TokenPurpose];

/** An invitation or a password reset link: single use, expiring, stored as a hash. */
@Entity('one_time_token')
export class OneTimeTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('bytea')
  tokenHash!: Buffer;

  @Column('text')
  purpose!: TokenPurpose;

  @Column('uuid')
  accountId!: string;

  @Column('uuid', { nullable: true })
  createdByAccountId!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
