import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { stableId } from './stable-id';

interface SampleAccount {
  email: string;
  displayName: string;
  /** Seed key of the participant the account acts for; none for the administrator. */
  participantKey: string | null;
  accountRole: 'ADMINISTRATOR' | 'DELEGATE';
  what: string;
}

/**
 * People to sign in as on a local start. The sample process is history (every term but the support unit's ended
 * in 2004), so today these are an administrator, the support unit, a State Party and an observer.
 */
const SAMPLE_ACCOUNTS: SampleAccount[] = [
  {
    email: 'admin@prepcom.local',
    displayName: 'Administrator',
    participantKey: null,
    accountRole: 'ADMINISTRATOR',
    what: 'administrator',
  },
  {
    email: 'isu@prepcom.local',
    displayName: 'Implementation Support Unit',
    participantKey: 'org-isu',
    accountRole: 'DELEGATE',
    what: 'support unit',
  },
  {
    email: 'norway@prepcom.local',
    displayName: 'Delegate of Norway',
    participantKey: 'state-nor',
    accountRole: 'DELEGATE',
    what: 'State Party',
  },
  {
    email: 'icbl@prepcom.local',
    displayName: 'ICBL representative',
    participantKey: 'org-icbl',
    accountRole: 'DELEGATE',
    what: 'observer',
  },
];

export interface PrintedAccount {
  email: string;
  password: string;
  what: string;
}

/**
 * Creates the sample accounts if missing and gives each a fresh random password, returned to be printed to the
 * person who started the product (only `npm start` calls this; production never does).
 */
export async function resetSampleAccounts(url: string): Promise<PrintedAccount[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const printed: PrintedAccount[] = [];
    for (const account of SAMPLE_ACCOUNTS) {
      const password = randomBytes(9).toString('base64url');
      await db.query(
        `INSERT INTO account (email, password_hash, display_name, participant_id, account_role)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (lower(email)) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
        [
          account.email,
          await hash(password),
          account.displayName,
          account.participantKey ? stableId(`participant:${account.participantKey}`) : null,
          account.accountRole,
        ],
      );
      printed.push({ email: account.email, password, what: account.what });
    }
    return printed;
  } finally {
    await db.end();
  }
}
