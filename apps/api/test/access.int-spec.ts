import { addDays, localDate } from '@prepcom/domain';
import {
  createRoleAccounts,
  PASSWORD,
  ROLES,
  signIn,
  type Role,
  type RoleAccounts,
} from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const ME = `{ me { account { email } capacities clearance } }`;
const CREATE_MATTER = `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id } }`;

describe('accounts and sessions', () => {
  let t: TestApp;
  let accounts: RoleAccounts;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
  });

  afterAll(() => t.close());

  it('signs in with a session cookie that scripts cannot read, and signs out for good', async () => {
    const wrong = await t.gql(
      `mutation { signIn(input: { email: "party@test.example", password: "not it at all" }) { clearance } }`,
    );
    expect(wrong.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.setCookie).toEqual([]);

    const response = await t.gql(`mutation ($input: SignInInput!) { signIn(input: $input) { capacities } }`, {
      input: { email: 'PARTY@test.example', password: PASSWORD },
    });
    const cookie = response.setCookie.find((c) => c.startsWith('prepcom_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    const session = cookie.split(';')[0]!;
    const me = await t.gql<{ me: { capacities: string[]; clearance: string } }>(ME, {}, { cookie: session });
    expect(me.data!.me).toMatchObject({ capacities: ['STATE_PARTY'], clearance: 'STATES_PARTIES' });

    const out = await t.gql(`mutation { signOut }`, {}, { cookie: session });
    expect(out.setCookie.join()).toMatch(/prepcom_session=;/);
    const after = await t.gql<{ me: { account: null; clearance: string } }>(ME, {}, { cookie: session });
    expect(after.data!.me).toMatchObject({ account: null, clearance: 'PUBLIC' });
  });

  it('invites a delegate through a one-time link that works once', async () => {
    const invitation = await t.gql<{ inviteAccount: { path: string } }>(
      `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { path expiresAt } }`,
      {
        input: {
          email: 'new.delegate@test.example',
          displayName: 'New delegate',
          participantId: accounts.participantId.stateParty,
        },
      },
      { cookie: accounts.cookie.administrator },
    );
    const token = new URL(invitation.data!.inviteAccount.path, 'http://x').searchParams.get('token')!;
    const accept = `mutation ($input: SetPasswordWithTokenInput!) { acceptInvitation(input: $input) { account { email } capacities } }`;

    const short = await t.gql(accept, { input: { token, password: 'short' } });
    expect(short.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

    const accepted = await t.gql<{ acceptInvitation: { capacities: string[] } }>(accept, {
      input: { token, password: 'a perfectly good password' },
    });
    expect(accepted.data!.acceptInvitation.capacities).toEqual(['STATE_PARTY']);
    expect(accepted.setCookie.join()).toMatch(/prepcom_session=/);

    const again = await t.gql(accept, { input: { token, password: 'another good password' } });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    await signIn(t, 'new.delegate@test.example', 'a perfectly good password');

    const escalation = await t.gql(
      `mutation { inviteAccount(input: { email: "boss@test.example", displayName: "Boss", accountRole: ADMINISTRATOR }) { path } }`,
      {},
      { cookie: accounts.cookie.coChair },
    );
    expect(escalation.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('resets a password through a link an administrator makes, ending the old sessions', async () => {
    const old = await signIn(t, 'observer@test.example');
    const link = await t.gql<{ createPasswordResetLink: { path: string } }>(
      `mutation ($id: ID!) { createPasswordResetLink(accountId: $id) { path } }`,
      { id: accounts.accountId.observer },
      { cookie: accounts.cookie.administrator },
    );
    const token = new URL(link.data!.createPasswordResetLink.path, 'http://x').searchParams.get('token')!;
    await t.gql(
      `mutation ($input: SetPasswordWithTokenInput!) { resetPassword(input: $input) { clearance } }`,
      {
        input: { token, password: 'a brand new long password' },
      },
    );
    const stale = await t.gql<{ me: { account: null } }>(ME, {}, { cookie: old });
    expect(stale.data!.me.account).toBeNull();
    await signIn(t, 'observer@test.example', 'a brand new long password');
    const asked = await t.gql<{ requestPasswordReset: boolean }>(
      `mutation { requestPasswordReset(email: "nobody@nowhere.example") }`,
    );
    expect(asked.data!.requestPasswordReset).toBe(true);
  });
});

describe('powers follow the role terms of the day', () => {
  it("takes a Co-Chair's powers away the day after the term ends", async () => {
    const t = await startTestApp();
    try {
      const yesterday = addDays(localDate(new Date(), 'UTC'), -1);
      const accounts = await createRoleAccounts(t, { coChairTermEnds: yesterday });
      const me = await t.gql<{ me: { capacities: string[] } }>(ME, {}, { cookie: accounts.cookie.coChair });
      expect(me.data!.me.capacities).toEqual(['STATE_PARTY']);
      const { processId, fifthId } = await createProcessWithMeetings(t, {
        ...accounts,
        cookie: { ...accounts.cookie, coChair: accounts.cookie.presidency },
      });
      const refused = await t.gql(
        CREATE_MATTER,
        { input: { processId, title: 'Too late', decidingMilestoneId: fifthId } },
        { cookie: accounts.cookie.coChair },
      );
      expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
    } finally {
      await t.close();
    }
  });
});

describe('narrower rules and confidentiality', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  const matterIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
    for (const tier of ['CO_CHAIRS', 'COORDINATING_COMMITTEE', 'STATES_PARTIES', 'OBSERVERS', 'PUBLIC']) {
      const matter = await mutate<{ id: string }>(
        t,
        CREATE_MATTER,
        {
          processId: ids.processId,
          title: `A ${tier} matter`,
          decidingMilestoneId: ids.fifthId,
          confidentiality: tier,
          observersMayGiveViews: tier === 'PUBLIC',
        },
        accounts.cookie.coChair,
      );
      matterIds[tier] = matter.id;
    }
  });

  afterAll(() => t.close());

  const VISIBLE: Record<Role, string[]> = {
    anonymous: ['PUBLIC'],
    observer: ['OBSERVERS', 'PUBLIC'],
    stateParty: ['STATES_PARTIES', 'OBSERVERS', 'PUBLIC'],
    presidency: ['COORDINATING_COMMITTEE', 'STATES_PARTIES', 'OBSERVERS', 'PUBLIC'],
    incomingPresidency: ['COORDINATING_COMMITTEE', 'STATES_PARTIES', 'OBSERVERS', 'PUBLIC'],
    supportUnit: ['COORDINATING_COMMITTEE', 'STATES_PARTIES', 'OBSERVERS', 'PUBLIC'],
    coChair: ['CO_CHAIRS', 'COORDINATING_COMMITTEE', 'STATES_PARTIES', 'OBSERVERS', 'PUBLIC'],
    administrator: ['CO_CHAIRS', 'COORDINATING_COMMITTEE', 'STATES_PARTIES', 'OBSERVERS', 'PUBLIC'],
  };

  for (const role of ROLES) {
    it(`shows ${role} exactly the matters cleared for them, in lists, counts and lookups`, async () => {
      const { data } = await t.gql<{
        process: {
          matters: { totalCount: number; edges: { node: { title: string } }[] };
          dashboard: { totalMatters: number };
        };
      }>(
        `query ($id: ID!) { process(id: $id) { matters { totalCount edges { node { title } } } dashboard { totalMatters } } }`,
        { id: ids.processId },
        { cookie: accounts.cookie[role] },
      );
      const expected = VISIBLE[role].map((tier) => `A ${tier} matter`).sort();
      expect(data!.process.matters.edges.map((edge) => edge.node.title).sort()).toEqual(expected);
      expect(data!.process.matters.totalCount).toBe(expected.length);
      expect(data!.process.dashboard.totalMatters).toBe(expected.length);

      for (const [tier, id] of Object.entries(matterIds)) {
        const lookup = await t.gql(
          `query ($id: ID!) { matter(id: $id) { title } }`,
          { id },
          { cookie: accounts.cookie[role] },
        );
        if (VISIBLE[role].includes(tier)) expect(lookup.errors).toBeUndefined();
        else expect(lookup.errors![0]!.message).toBe(`No matter has the id "${id}".`);
      }
    });
  }

  it('lets only the Co-Chairs take a decision, not the support unit', async () => {
    const move = `mutation ($input: MoveMatterInput!) { moveMatter(input: $input) { status } }`;
    const input = { matterId: matterIds.PUBLIC, to: 'WITHDRAWN', note: 'No longer needed' };
    const bySupportUnit = await t.gql(move, { input }, { cookie: accounts.cookie.supportUnit });
    expect(bySupportUnit.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const hidden = await t.gql(
      move,
      { input: { ...input, matterId: matterIds.CO_CHAIRS, to: 'OPTIONS_DEVELOPING' } },
      { cookie: accounts.cookie.supportUnit },
    );
    expect(hidden.errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it("lets delegates give their own State's views only, and observers only where a matter is open to them", async () => {
    const create = `mutation ($input: CreateViewInput!) { createView(input: $input) { position participant { name } } }`;
    const own = await t.gql(
      create,
      {
        input: {
          participantId: accounts.participantId.stateParty,
          matterId: matterIds.STATES_PARTIES,
          position: 'SUPPORTS',
        },
      },
      { cookie: accounts.cookie.stateParty },
    );
    expect(own.errors).toBeUndefined();
    const other = await t.gql(
      create,
      {
        input: {
          participantId: accounts.participantId.coChair,
          matterId: matterIds.STATES_PARTIES,
          position: 'OBJECTS',
        },
      },
      { cookie: accounts.cookie.stateParty },
    );
    expect(other.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const closed = await t.gql(
      create,
      {
        input: {
          participantId: accounts.participantId.observer,
          matterId: matterIds.OBSERVERS,
          position: 'SUPPORTS',
        },
      },
      { cookie: accounts.cookie.observer },
    );
    expect(closed.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const open = await t.gql(
      create,
      {
        input: {
          participantId: accounts.participantId.observer,
          matterId: matterIds.PUBLIC,
          position: 'COMMENT',
          comment: 'We welcome this.',
        },
      },
      { cookie: accounts.cookie.observer },
    );
    expect(open.errors).toBeUndefined();
  });

  it('lets an owner mark their own action done, and nobody else without the right', async () => {
    const action = await mutate<{ id: string }>(
      t,
      `mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`,
      {
        title: 'Consult the region',
        ownerParticipantId: accounts.participantId.stateParty,
        dueDate: '2003-09-01',
        servesMatterId: matterIds.PUBLIC,
      },
      accounts.cookie.coChair,
    );
    const move = `mutation ($input: MoveActionInput!) { moveAction(input: $input) { status } }`;
    const byObserver = await t.gql(
      move,
      { input: { actionId: action.id, to: 'DONE' } },
      { cookie: accounts.cookie.observer },
    );
    expect(byObserver.errors![0]!.extensions.code).toBe('FORBIDDEN');
    // A stale version tells nobody but those who may move it that it changed, let alone what it now holds.
    const staleByObserver = await t.gql(
      move,
      { input: { actionId: action.id, to: 'DONE', expectedVersion: 99 } },
      { cookie: accounts.cookie.observer },
    );
    expect(staleByObserver.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN' });
    const byOwner = await t.gql<{ moveAction: { status: string } }>(
      move,
      { input: { actionId: action.id, to: 'DONE' } },
      { cookie: accounts.cookie.stateParty },
    );
    expect(byOwner.data!.moveAction.status).toBe('DONE');
  });
});
