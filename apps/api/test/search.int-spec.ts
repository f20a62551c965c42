import { createRoleAccounts, type Role, type RoleAccounts } from './support/accounts';
import { createProcessWithMeetings, mutate } from './support/graphql-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

interface Hit {
  kind: string;
  id: string;
  matterId: string | null;
  title: string;
  titleMarks: { start: number; end: number }[];
  excerpt: string | null;
  excerptMarks: { start: number; end: number }[];
  context: string | null;
}

const SEARCH = `
  query ($processId: ID, $text: String!, $asOf: DateTime, $first: Int) {
    process(id: $processId) {
      search(text: $text, asOf: $asOf, first: $first) {
        kind id matterId title titleMarks { start end } excerpt excerptMarks { start end } context
      }
    }
  }`;

/** The words a hit marks as found, in its title and its excerpt. */
const markedWords = (hit: Hit) => [
  ...hit.titleMarks.map((mark) => hit.title.slice(mark.start, mark.end)),
  ...hit.excerptMarks.map((mark) => hit.excerpt!.slice(mark.start, mark.end)),
];

describe('search: ranked, in three languages, forgiving typos, within clearance and as of a day', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let ids: Awaited<ReturnType<typeof createProcessWithMeetings>>;
  const matter: Record<string, { id: string; version: number }> = {};
  let before: string;

  const search = async (text: string, role: Role = 'coChair', asOf?: string, first = 10) => {
    const response = await t.gql<{ process: { search: Hit[] } }>(
      SEARCH,
      { processId: ids.processId, text, asOf, first },
      { cookie: accounts.cookie[role] },
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.process.search;
  };
  const createMatter = async (
    key: string,
    title: string,
    description: string,
    confidentiality = 'PUBLIC',
  ) => {
    matter[key] = await mutate<{ id: string; version: number }>(
      t,
      `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id version } }`,
      { processId: ids.processId, decidingMilestoneId: ids.futureId, title, description, confidentiality },
      accounts.cookie.coChair,
    );
  };

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    ids = await createProcessWithMeetings(t, accounts);
    await createMatter('venue', 'Dates and venue of the Review Conference', 'Where and when it meets.');
    await createMatter('budget', 'Cost-sharing', 'How the venue costs are shared among the States Parties.');
    await createMatter(
      'spanish',
      'Fechas y lugar de la Conferencia de Examen',
      'Propuesta de la Presidencia.',
    );
    await createMatter('french', 'Programme de travail intersessions', 'Réunions des comités permanents.');
    await createMatter('secret', 'Venue swap with Thailand', 'Only the Co-Chairs know.', 'CO_CHAIRS');
    await mutate(
      t,
      `mutation ($input: CreateParticipantInput!) { createParticipant(input: $input) { id } }`,
      { kind: 'STATE', name: 'Thailand', iso3: 'THA', becamePartyOn: '1999-05-01' },
      accounts.cookie.administrator,
    );
    await mutate(
      t,
      `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id } }`,
      {
        matterId: matter.venue!.id,
        text: 'Hold it in Nairobi, as Kenya offered.',
        confidentiality: 'PUBLIC',
      },
      accounts.cookie.coChair,
    );
    before = new Date().toISOString();
    const deadline = Date.now() + 1_000;
    while (new Date().toISOString() <= before && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 2));
    // A later title: searching the day before must not find it.
    await mutate(
      t,
      `mutation ($input: UpdateMatterInput!) { updateMatter(input: $input) { id } }`,
      {
        id: matter.french!.id,
        expectedVersion: matter.french!.version,
        title: 'Intersessional work programme',
      },
      accounts.cookie.coChair,
    );
  });

  afterAll(() => t?.close());

  it('ranks a match in the title above one in the description, and marks the words found', async () => {
    const hits = await search('venue', 'stateParty');
    expect(hits.map((hit) => hit.id).slice(0, 2)).toEqual([matter.venue!.id, matter.budget!.id]);
    expect(markedWords(hits[0]!)).toEqual(['venue']);
    // Found by its description, the budget matter shows the sentence with the word marked.
    expect(hits[1]!.excerpt).toContain('venue costs');
    expect(markedWords(hits[1]!)).toEqual(['venue']);
  });

  it('finds a name misspelt ("Tailand") and a matter by a misspelt word', async () => {
    const names = await search('Tailand', 'stateParty');
    expect(names[0]).toMatchObject({ kind: 'PARTICIPANT', title: 'Thailand' });
    expect(markedWords(names[0]!)).toEqual(['Thailand']);
    const matters = await search('Reveiw conferense', 'stateParty');
    expect(matters[0]).toMatchObject({ kind: 'MATTER', id: matter.venue!.id });
  });

  it('reads French and Spanish with their own stemmers, accents folded', async () => {
    expect((await search('conférences')).map((hit) => hit.id)).toEqual(
      expect.arrayContaining([matter.venue!.id, matter.spanish!.id]),
    );
    expect((await search('lugares'))[0]!.id).toBe(matter.spanish!.id);
    expect((await search('reunion comite'))[0]!.id).toBe(matter.french!.id);
  });

  it('finds options, with the matter they belong to, and links to the matter', async () => {
    const [hit] = await search('Nairobi');
    expect(hit).toMatchObject({
      kind: 'OPTION',
      matterId: matter.venue!.id,
      context: 'Dates and venue of the Review Conference',
    });
  });

  it('sends nobody a record above their clearance', async () => {
    const found = async (role: Role) => (await search('swap', role)).map((hit) => hit.id);
    expect(await found('coChair')).toEqual([matter.secret!.id]);
    for (const role of ['anonymous', 'observer', 'stateParty', 'supportUnit'] as const)
      expect(await found(role)).toEqual([]);
    // Nor by a typo, through the trigram path.
    expect(await search('Venue swop', 'stateParty')).not.toContainEqual(
      expect.objectContaining({ id: matter.secret!.id }),
    );
  });

  it('as of a past day, searches the texts of that day only', async () => {
    const now = await search('intersessional');
    expect(now[0]!.title).toBe('Intersessional work programme');
    const then = await search('intersessional', 'coChair', before);
    // The French title of that day still matches ("intersessions"), the later English title is never sent.
    expect(then.map((hit) => hit.title)).toEqual(['Programme de travail intersessions']);
    expect(await search('work programme', 'coChair', before)).not.toContainEqual(
      expect.objectContaining({ title: 'Intersessional work programme' }),
    );
    // Records created later do not exist on that day; those hidden then stay hidden.
    expect(await search('swap', 'stateParty', before)).toEqual([]);
  });

  it('refuses an over-long query and answers nothing to an empty one', async () => {
    const response = await t.gql(SEARCH, { processId: ids.processId, text: 'x'.repeat(201) });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'text',
      guards: [{ field: 'text', code: 'INPUT_TOO_LONG', params: { max: 200 } }],
    });
    expect(await search('   ')).toEqual([]);
  });
});
