import { Client } from 'pg';
import { resetSampleAccounts } from '../src/seed/sample-accounts';
import { seedSampleData } from '../src/seed/seed-sample-data';
import { signIn } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

// Every table a process owns, or that names its records: the original's rows must read the same after a copy.
const TABLES = [
  'process',
  'milestone',
  'milestone_convenor',
  'milestone_contact',
  'role_term',
  'participant',
  'matter',
  'matter_transition',
  'matter_dependency',
  'matter_option',
  'option_stage_change',
  'action',
  'participant_view',
];

interface Node<T> {
  edges: { node: T }[];
}

interface CopiedProcess {
  id: string;
  title: string;
  conveningBody: string;
  targetEvent: string;
  ended: boolean;
  eveOfDecidingMeeting: string | null;
  decidingMeeting: { id: string; shortTitle: string } | null;
  targetMilestone: { id: string; title: string; startsAtLocal: string } | null;
  decisionDeadline: { id: string; shortTitle: string } | null;
  milestones: Node<{
    id: string;
    title: string;
    status: string;
    startsAtLocal: string;
    endsAtLocal: string;
    convenors: { name: string }[];
    contacts: { name: string }[];
  }>;
  matters: Node<{
    id: string;
    title: string;
    status: string;
    confidentiality: string;
    decidingMilestone: { id: string; shortTitle: string };
    dependencies: { title: string }[];
    options: { id: string }[];
    views: { id: string }[];
    actions: { id: string }[];
  }>;
  actions: { totalCount: number };
}

const PROCESS_FIELDS = `
  id title conveningBody targetEvent ended eveOfDecidingMeeting
  decidingMeeting { id shortTitle }
  targetMilestone { id title startsAtLocal }
  decisionDeadline { id shortTitle }
  milestones(first: 100) { edges { node {
    id title status startsAtLocal endsAtLocal convenors { name } contacts { name } } } }
  matters(first: 100) { edges { node {
    id title status confidentiality decidingMilestone { id shortTitle } dependencies { title }
    options { id } views { id } actions { id } } } }
  actions(first: 1) { totalCount }`;

const COPY = `mutation ($input: CopyProcessInput!) { copyProcess(input: $input) { ${PROCESS_FIELDS} } }`;

const SECOND_ROUND = {
  title: 'Road to the Second Review Conference',
  conveningBody: 'The States Parties, through the Standing Committee on the General Status',
  targetEvent: 'Second Review Conference',
};

/** Rows and a hash of each table's content restricted to one process's records (or all rows for shared tables). */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of TABLES) {
      const { rows } = await client.query<{ n: string; hash: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM ${table} t`,
      );
      result[table] = `${rows[0]!.n}:${rows[0]!.hash}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

/** The date and the wall-clock time of a local ISO text (`2004-11-29T10:00:00+03:00`). */
const dayOf = (local: string) => local.slice(0, 10);
const clockOf = (local: string) => local.slice(11);

describe('starting a process from an existing one', () => {
  let t: TestApp;
  let admin: string;
  let delegate: string;
  let sample: CopiedProcess;

  beforeAll(async () => {
    t = await startTestApp();
    await seedSampleData(t.database.url);
    const accounts = await resetSampleAccounts(t.database.url);
    const password = (email: string) => accounts.find((account) => account.email === email)!.password;
    admin = await signIn(t, 'admin@prepcom.local', password('admin@prepcom.local'));
    delegate = await signIn(t, 'norway@prepcom.local', password('norway@prepcom.local'));
    const { data } = await t.gql<{ process: CopiedProcess }>(
      `{ process { ${PROCESS_FIELDS} } }`,
      {},
      { cookie: admin },
    );
    sample = data!.process;
  });

  afterAll(() => t.close());

  it('says the sample has ended, and that its eve is the day before the Fifth Meeting opened in Bangkok', () => {
    expect(sample.ended).toBe(true);
    expect(sample.decidingMeeting?.shortTitle).toBe('5MSP');
    expect(sample.eveOfDecidingMeeting).toBe('2003-09-14');
  });

  it('copies milestones on new dates and matters as identified, in one transaction, leaving the original as it was', async () => {
    const before = await fingerprint(t.database.url);
    const { data, errors } = await t.gql<{ copyProcess: CopiedProcess }>(
      COPY,
      {
        input: {
          ...SECOND_ROUND,
          sourceProcessId: sample.id,
          // A Monday, as 29 November 2004 was, and far enough ahead for the new round not to have ended yet.
          milestonesMovedSoTargetOpensOn: '2099-11-30',
          copyMatters: true,
        },
      },
      { cookie: admin },
    );
    expect(errors).toBeUndefined();
    const copy = data!.copyProcess;
    expect(copy).toMatchObject({ ...SECOND_ROUND, ended: false });
    expect(copy.id).not.toBe(sample.id);

    // Every milestone moves by the 34,699 days (whole weeks) that bring the Nairobi Summit to 30 November 2099, at
    // its local hours.
    expect(copy.targetMilestone!.title).toBe(sample.targetMilestone!.title);
    expect(copy.targetMilestone!.startsAtLocal).toBe('2099-11-30T10:00:00+03:00');
    const originals = sample.milestones.edges.map((edge) => edge.node);
    const copies = copy.milestones.edges.map((edge) => edge.node);
    expect(copies.map((m) => m.title)).toEqual(originals.map((m) => m.title));
    copies.forEach((milestone, index) => {
      const original = originals[index]!;
      const days =
        (Date.parse(dayOf(milestone.startsAtLocal)) - Date.parse(dayOf(original.startsAtLocal))) / 864e5;
      expect(days).toBe(34_699);
      expect(clockOf(milestone.startsAtLocal)).toBe(clockOf(original.startsAtLocal));
      expect(clockOf(milestone.endsAtLocal)).toBe(clockOf(original.endsAtLocal));
      expect(milestone.status).toBe('PLANNED');
      expect(milestone.convenors).toEqual(original.convenors);
      expect(milestone.contacts).toEqual(original.contacts);
      expect(originals.some((m) => m.id === milestone.id)).toBe(false);
    });
    expect(copy.decisionDeadline!.shortTitle).toBe(sample.decisionDeadline!.shortTitle);
    expect(copy.decisionDeadline!.id).not.toBe(sample.decisionDeadline!.id);
    expect(copy.decidingMeeting!.shortTitle).toBe('5MSP');
    expect(copy.eveOfDecidingMeeting).toBe('2098-09-14');

    // Matters: the same questions, identified, each to be decided where it first was (the Fifth Meeting's copy,
    // not where the earlier round deferred it), with their dependencies on each other; nothing of the old answers.
    const fifthMeeting = copies.find(
      (m) => m.title === originals.find((o) => o.id === sample.decidingMeeting!.id)!.title,
    )!;
    const matters = copy.matters.edges.map((edge) => edge.node);
    const originalMatters = sample.matters.edges.map((edge) => edge.node);
    expect(matters.map((m) => m.title).sort()).toEqual(originalMatters.map((m) => m.title).sort());
    for (const matter of matters) {
      const original = originalMatters.find((m) => m.title === matter.title)!;
      expect(matter.status).toBe('IDENTIFIED');
      expect(matter.confidentiality).toBe(original.confidentiality);
      expect(matter.decidingMilestone.id).toBe(fifthMeeting.id);
      expect(matter.dependencies.map((m) => m.title).sort()).toEqual(
        original.dependencies.map((m) => m.title).sort(),
      );
      expect(matter).toMatchObject({ options: [], views: [], actions: [] });
    }
    expect(originalMatters.some((m) => m.options.length > 0)).toBe(true);
    expect(copy.actions.totalCount).toBe(0);
    expect(sample.actions.totalCount).toBeGreaterThan(0);

    // The original: not one row of it changed.
    const after = await fingerprint(t.database.url);
    for (const table of [
      'participant',
      'role_term',
      'matter_option',
      'option_stage_change',
      'action',
      'participant_view',
    ]) {
      expect(after[table]).toBe(before[table]);
    }
    const db = new Client({ connectionString: t.database.url });
    await db.connect();
    try {
      const { rows: untouched } = await db.query<{ n: string }>(
        `SELECT count(*) AS n FROM milestone WHERE process_id = $1 AND status = 'HELD'`,
        [sample.id],
      );
      expect(Number(untouched[0]!.n)).toBe(originals.length);
      // Each record made has its audit events, by the administrator who copied, naming what it was copied from.
      const { rows: audit } = await db.query<{ entity_type: string; records: string; copied: string }>(
        `SELECT entity_type, count(DISTINCT entity_id) AS records,
                count(*) FILTER (WHERE field LIKE 'copiedFrom%') AS copied
           FROM audit_event
          WHERE action = 'CREATE' AND account_id IS NOT NULL
            AND (process_id = $1 OR entity_id = $1)
          GROUP BY entity_type ORDER BY entity_type`,
        [copy.id],
      );
      expect(audit).toEqual([
        { entity_type: 'matter', records: String(matters.length), copied: String(matters.length) },
        { entity_type: 'milestone', records: String(copies.length), copied: String(copies.length) },
        { entity_type: 'process', records: '1', copied: '1' },
      ]);
    } finally {
      await db.end();
    }
  });

  it('copies the process alone when asked for nothing more, and refuses matters without their milestones', async () => {
    const alone = await t.gql<{ copyProcess: CopiedProcess }>(
      COPY,
      { input: { ...SECOND_ROUND, sourceProcessId: sample.id } },
      { cookie: admin },
    );
    expect(alone.errors).toBeUndefined();
    expect(alone.data!.copyProcess).toMatchObject({
      milestones: { edges: [] },
      matters: { edges: [] },
      targetMilestone: null,
      decisionDeadline: null,
      ended: false,
      eveOfDecidingMeeting: null,
    });

    const before = await fingerprint(t.database.url);
    const refused = await t.gql(
      COPY,
      { input: { ...SECOND_ROUND, sourceProcessId: sample.id, copyMatters: true } },
      { cookie: admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      guards: [expect.objectContaining({ guard: 'MATTERS_NEED_MILESTONES', field: 'copyMatters' })],
    });
    const blank = await t.gql(
      COPY,
      {
        input: {
          ...SECOND_ROUND,
          title: ' ',
          sourceProcessId: sample.id,
          milestonesMovedSoTargetOpensOn: '2099-11-30',
        },
      },
      { cookie: admin },
    );
    expect(blank.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // A process with no milestones has none to move: refused, and nothing of the copy is left behind.
    const empty = await t.gql(
      COPY,
      {
        input: {
          ...SECOND_ROUND,
          sourceProcessId: alone.data!.copyProcess.id,
          milestonesMovedSoTargetOpensOn: '2014-06-23',
        },
      },
      { cookie: admin },
    );
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      guards: [expect.objectContaining({ guard: 'NO_MILESTONES_TO_COPY' })],
    });
    expect(await fingerprint(t.database.url)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown process, and copies only for administrators', async () => {
    const input = { ...SECOND_ROUND, sourceProcessId: '00000000-0000-4000-8000-000000000000' };
    const missing = await t.gql(COPY, { input }, { cookie: admin });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'sourceProcessId' });
    const byDelegate = await t.gql(
      COPY,
      { input: { ...input, sourceProcessId: sample.id } },
      { cookie: delegate },
    );
    expect(byDelegate.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const byVisitor = await t.gql(COPY, { input: { ...input, sourceProcessId: sample.id } });
    expect(byVisitor.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
