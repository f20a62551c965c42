import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { addDays, localDate } from '@prepcom/domain';
import type { GraphQLClient } from './test-app';

/** Every kind of person the permission matrix distinguishes. */
export const ROLES = [
  'anonymous',
  'administrator',
  'coChair',
  'presidency',
  'incomingPresidency',
  'supportUnit',
  'stateParty',
  'observer',
] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD = 'a long enough test password';

export interface RoleAccounts {
  cookie: Record<Role, string | null>;
  participantId: Record<Exclude<Role, 'anonymous' | 'administrator'>, string>;
  accountId: Record<Exclude<Role, 'anonymous'>, string>;
}

/**
 * Participants, role terms running today and one signed-in account per role, on the test app's own database.
 * Terms are relative to today, so the powers are today's; `coChairTermEnds` lets a test end a term early.
 */
export async function createRoleAccounts(
  t: GraphQLClient,
  options: { coChairTermEnds?: string } = {},
): Promise<RoleAccounts> {
  const today = localDate(new Date(), 'UTC');
  const day = (offset: number) => addDays(today, offset);
  const db = new Client({ connectionString: t.database.url });
  await db.connect();
  try {
    const participant = async (name: string, iso3: string | null, party: boolean, organisation = false) => {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO participant (kind, name, iso3, organisation_type, became_party_on)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          organisation ? 'ORGANISATION' : 'STATE',
          name,
          iso3,
          organisation ? 'SECRETARIAT' : null,
          party ? '1999-03-01' : null,
        ],
      );
      return rows[0]!.id;
    };
    const participantId = {
      coChair: await participant('Co-Chair State', 'CCS', true),
      presidency: await participant('Presiding State', 'PRS', true),
      incomingPresidency: await participant('Incoming State', 'INS', true),
      supportUnit: await participant('Support Unit', null, false, true),
      stateParty: await participant('Party State', 'PTS', true),
      observer: await participant('Observer State', 'OBS', false),
    };
    const term = (who: string, role: string, startsOn: string, endsOn: string | null) =>
      db.query(
        `INSERT INTO role_term (participant_id, role, body, starts_on, ends_on) VALUES ($1, $2, 'Test body', $3, $4)`,
        [who, role, startsOn, endsOn],
      );
    await term(participantId.coChair, 'CO_CHAIR', day(-30), options.coChairTermEnds ?? day(300));
    await term(participantId.presidency, 'PRESIDENT', day(-100), day(100));
    await term(participantId.incomingPresidency, 'PRESIDENT', day(100), day(400));
    await term(participantId.supportUnit, 'SUPPORT_UNIT', day(-1000), null);

    const passwordHash = await hash(PASSWORD);
    const account = async (email: string, role: string, participant: string | null) => {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO account (email, password_hash, display_name, participant_id, account_role)
         VALUES ($1, $2, $1, $3, $4) RETURNING id`,
        [email, passwordHash, participant, role],
      );
      return rows[0]!.id;
    };
    const accountId = {
      administrator: await account('admin@test.example', 'ADMINISTRATOR', null),
      coChair: await account('cochair@test.example', 'DELEGATE', participantId.coChair),
      presidency: await account('president@test.example', 'DELEGATE', participantId.presidency),
      incomingPresidency: await account(
        'incoming@test.example',
        'DELEGATE',
        participantId.incomingPresidency,
      ),
      supportUnit: await account('isu@test.example', 'DELEGATE', participantId.supportUnit),
      stateParty: await account('party@test.example', 'DELEGATE', participantId.stateParty),
      observer: await account('observer@test.example', 'DELEGATE', participantId.observer),
    };
    const cookie = { anonymous: null } as Record<Role, string | null>;
    for (const role of ROLES.filter((role) => role !== 'anonymous')) {
      cookie[role] = await signIn(t, `${role === 'administrator' ? 'admin' : emailName(role)}@test.example`);
    }
    return { cookie, participantId, accountId };
  } finally {
    await db.end();
  }
}

function emailName(role: Role): string {
  return {
    coChair: 'cochair',
    presidency: 'president',
    incomingPresidency: 'incoming',
    supportUnit: 'isu',
    stateParty: 'party',
    observer: 'observer',
  }[role as 'coChair'];
}

/**
 * A second person of a delegation, signed in: the one who acts when a test watches what the role's own account is
 * told (nobody is told of their own changes). Made once per database and email.
 */
export async function colleagueCookie(t: GraphQLClient, db: Client, participantId: string, email: string) {
  await db.query(
    `INSERT INTO account (email, password_hash, display_name, participant_id, account_role)
     VALUES ($1, $2, $1, $3, 'DELEGATE') ON CONFLICT ((lower(email))) DO NOTHING`,
    [email, await hash(PASSWORD), participantId],
  );
  return signIn(t, email);
}

/** Signs in through the API and returns the session cookie as a browser would send it back. */
export async function signIn(t: GraphQLClient, email: string, password = PASSWORD): Promise<string> {
  const response = await t.gql(`mutation ($input: SignInInput!) { signIn(input: $input) { capacities } }`, {
    input: { email, password },
  });
  if (response.errors) throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(response.errors)}`);
  const session = response.setCookie.find((cookie) => cookie.startsWith('prepcom_session='));
  if (!session) throw new Error(`Sign-in of ${email} set no session cookie`);
  return session.split(';')[0]!;
}
