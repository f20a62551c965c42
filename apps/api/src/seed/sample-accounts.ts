import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { SeedRepository } from './seed.repository';
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
  const seeds = await SeedRepository.connect(url);
  try {
    const printed: PrintedAccount[] = [];
    for (const account of SAMPLE_ACCOUNTS) {
      const password = randomBytes(9).toString('base64url');
      await seeds.resetSampleAccount({
        email: account.email,
        passwordHash: await hash(password),
        displayName: account.displayName,
        participantId: account.participantKey ? stableId(`participant:${account.participantKey}`) : null,
        accountRole: account.accountRole,
      });
      printed.push({ email: account.email, password, what: account.what });
    }
    return printed;
  } finally {
    await seeds.close();
  }
}
