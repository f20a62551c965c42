import { Client } from 'pg';
import { addDays, localDate } from '@prepcom/domain';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const ME = `{ me { capacities clearance } }`;
const CREATE_TERM = `mutation ($input: CreateRoleTermInput!) { createRoleTerm(input: $input) { id } }`;
const UPDATE_TERM = `mutation ($input: UpdateRoleTermInput!) { updateRoleTerm(input: $input) { id } }`;
const INVITE = `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { path account { accountRole } } }`;
const ACCEPT = `mutation ($input: SetPasswordWithTokenInput!) { acceptInvitation(input: $input) { capacities } }`;

/** Nobody gives more than they hold: role terms and accounts are grants of powers, clearance and a voice. */
describe('no escalation through role terms or invitations', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let db: Client;
  const today = localDate(new Date(), 'UTC');

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    db = new Client({ connectionString: t.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const term = (participantId: string, role: string) => ({
    participantId,
    role,
    body: 'Standing Committee',
    startsOn: addDays(today, -1),
  });

  it('refuses the support unit a Co-Chair or President term, for itself or anyone, and keeps its powers', async () => {
    for (const [participantId, role] of [
      [accounts.participantId.supportUnit, 'CO_CHAIR'],
      [accounts.participantId.stateParty, 'CO_CHAIR'],
      [accounts.participantId.supportUnit, 'PRESIDENT'],
      [accounts.participantId.stateParty, 'PRESIDENT_DESIGNATE'],
    ] as const) {
      const refused = await t.gql(
        CREATE_TERM,
        { input: term(participantId, role) },
        { cookie: accounts.cookie.supportUnit },
      );
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    }
    const me = await t.gql<{ me: { capacities: string[]; clearance: string } }>(
      ME,
      {},
      { cookie: accounts.cookie.supportUnit },
    );
    expect(me.data!.me).toEqual({
      capacities: ['SUPPORT_UNIT', 'OBSERVER'],
      clearance: 'COORDINATING_COMMITTEE',
    });

    const rapporteur = await t.gql(
      CREATE_TERM,
      { input: term(accounts.participantId.stateParty, 'CO_RAPPORTEUR') },
      { cookie: accounts.cookie.supportUnit },
    );
    expect(rapporteur.errors).toBeUndefined();
    const byAdministrator = await t.gql(
      CREATE_TERM,
      { input: term(accounts.participantId.stateParty, 'CO_CHAIR') },
      { cookie: accounts.cookie.administrator },
    );
    expect(byAdministrator.errors).toBeUndefined();
  });

  it("refuses the support unit a change to a Co-Chair's term, which would give or take powers", async () => {
    const { rows } = await db.query<{ id: string; version: number }>(
      `SELECT id, version FROM role_term WHERE participant_id = $1 AND role = 'CO_CHAIR'`,
      [accounts.participantId.coChair],
    );
    const refused = await t.gql(
      UPDATE_TERM,
      { input: { id: rows[0]!.id, expectedVersion: rows[0]!.version, endsOn: addDays(today, 3000) } },
      { cookie: accounts.cookie.supportUnit },
    );
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
  });

  async function invite(cookie: string | null, input: Record<string, unknown>) {
    return t.gql<{ inviteAccount: { path: string; account: { accountRole: string } } }>(
      INVITE,
      { input },
      { cookie },
    );
  }

  const tokenOf = (path: string) => new URL(path, 'http://x').searchParams.get('token')!;

  it("lets a Co-Chair invite only their own delegation's delegates, never the support unit's or another State's", async () => {
    for (const participantId of [accounts.participantId.supportUnit, accounts.participantId.stateParty]) {
      const refused = await invite(accounts.cookie.coChair, {
        email: `someone.${participantId}@test.example`,
        displayName: 'Someone',
        participantId,
      });
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'participantId' });
    }
    const own = await invite(accounts.cookie.coChair, {
      email: 'colleague@test.example',
      displayName: 'Colleague',
    });
    const accepted = await t.gql<{ acceptInvitation: { capacities: string[] } }>(ACCEPT, {
      input: { token: tokenOf(own.data!.inviteAccount.path), password: 'a perfectly good password' },
    });
    expect(accepted.data!.acceptInvitation.capacities).toEqual(['CO_CHAIR', 'STATE_PARTY']);

    const administrator = await invite(accounts.cookie.administrator, {
      email: 'party.delegate@test.example',
      displayName: 'Party delegate',
      participantId: accounts.participantId.stateParty,
    });
    expect(administrator.errors).toBeUndefined();
  });

  it("does not let a Co-Chair take over an administrator's pending invitation, nor keep its link alive", async () => {
    const email = 'future.admin@test.example';
    const first = await invite(accounts.cookie.administrator, {
      email,
      displayName: 'Future administrator',
      accountRole: 'ADMINISTRATOR',
    });
    const takeover = await invite(accounts.cookie.coChair, { email, displayName: 'Mine now' });
    expect(takeover.errors![0]!.extensions.code).toBe('FORBIDDEN');

    // A renewal by someone allowed to make it ends the earlier link.
    const renewed = await invite(accounts.cookie.administrator, {
      email,
      displayName: 'Future administrator',
      accountRole: 'ADMINISTRATOR',
    });
    const old = await t.gql(ACCEPT, {
      input: { token: tokenOf(first.data!.inviteAccount.path), password: 'a perfectly good password' },
    });
    expect(old.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    const fresh = await t.gql<{ acceptInvitation: { capacities: string[] } }>(ACCEPT, {
      input: { token: tokenOf(renewed.data!.inviteAccount.path), password: 'a perfectly good password' },
    });
    expect(fresh.data!.acceptInvitation.capacities).toEqual(['ADMINISTRATOR']);
  });

  it("ends a Co-Chair's earlier link when they invite the same colleague again", async () => {
    const email = 'second.colleague@test.example';
    const first = await invite(accounts.cookie.coChair, { email, displayName: 'Second colleague' });
    const second = await invite(accounts.cookie.coChair, { email, displayName: 'Second colleague' });
    const old = await t.gql(ACCEPT, {
      input: { token: tokenOf(first.data!.inviteAccount.path), password: 'a perfectly good password' },
    });
    expect(old.errors![0]!.extensions.field).toBe('token');
    const fresh = await t.gql(ACCEPT, {
      input: { token: tokenOf(second.data!.inviteAccount.path), password: 'a perfectly good password' },
    });
    expect(fresh.errors).toBeUndefined();
  });

  it('puts account creation and role changes in the audit trail', async () => {
    const email = 'audited@test.example';
    await invite(accounts.cookie.administrator, {
      email,
      displayName: 'Audited',
      participantId: accounts.participantId.observer,
    });
    await invite(accounts.cookie.administrator, {
      email,
      displayName: 'Audited',
      accountRole: 'ADMINISTRATOR',
    });
    const { rows } = await db.query<{
      action: string;
      field: string;
      old_value: unknown;
      new_value: unknown;
      account_id: string;
    }>(
      `SELECT e.action, e.field, e.old_value, e.new_value, e.account_id FROM audit_event e
        JOIN account a ON a.id = e.entity_id
       WHERE e.entity_type = 'account' AND a.email = $1 AND e.field IN ('accountRole', 'participantId', 'email')
       ORDER BY e.id`,
      [email],
    );
    expect(rows).toEqual([
      expect.objectContaining({ action: 'CREATE', field: 'email', new_value: email }),
      expect.objectContaining({
        action: 'CREATE',
        field: 'participantId',
        new_value: accounts.participantId.observer,
      }),
      expect.objectContaining({ action: 'CREATE', field: 'accountRole', new_value: 'DELEGATE' }),
      expect.objectContaining({
        action: 'UPDATE',
        field: 'participantId',
        old_value: accounts.participantId.observer,
        new_value: null,
      }),
      expect.objectContaining({
        action: 'UPDATE',
        field: 'accountRole',
        old_value: 'DELEGATE',
        new_value: 'ADMINISTRATOR',
      }),
    ]);
    expect(new Set(rows.map((row) => row.account_id))).toEqual(new Set([accounts.accountId.administrator]));
  });
});
