import { Client } from 'pg';
import { seedSampleData } from '../src/seed/seed-sample-data';
import { startTestApp, type TestApp } from './support/test-app';

const TABLES = [
  'participant',
  'person',
  'process',
  'milestone',
  'milestone_convenor',
  'milestone_contact',
  'role_term',
  'matter',
  'matter_transition',
  'matter_dependency',
  'matter_option',
  'option_stage_change',
  'action',
  'participant_view',
];

/** Every table's row count and a hash of its content: equal fingerprints mean nothing changed. */
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

interface Node<T> {
  edges: { node: T }[];
}

describe('the sample data: the road to the First Review Conference', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedSampleData(t.database.url);
  });

  afterAll(() => t.close());

  it('loads idempotently: seeding again changes no row', async () => {
    const before = await fingerprint(t.database.url);
    expect(Number(before.matter!.split(':')[0])).toBeGreaterThan(0);
    await seedSampleData(t.database.url);
    expect(await fingerprint(t.database.url)).toEqual(before);
  });

  it('lists the milestones in order and finds the 27 June 2002 dialogue in Room VII at 15:00 Geneva time', async () => {
    const { data, errors } = await t.gql<{
      process: {
        milestones: Node<{
          title: string;
          kind: string;
          startsAt: string;
          startsAtLocal: string;
          timeZone: string;
          room: string | null;
          venue: string;
          convenors: { name: string }[];
          contacts: { name: string; email: string }[];
        }>;
      };
    }>(`{ process { milestones { edges { node {
          title kind startsAt startsAtLocal timeZone venue room convenors { name } contacts { name email } } } } } }`);
    expect(errors).toBeUndefined();
    const milestones = data!.process.milestones.edges.map((edge) => edge.node);
    const starts = milestones.map((milestone) => milestone.startsAt);
    expect(starts).toEqual([...starts].sort());
    const dialogue = milestones.find((milestone) => milestone.kind === 'INFORMAL_DIALOGUE')!;
    expect(dialogue.startsAt).toBe('2002-06-27T13:00:00.000Z');
    expect(dialogue.startsAtLocal).toBe('2002-06-27T15:00:00+02:00');
    expect(dialogue.timeZone).toBe('Europe/Zurich');
    expect(dialogue.room).toBe('Room VII');
    expect(dialogue.venue).toMatch(/Palais des Nations/);
    expect(dialogue.convenors.map((c) => c.name).sort()).toEqual(['Norway', 'Thailand']);
    expect(dialogue.contacts.map((c) => c.name).sort()).toEqual([
      'Mr. Apirat Sugondhabhirom',
      'Mr. Knut Langeland',
    ]);
    // Contact details are for signed-in people only.
    expect(dialogue.contacts.map((c) => c.email)).toEqual([null, null]);
    expect(milestones[milestones.length - 1]!.kind).toBe('REVIEW_CONFERENCE');
  });

  it('shows the matters still open on the eve of the decisions, and decided after the Fifth Meeting', async () => {
    const query = `query ($asOf: DateTime) { process {
        matters(asOf: $asOf, filter: { open: true }) { totalCount edges { node { title status } } }
        dashboard(asOf: $asOf) { openMatters byStatus { status count } } } }`;
    type Result = {
      process: {
        matters: { totalCount: number; edges: { node: { title: string; status: string } }[] };
        dashboard: { openMatters: number; byStatus: { status: string; count: number }[] };
      };
    };
    const eve = await t.gql<Result>(query, { asOf: '2003-09-18T12:00:00Z' });
    const after = await t.gql<Result>(query, { asOf: '2003-09-20T12:00:00Z' });
    const openOnEve = eve.data!.process.matters.edges.map((edge) => edge.node.title);
    const openAfter = after.data!.process.matters.edges.map((edge) => edge.node.title);
    expect(openOnEve).toContain('Dates and venue of the First Review Conference');
    expect(openAfter).not.toContain('Dates and venue of the First Review Conference');
    // Deferred matters stay open after the Fifth Meeting: they are decided at the preparatory meetings.
    expect(openAfter).toContain('Rules of procedure and Vice-Presidents of the Review Conference');
    expect(eve.data!.process.dashboard.openMatters).toBe(eve.data!.process.matters.totalCount);
    const decidedAfter = after.data!.process.dashboard.byStatus.find(
      (row) => row.status === 'DECIDED',
    )!.count;
    expect(decidedAfter).toBe(openOnEve.length - openAfter.length);
    // Today every matter of the process has been decided.
    const today = await t.gql<Result>(query);
    expect(today.data!.process.matters.totalCount).toBe(0);
  });

  it('gives the readiness of the matters still open apart from that of every matter', async () => {
    const query = `query ($asOf: DateTime) { process {
        matters(asOf: $asOf, filter: { open: true }) { edges { node { readiness { score } } } }
        dashboard(asOf: $asOf) { readiness openReadiness } } }`;
    type Result = {
      process: {
        matters: { edges: { node: { readiness: { score: number } } }[] };
        dashboard: { readiness: number | null; openReadiness: number | null };
      };
    };
    const after = await t.gql<Result>(query, { asOf: '2003-09-20T12:00:00Z' });
    const open = after.data!.process.matters.edges.map((edge) => edge.node.readiness.score);
    const mean = Math.round(open.reduce((sum, score) => sum + score, 0) / open.length);
    expect(open.length).toBeGreaterThan(0);
    expect(Math.abs(after.data!.process.dashboard.openReadiness! - mean)).toBeLessThanOrEqual(1);
    // Decided matters weigh in the overall figure only: the two differ once some are decided.
    expect(after.data!.process.dashboard.readiness).not.toBe(after.data!.process.dashboard.openReadiness);
    // Today every matter is decided: nothing open to be ready.
    const today = await t.gql<Result>(query);
    expect(today.data!.process.dashboard.openReadiness).toBeNull();
  });

  it('replays the role terms known on a day: not those decided later, even when recorded since', async () => {
    type Terms = { roleTerms: { edges: { node: { role: string; participant: { name: string } } }[] } };
    const query = `query ($knownOn: LocalDate) { roleTerms(knownOn: $knownOn, first: 100) {
        edges { node { role participant { name } } } } }`;
    const held = (data: Terms) =>
      data.roleTerms.edges.map(({ node }) => `${node.role} ${node.participant.name}`);
    const eve = held((await t.gql<Terms>(query, { knownOn: '2003-09-14' })).data!);
    // Decided at the Fifth Meeting (19 Sept 2003): the President-designate and the next Co-Chairs.
    expect(eve).not.toContain('PRESIDENT_DESIGNATE Austria');
    expect(eve).not.toContain('CO_CHAIR Mexico');
    expect(eve).not.toContain('CO_CHAIR Netherlands');
    // Decided a year ahead of its start: Thailand presides over the Fifth Meeting, which opens the next day.
    expect(eve).toContain('PRESIDENT Thailand');
    const after = held((await t.gql<Terms>(query, { knownOn: '2003-09-19' })).data!);
    expect(after).toEqual(expect.arrayContaining(['PRESIDENT_DESIGNATE Austria', 'CO_CHAIR Mexico']));
    // From now on, every term recorded is known.
    const all = (await t.gql<Terms>(query, {})).data!.roleTerms.edges.length;
    const later = (await t.gql<Terms>(query, { knownOn: '2100-01-01' })).data!;
    expect(later.roleTerms.edges).toHaveLength(all);
  });

  it('gives readiness with its reasons, as of any day', async () => {
    const { data } = await t.gql<{
      process: {
        matters: Node<{
          title: string;
          readiness: { score: number; reasons: { code: string; message: string }[] };
        }>;
      };
    }>(
      `{ process { matters(asOf: "2002-10-01T00:00:00Z") { edges { node { title readiness { score reasons { code message } } } } } } }`,
    );
    const matters = data!.process.matters.edges.map((edge) => edge.node);
    expect(matters.length).toBeGreaterThan(0);
    const incomplete = matters.filter((matter) => matter.readiness.score < 100);
    expect(incomplete.length).toBeGreaterThan(0);
    for (const matter of incomplete) {
      expect(matter.readiness.reasons.length).toBeGreaterThan(0);
      expect(matter.readiness.reasons[0]!.message).toMatch(/\w+ \w+/);
    }
  });

  it('knows the current and incoming Presidencies on the day of the dialogue', async () => {
    const { data } = await t.gql<{
      presidencies: {
        current: { participant: { name: string } };
        incoming: { participant: { name: string } };
      };
    }>(
      `{ presidencies(on: "2002-06-27") { current { participant { name } } incoming { participant { name } } } }`,
    );
    expect(data!.presidencies.current.participant.name).toBe('Nicaragua');
    expect(data!.presidencies.incoming.participant.name).toBe('Belgium');
  });

  it('counts States Parties by entry into force', async () => {
    const count = async (on: string) =>
      (
        await t.gql<{ participants: { totalCount: number } }>(
          `query ($on: LocalDate) { participants(filter: { partiesOn: $on }) { totalCount } }`,
          { on },
        )
      ).data!.participants.totalCount;
    // 125 States had deposited by 31 July 2002; 122 were parties (entry into force comes six months later).
    expect(await count('2002-07-31')).toBe(122);
    expect(await count('2004-12-31')).toBe(143);
  });

  it("starts with the letter's three questions as actions of the Presidencies, due before the Fourth Meeting", async () => {
    const { data } = await t.gql<{
      process: {
        actions: Node<{
          title: string;
          ownerRole: string | null;
          due: string;
          servesMilestone: { shortTitle: string } | null;
        }>;
      };
    }>(
      `{ process { actions(asOf: "2002-06-20T00:00:00Z") { edges { node { title ownerRole due servesMilestone { shortTitle } } } } } }`,
    );
    const first = data!.process.actions.edges.map((edge) => edge.node);
    expect(first.map((action) => action.title)).toEqual([
      'Identify what matters may need to be considered at the Fifth Meeting',
      'Identify what options might exist with respect to these matters',
      'Propose what actions should be undertaken to develop these options for consideration',
    ]);
    for (const action of first) {
      expect(['CURRENT_PRESIDENCY', 'INCOMING_PRESIDENCY']).toContain(action.ownerRole);
      expect(action.servesMilestone?.shortTitle).toBe('4MSP');
      expect(action.due < '2002-09-16').toBe(true);
    }
  });
});
