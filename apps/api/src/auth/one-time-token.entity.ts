import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const TokenPurpose = { INVITATION: 'INVITATION', PASSWORD_RESET: 'PASSWORD_RESET' } as const;
export type TokenPurpose = (typeof TokenPurpose)[keyof typeof TokenPurpose];

const LINK_PATH: Record<TokenPurpose, string> = {
  INVITATION: '/accept-invitation',
  PASSWORD_RESET: '/reset-password',
};

/** Where a link opens in the dashboard, token included. */
export const linkPath = (purpose: TokenPurpose, token: string) =>
  `${LINK_PATH[purpose]}?token=${encodeURIComponent(token)}`;

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

  /**
   * The token itself, only until its email is accepted by the mail server (or the link is used or replaced): the
   * worker writes the link into the email from it. Never selected unless asked for.
   */
  @Column('text', { nullable: true, select: false })
  mailToken!: string | null;
}
