import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../src/config/app-config';
import { startWorker, type RunningWorker } from '../src/worker/start-worker';
import { createRoleAccounts, PASSWORD, signIn, type RoleAccounts } from './support/accounts';
import { linkIn, subjectOf, textOf } from './support/mail-parts';
import { eventually, startSmtpCatcher, type CaughtEmail } from './support/smtp-catcher';
import { startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PUBLIC_URL = 'https://prepcom.example.org';
const NEW_PASSWORD = 'a brand new long password';

const INVITE = `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { path expiresAt account { id } } }`;
const ACCEPT = `mutation ($input: SetPasswordWithTokenInput!) { acceptInvitation(input: $input) { account { email } capacities } }`;
const RESET = ACCEPT.replace('acceptInvitation', 'resetPassword');
const ME = `{ me { account { email } } }`;
const ACCOUNTS = `{ accounts { totalCount edges { node {
  email displayName accountRole language status lastSignedInAt invitationExpiresAt participant { name }
} } } }`;

interface Listed {
  accounts: {
    totalCount: number;
    edges: {
      node: {
        email: string;
        language: string;
        status: string;
        lastSignedInAt: string | null;
        invitationExpiresAt: string | null;
        participant: { name: string } | null;
      };
    }[];
  };
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

describe('one-time links by email: invitations and password resets', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
  let worker: RunningWorker;
  let db: Client;

  beforeAll(async () => {
    const prefix = `links-${randomBytes(4).toString('hex')}`;
    t = await startTestApp({ env: { QUEUE_PREFIX: prefix } });
    accounts = await createRoleAccounts(t);
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    smtp = await startSmtpCatcher();
    worker = await startWorker(
      loadConfig({ REDIS_URL, QUEUE_PREFIX: prefix, SMTP_URL: smtp.url, PUBLIC_URL }),
      t.database.url,
      { logger: false },
    );
  });

  afterAll(async () => {
    await Promise.all(
      (worker?.pipeline.queues ?? []).map((queue) =>
        queue.obliterate({ force: true }).catch(() => undefined),
      ),
    );
    await worker?.stop();
    await db?.end();
    await smtp?.close();
    await t?.close();
  });

  const emailsTo = (address: string) => smtp.received.filter((mail) => mail.to === address);
  /** The `n`th email (1-based) to an address, once it has arrived. */
  const nthEmailTo = async (address: string, n: number): Promise<CaughtEmail> =>
    (
      await eventually(
        () => emailsTo(address),
        (mails) => mails.length >= n,
      )
    )[n - 1]!;
  const asAdministrator = () => ({ cookie: accounts.cookie.administrator });

  it('emails an invitation in the invitee’s language, naming who invited them and for whom, with a link that works once', async () => {
    const address = 'delegue@test.example';
    const invited = await t.gql<{ inviteAccount: { expiresAt: string; account: { id: string } } }>(
      INVITE,
      { input: { email: address, displayName: 'Délégué', language: 'fr' } },
      { cookie: accounts.cookie.coChair },
    );
    expect(invited.errors).toBeUndefined();
    const mail = await nthEmailTo(address, 1);
    expect(subjectOf(mail.raw)).toBe('Votre compte prepcom pour Co-Chair State');
    expect(textOf(mail.raw)).toContain(
      'cochair@test.example, Co-Chair State vous invite à rejoindre prepcom, pour agir au nom de Co-Chair State.',
    );
    const link = linkIn(mail.raw, `${PUBLIC_URL}/accept-invitation?token=`);

    // The outbox carries ids only, and the token is forgotten once its email is out.
    const { rows: events } = await db.query<{ payload: unknown }>(
      `SELECT payload FROM outbox_event WHERE type = 'ACCOUNT_LINK_ISSUED'`,
    );
    expect(JSON.stringify(events)).not.toContain(tokenOf(link));
    await eventually(
      async () =>
        (
          await db.query(`SELECT 1 FROM one_time_token WHERE account_id = $1 AND mail_token IS NOT NULL`, [
            invited.data!.inviteAccount.account.id,
          ])
        ).rowCount,
      (count) => count === 0,
    );
    // Never in-app: an inbox would keep the token.
    const { rows: inApp } = await db.query(`SELECT 1 FROM notification WHERE account_id = $1`, [
      invited.data!.inviteAccount.account.id,
    ]);
    expect(inApp).toHaveLength(0);

    const accepted = await t.gql<{ acceptInvitation: { account: { email: string }; capacities: string[] } }>(
      ACCEPT,
      { input: { token: tokenOf(link), password: NEW_PASSWORD } },
    );
    expect(accepted.data?.acceptInvitation).toEqual({
      account: { email: address },
      capacities: ['CO_CHAIR', 'STATE_PARTY'],
    });
    const again = await t.gql(ACCEPT, { input: { token: tokenOf(link), password: NEW_PASSWORD } });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(emailsTo(address)).toHaveLength(1);
  });

  it('keeps the links’ lifetimes: an invitation 7 days, a reset 1 hour; an expired link opens nothing', async () => {
    const address = 'late@test.example';
    await t.gql(INVITE, { input: { email: address, displayName: 'Late' } }, asAdministrator());
    const invitation = linkIn((await nthEmailTo(address, 1)).raw, `${PUBLIC_URL}/accept-invitation?token=`);
    await t.gql(ACCEPT, { input: { token: tokenOf(invitation), password: PASSWORD } });
    await t.gql(`mutation { requestPasswordReset(email: "${address}") }`);
    const reset = linkIn((await nthEmailTo(address, 2)).raw, `${PUBLIC_URL}/reset-password?token=`);
    const { rows } = await db.query<{ purpose: string; hours: number }>(
      `SELECT purpose, extract(epoch FROM t.expires_at - t.created_at) / 3600 AS hours
         FROM one_time_token t JOIN account a ON a.id = t.account_id WHERE a.email = $1 ORDER BY t.created_at`,
      [address],
    );
    expect(rows.map((row) => [row.purpose, Number(row.hours)])).toEqual([
      ['INVITATION', 7 * 24],
      ['PASSWORD_RESET', 1],
    ]);
    // The reset link's hour has passed.
    await db.query(
      `UPDATE one_time_token SET expires_at = now() - interval '1 second', created_at = now() - interval '1 hour'
        WHERE purpose = 'PASSWORD_RESET' AND account_id = (SELECT id FROM account WHERE email = $1)`,
      [address],
    );
    const expired = await t.gql(RESET, { input: { token: tokenOf(reset), password: NEW_PASSWORD } });
    expect(expired.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(expired.errors?.[0]?.message).toMatch(/used already or has expired/);
  });

  it('answers a reset request alike whether or not the address has an account, and emails only the account', async () => {
    const ask = (email: string) =>
      t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: {
          query: 'mutation ($email: String!) { requestPasswordReset(email: $email) }',
          variables: { email },
        },
      });
    const known = await ask('party@test.example');
    const unknown = await ask('nobody-here@test.example');
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(JSON.parse(known.body)).toEqual({ data: { requestPasswordReset: true } });

    const mail = await nthEmailTo('party@test.example', 1);
    expect(subjectOf(mail.raw)).toBe('Choose a new prepcom password');
    expect(textOf(mail.raw)).toMatch(
      /Someone, perhaps you, asked for this link .* It works once, until \d{4}-\d\d-\d\d \d\d:\d\d UTC\./,
    );
    const link = linkIn(mail.raw, `${PUBLIC_URL}/reset-password?token=`);
    const reset = await t.gql(RESET, { input: { token: tokenOf(link), password: NEW_PASSWORD } });
    expect(reset.errors).toBeUndefined();
    expect(await signIn(t, 'party@test.example', NEW_PASSWORD)).toMatch(/^prepcom_session=/);
    const twice = await t.gql(RESET, {
      input: { token: tokenOf(link), password: 'yet another long password' },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(emailsTo('nobody-here@test.example')).toHaveLength(0);
  });

  it('lets an administrator resend an invitation (the earlier link ends) and send a reset link', async () => {
    const address = 'resent@test.example';
    const invited = await t.gql<{ inviteAccount: { account: { id: string } } }>(
      INVITE,
      {
        input: {
          email: address,
          displayName: 'Resent',
          participantId: accounts.participantId.observer,
          language: 'es',
        },
      },
      asAdministrator(),
    );
    const id = invited.data!.inviteAccount.account.id;
    const first = linkIn((await nthEmailTo(address, 1)).raw, `${PUBLIC_URL}/accept-invitation?token=`);
    const resent = await t.gql(
      `mutation ($id: ID!) { resendInvitation(accountId: $id) { expiresAt } }`,
      { id },
      asAdministrator(),
    );
    expect(resent.errors).toBeUndefined();
    const second = await nthEmailTo(address, 2);
    expect(subjectOf(second.raw)).toBe('Su cuenta de prepcom para Observer State');
    expect(textOf(second.raw)).toContain(
      'admin@test.example le invita a prepcom, para actuar en nombre de Observer State.',
    );
    const refused = await t.gql(ACCEPT, { input: { token: tokenOf(first), password: PASSWORD } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const secondLink = linkIn(second.raw, `${PUBLIC_URL}/accept-invitation?token=`);
    expect(
      (await t.gql(ACCEPT, { input: { token: tokenOf(secondLink), password: PASSWORD } })).errors,
    ).toBeUndefined();

    // Accepted: a reset link instead, emailed in the person's language.
    const resend = await t.gql(
      `mutation ($id: ID!) { resendInvitation(accountId: $id) { expiresAt } }`,
      { id },
      asAdministrator(),
    );
    expect(resend.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const made = await t.gql(
      `mutation ($id: ID!) { createPasswordResetLink(accountId: $id) { path } }`,
      { id },
      asAdministrator(),
    );
    expect(made.errors).toBeUndefined();
    const reset = await nthEmailTo(address, 3);
    expect(subjectOf(reset.raw)).toBe('Elegir una nueva contraseña de prepcom');
    expect(textOf(reset.raw)).toContain('Un administrador creó este enlace para usted');
  });

  it('ends a disabled account’s sessions at once, and lets it in again once enabled', async () => {
    const cookie = await signIn(t, 'observer@test.example');
    const me = async () =>
      (await t.gql<{ me: { account: { email: string } | null } }>(ME, {}, { cookie })).data!.me;
    expect((await me()).account?.email).toBe('observer@test.example');
    const id = accounts.accountId.observer;
    const disabled = await t.gql<{ disableAccount: { status: string } }>(
      `mutation ($id: ID!) { disableAccount(accountId: $id) { status } }`,
      { id },
      asAdministrator(),
    );
    expect(disabled.data?.disableAccount.status).toBe('DISABLED');
    expect((await me()).account).toBeNull();
    const refused = await t.gql(
      `mutation { signIn(input: { email: "observer@test.example", password: "${PASSWORD}" }) { capacities } }`,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    // No reset link reaches a disabled account, asked for or made.
    await t.gql(`mutation { requestPasswordReset(email: "observer@test.example") }`);
    const made = await t.gql(
      `mutation ($id: ID!) { createPasswordResetLink(accountId: $id) { path } }`,
      { id },
      asAdministrator(),
    );
    expect(made.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Nobody locks themselves out.
    const self = await t.gql(
      `mutation ($id: ID!) { disableAccount(accountId: $id) { status } }`,
      { id: accounts.accountId.administrator },
      asAdministrator(),
    );
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const enabled = await t.gql<{ enableAccount: { status: string } }>(
      `mutation ($id: ID!) { enableAccount(accountId: $id) { status } }`,
      { id },
      asAdministrator(),
    );
    expect(enabled.data?.enableAccount.status).toBe('ACTIVE');
    expect(await signIn(t, 'observer@test.example')).toMatch(/^prepcom_session=/);
    expect(emailsTo('observer@test.example')).toHaveLength(0);
  });

  it('lists accounts with participant, language, status and last sign-in: all for an administrator, their own delegation’s for a Co-Chair', async () => {
    await t.gql(
      INVITE,
      {
        input: {
          email: 'pending@test.example',
          displayName: 'Pending',
          participantId: accounts.participantId.stateParty,
        },
      },
      asAdministrator(),
    );
    const listed = await t.gql<Listed>(ACCOUNTS, {}, asAdministrator());
    const byEmail = new Map(listed.data!.accounts.edges.map(({ node }) => [node.email, node]));
    expect(byEmail.get('pending@test.example')).toMatchObject({
      status: 'INVITED',
      language: 'en',
      lastSignedInAt: null,
      participant: { name: 'Party State' },
    });
    expect(byEmail.get('pending@test.example')!.invitationExpiresAt).not.toBeNull();
    expect(byEmail.get('cochair@test.example')).toMatchObject({
      status: 'ACTIVE',
      participant: { name: 'Co-Chair State' },
    });
    expect(byEmail.get('cochair@test.example')!.lastSignedInAt).not.toBeNull();
    expect(byEmail.get('admin@test.example')!.participant).toBeNull();

    const own = await t.gql<Listed>(ACCOUNTS, {}, { cookie: accounts.cookie.coChair });
    expect(new Set(own.data!.accounts.edges.map(({ node }) => node.participant?.name))).toEqual(
      new Set(['Co-Chair State']),
    );
  });
});
