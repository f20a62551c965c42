import { Client } from 'pg';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const RACERS = 8;

/**
 * Every versioned record lets exactly one of several edits made from the same version through, and the audit trail's
 * "from" value is the value that edit really replaced. Eight requests at once on a pool of connections interleave
 * their reads and writes; before each update locked its row and checked the version it wrote over, all eight won.
 */
describe('concurrent edits from the same version', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  let db: Client;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
    db = new Client({ connectionString: t.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await t.close();
  });

  async function race(
    mutation: string,
    input: (i: number) => Record<string, unknown>,
    cookie: string | null,
  ): Promise<number> {
    const answers = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => t.gql(mutation, { input: input(i) }, { cookie })),
    );
    const refused = answers.filter((answer) => answer.errors);
    for (const answer of refused) expect(answer.errors![0]!.extensions.code).toBe('CONFLICT');
    return answers.length - refused.length;
  }

  async function updatesOf(entityId: string, field: string) {
    const { rows } = await db.query<{ old_value: unknown; new_value: unknown }>(
      `SELECT old_value, new_value FROM audit_event WHERE entity_id = $1 AND field = $2 AND action = 'UPDATE'`,
      [entityId, field],
    );
    return rows;
  }

  const cases: {
    name: string;
    create: () => Promise<{ id: string; version: number }>;
    update: string;
    field: string;
    from: string;
    cookie: () => string | null;
  }[] = [
    {
      name: 'participant',
      create: () =>
        mutate(
          t,
          `mutation ($input: CreateParticipantInput!) { createParticipant(input: $input) { id version } }`,
          { kind: 'STATE', name: 'Racing State', iso3: 'RAC' },
          accounts.cookie.administrator,
        ),
      update: `mutation ($input: UpdateParticipantInput!) { updateParticipant(input: $input) { id } }`,
      field: 'name',
      from: 'Racing State',
      cookie: () => accounts.cookie.administrator,
    },
    {
      name: 'person',
      create: () =>
        mutate(
          t,
          `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id version } }`,
          { participantId: accounts.participantId.stateParty, name: 'Racing Delegate' },
          accounts.cookie.administrator,
        ),
      update: `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`,
      field: 'name',
      from: 'Racing Delegate',
      cookie: () => accounts.cookie.supportUnit,
    },
    {
      name: 'role term',
      create: () =>
        mutate(
          t,
          `mutation ($input: CreateRoleTermInput!) { createRoleTerm(input: $input) { id version } }`,
          {
            participantId: accounts.participantId.stateParty,
            role: 'CO_RAPPORTEUR',
            body: 'Racing Committee',
            startsOn: '2002-01-01',
          },
          accounts.cookie.administrator,
        ),
      update: `mutation ($input: UpdateRoleTermInput!) { updateRoleTerm(input: $input) { id } }`,
      field: 'body',
      from: 'Racing Committee',
      cookie: () => accounts.cookie.administrator,
    },
    {
      name: 'process',
      create: async () => ({
        id: ids.processId,
        version: (await db.query(`SELECT version FROM process WHERE id = $1`, [ids.processId])).rows[0]
          .version as number,
      }),
      update: `mutation ($input: UpdateProcessInput!) { updateProcess(input: $input) { id } }`,
      field: 'title',
      from: 'Test process',
      cookie: () => accounts.cookie.administrator,
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))(
    'a %s: exactly one edit wins, and the audit trail says what it replaced',
    async (_name, c) => {
      const record = await c.create();
      const wins = await race(
        c.update,
        (i) => ({ id: record.id, expectedVersion: record.version, [c.field]: `${c.from} ${i}` }),
        c.cookie(),
      );
      expect(wins).toBe(1);
      const updates = await updatesOf(record.id, c.field);
      expect(updates).toHaveLength(1);
      expect(updates[0]!.old_value).toBe(c.from);
    },
  );
});
