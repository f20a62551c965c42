import { Client } from 'pg';
import { positionsOn, zonedDateTimeToInstant, type Position } from '@prepcom/domain';
import { render } from '@prepcom/texts';
import { LOOKUPS } from '@prepcom/texts/catalogues';
import { parseCsv } from '../src/common/csv';
import { seedSampleData } from '../src/seed/seed-sample-data';
import { createRoleAccounts, type Role, type RoleAccounts } from './support/accounts';
import { mutate } from './support/graphql-fixtures';
import { pdfText } from './support/pdf-text';
import { startTestApp, type TestApp } from './support/test-app';

/** The eve of the Fifth Meeting: the last second of 14 September 2003 in Bangkok, as the dashboard reads the day. */
const EVE = zonedDateTimeToInstant('2003-09-14T23:59:59', 'Asia/Bangkok').toISOString();
const SECRET_TITLE = 'A Co-Chairs’ matter for the Fifth Meeting';
const FORMULA_TITLE = '=HYPERLINK("http://example.invalid","click")';
const CYRILLIC_STATE = 'Республика Тест';
const GREEK_STATE = 'Δημοκρατία Δοκιμής';

interface ReportMatter {
  matter: {
    id: string;
    title: string;
    status: string;
    readiness: { score: number; reasons: { code: string; params: unknown; message: string }[] };
    health: { level: string; reasons: { message: string }[] } | null;
    options: { id: string; text: string; stage: string }[];
    actions: { title: string; status: string; due: string }[];
    dependencies: { title: string }[];
    views: {
      position: Position;
      expressedAt: string;
      participant: { id: string };
      option: { id: string } | null;
    }[];
  };
  positions: { supports: number; canLiveWith: number; objects: number; comments: number };
  optionPositions: { option: { id: string }; positions: ReportMatter['positions'] }[];
  notYetHeard: { id: string; name: string }[];
}

interface Report {
  asOf: string;
  milestone: { id: string; title: string };
  daysToMilestone: number;
  partiesOn: string;
  statesParties: number;
  totalMatters: number;
  openMatters: number;
  byStatus: { status: string; count: number }[];
  atRisk: { title: string }[];
  matters: ReportMatter[];
  preparedFor: { person: string | null; participant: string | null; clearance: string };
}

const MATTER_FIELDS = `
  id title status
  readiness { score reasons { code params message } }
  health { level reasons { code params message } }
  options { id text stage }
  actions { title status due }
  dependencies { title }
  views { position expressedAt participant { id } option { id } }`;

describe('the state-of-play report and the exports', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let fifthId: string;
  let db: Client;

  const as = (role: Role) => ({ cookie: accounts.cookie[role] });
  const get = (role: Role, url: string, headers: Record<string, string> = {}) => {
    const cookie = accounts.cookie[role];
    return t.app.inject({ method: 'GET', url, headers: cookie ? { cookie, ...headers } : headers });
  };
  const refusal = (response: { json: <T>() => T }) =>
    response.json<{ errors: { message: string; extensions: Record<string, unknown> }[] }>().errors[0]!;
  const report = async (role: Role) => {
    const { data, errors } = await t.gql<{ process: { stateOfPlay: Report } }>(
      `query ($milestoneId: ID, $asOf: DateTime) { process { stateOfPlay(milestoneId: $milestoneId, asOf: $asOf) {
         asOf milestone { id title } daysToMilestone partiesOn statesParties totalMatters openMatters
         byStatus { status count } atRisk { title }
         matters { matter { ${MATTER_FIELDS} } positions { supports canLiveWith objects comments }
                   optionPositions { option { id } positions { supports canLiveWith objects comments } }
                   notYetHeard { id name } }
         preparedFor { person participant clearance } } } }`,
      { milestoneId: fifthId, asOf: EVE },
      as(role),
    );
    expect(errors).toBeUndefined();
    return data!.process.stateOfPlay;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await seedSampleData(t.database.url);
    accounts = await createRoleAccounts(t);
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    const { rows } = await db.query<{ id: string; process_id: string }>(
      `SELECT id, process_id FROM milestone WHERE title = 'Fifth Meeting of the States Parties'`,
    );
    fifthId = rows[0]!.id;
    const processId = rows[0]!.process_id;
    // Two more States Parties, named in other scripts, that have not been heard on anything.
    await db.query(
      `INSERT INTO participant (kind, name, iso3, became_party_on) VALUES ('STATE', $1, 'XTA', '1999-03-01'),
       ('STATE', $2, 'XTB', '1999-03-01')`,
      [CYRILLIC_STATE, GREEK_STATE],
    );
    // A matter only the Co-Chairs may see and one whose title a spreadsheet would run, both on the Fifth Meeting's
    // agenda since before the eve.
    for (const [title, confidentiality] of [
      [SECRET_TITLE, 'CO_CHAIRS'],
      [FORMULA_TITLE, 'PUBLIC'],
    ] as const) {
      const { id } = await mutate<{ id: string }>(
        t,
        `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id } }`,
        { processId, decidingMilestoneId: fifthId, title, confidentiality },
        accounts.cookie.coChair,
      );
      await db.query(`UPDATE matter_transition SET at = '2003-06-01' WHERE matter_id = $1`, [id]);
    }
  });

  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('holds, for the Fifth Meeting on its eve, exactly what the matters and their pages show that day', async () => {
    const stateOfPlay = await report('coChair');
    const { data, errors } = await t.gql<{
      process: { matters: { edges: { node: ReportMatter['matter'] }[] } };
      participants: { edges: { node: { id: string; name: string } }[] };
    }>(
      `query ($milestoneId: ID!, $asOf: DateTime) {
         process { matters(filter: { decidingMilestoneId: $milestoneId }, asOf: $asOf, first: 500) {
           edges { node { ${MATTER_FIELDS} } } } }
         participants(filter: { partiesOn: "2003-09-14" }, first: 500) { edges { node { id name } } } }`,
      { milestoneId: fifthId, asOf: EVE },
      as('coChair'),
    );
    expect(errors).toBeUndefined();
    const screens = data!.process.matters.edges.map((edge) => edge.node);
    expect(stateOfPlay.matters.map((entry) => entry.matter)).toEqual(screens);
    expect(stateOfPlay.milestone.title).toBe('Fifth Meeting of the States Parties');
    expect(stateOfPlay.daysToMilestone).toBe(1);
    expect(stateOfPlay.partiesOn).toBe('2003-09-14');
    expect(stateOfPlay.totalMatters).toBe(screens.length);
    expect(stateOfPlay.matters.map((entry) => entry.matter.title)).toContain(SECRET_TITLE);

    // Positions: each State Party counted once, with its latest view, as the matter's page counts them.
    const parties = data!.participants.edges.map((edge) => edge.node);
    expect(stateOfPlay.statesParties).toBe(parties.length);
    const partyIds = new Set(parties.map((party) => party.id));
    let viewsSeen = 0;
    for (const entry of stateOfPlay.matters) {
      const views = entry.matter.views.map((view) => ({
        participantId: view.participant.id,
        optionId: view.option?.id ?? null,
        position: view.position,
        expressedAt: new Date(view.expressedAt),
      }));
      viewsSeen += views.length;
      const { counts } = positionsOn(views, null, partyIds);
      expect(entry.positions).toEqual({
        supports: counts.SUPPORTS,
        canLiveWith: counts.CAN_LIVE_WITH,
        objects: counts.OBJECTS,
        comments: counts.COMMENT,
      });
      const heard = new Set(views.map((view) => view.participantId));
      expect(entry.notYetHeard.map((party) => party.id).sort()).toEqual(
        parties
          .filter((party) => !heard.has(party.id))
          .map((party) => party.id)
          .sort(),
      );
    }
    expect(viewsSeen).toBeGreaterThan(0);
    expect(stateOfPlay.preparedFor).toMatchObject({ participant: 'Co-Chair State', clearance: 'CO_CHAIRS' });
  });

  it('leaves out of a delegate’s report what only the Co-Chairs may see, and counts without it', async () => {
    const coChairs = await report('coChair');
    const delegate = await report('stateParty');
    const titles = delegate.matters.map((entry) => entry.matter.title);
    expect(titles).not.toContain(SECRET_TITLE);
    expect(titles).toHaveLength(coChairs.matters.length - 1);
    expect(delegate.totalMatters).toBe(coChairs.totalMatters - 1);
    expect(delegate.preparedFor).toMatchObject({ participant: 'Party State', clearance: 'STATES_PARTIES' });
  });

  it('prints the report as a PDF in French: headings, "as of" and page numbers on every page, for its reader', async () => {
    const response = await get(
      'coChair',
      `/reports/state-of-play.pdf?milestone=${fifthId}&asOf=2003-09-14&lang=fr`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="state-of-play-.*-2003-09-14-fr\.pdf"/,
    );
    const { pages, title } = await pdfText(response.rawPayload);
    expect(title).toContain('État des lieux');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, index) => {
      expect(text).toContain('Au 14 septembre 2003');
      expect(text).toContain(`Page ${index + 1} sur ${pages.length}`);
    });
    const all = pages.join('\n');
    const { rows } = await db.query<{ display_name: string }>(
      `SELECT display_name FROM account WHERE id = $1`,
      [accounts.accountId.coChair],
    );
    expect(pages[0]).toContain(`Établi pour ${rows[0]!.display_name}, Co-Chair State`);
    expect(pages[0]).toContain('Synthèse');
    expect(pages[0]).toContain('1 jour avant la réunion');
    for (const heading of [
      'Positions des États parties',
      'Pas encore entendus',
      'Actions en cours',
      'Options',
    ])
      expect(all).toContain(heading);
    expect(all).toContain(SECRET_TITLE);
    // The reasons are said in French, as the dashboard and the emails say them, not in the API's English.
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const reasons = (await report('coChair')).matters.flatMap((entry) => entry.matter.readiness.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      const french = render(reason, 'fr', LOOKUPS.fr)!;
      expect(flat(all)).toContain(flat(french));
      if (french !== reason.message) expect(flat(all)).not.toContain(flat(reason.message));
    }
    // Names in other scripts come through as written.
    expect(all).toContain(CYRILLIC_STATE);
    expect(all).toContain(GREEK_STATE);
    // Every matter of the screens is there.
    for (const entry of (await report('coChair')).matters)
      expect(all).toContain(entry.matter.title.slice(0, 40));
  });

  it('gives a delegate a PDF without the Co-Chairs’ matter, and says whom it was made for', async () => {
    const response = await get(
      'stateParty',
      `/reports/state-of-play.pdf?milestone=${fifthId}&asOf=2003-09-14&lang=es`,
    );
    expect(response.statusCode).toBe(200);
    const { pages } = await pdfText(response.rawPayload);
    const all = pages.join('\n');
    expect(all).not.toContain(SECRET_TITLE);
    expect(pages[0]).toContain('Party State');
    expect(pages[0]).toContain('Muestra lo que está abierto a: Estados Partes.');
    expect(pages.at(-1)).toContain(`Página ${pages.length} de ${pages.length}`);
  });

  it('refuses a report of a milestone, language or day that does not exist, in the language asked for', async () => {
    const unknown = await get(
      'coChair',
      `/reports/state-of-play.pdf?milestone=00000000-0000-4000-8000-000000000000`,
    );
    expect(unknown.statusCode).toBe(404);
    expect(JSON.parse(unknown.body).errors[0].extensions.code).toBe('NOT_FOUND');
    // A browser that reads French gets the refusal in French, with the rule's code for any other reader.
    const language = await get('coChair', `/reports/state-of-play.pdf?lang=de`, {
      'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8',
    });
    expect(language.statusCode).toBe(400);
    expect(refusal(language)).toMatchObject({
      message: 'Cette langue n’est pas proposée : choisissez parmi en, fr, es.',
      extensions: { code: 'BAD_USER_INPUT', field: 'lang', guards: [{ code: 'UNSUPPORTED_LANGUAGE' }] },
    });
    // The language the address asks for comes first.
    const day = await get('coChair', `/reports/state-of-play.pdf?asOf=2003-02-31&lang=es`, {
      'accept-language': 'fr',
    });
    expect(day.statusCode).toBe(400);
    expect(refusal(day).message).toBe(
      '«2003-02-31» no es ni un día ni una fecha y hora: escriba 2003-09-19 o 2003-09-19T12:00:00Z.',
    );
  });

  it('exports the board’s matters as CSV: UTF-8 with a BOM, formulas neutralised, the same filters and clearance', async () => {
    const url = `/exports/matters.csv?milestone=${fifthId}&asOf=2003-09-14`;
    const coChair = await get('coChair', url);
    expect(coChair.statusCode).toBe(200);
    expect(coChair.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(coChair.body.startsWith('\uFEFFMatter,Deciding milestone,Status,Readiness')).toBe(true);
    const lines = coChair.body.slice(1).trimEnd().split('\r\n');
    const { matters } = await report('coChair');
    expect(lines).toHaveLength(matters.length + 1);
    expect(coChair.body).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`);
    expect(lines.some((line) => /(^|,)[=+@]/.test(line))).toBe(false);
    expect(coChair.body).toContain(SECRET_TITLE);
    const delegate = await get('stateParty', url);
    expect(delegate.body).not.toContain(SECRET_TITLE);
    expect(delegate.body.trimEnd().split('\r\n')).toHaveLength(matters.length);
    // The board's health filter: only matters off track.
    const offTrack = await get('coChair', `${url}&health=OFF_TRACK`);
    const offTrackTitles = matters
      .filter((entry) => entry.matter.health?.level === 'OFF_TRACK')
      .map((entry) => entry.matter.title);
    expect(offTrack.body.trimEnd().split('\r\n')).toHaveLength(offTrackTitles.length + 1);
    const sick = await get('coChair', `${url}&health=SICK`);
    expect(sick.statusCode).toBe(400);
    expect(refusal(sick)).toMatchObject({
      message: 'This health filter is not one the board offers: choose one of ON_TRACK, AT_RISK, OFF_TRACK.',
      extensions: { field: 'health', guards: [{ code: 'UNKNOWN_HEALTH_FILTER' }] },
    });
  });

  it('exports the positions table: a row per State Party, a column per matter, each cell its latest view', async () => {
    const response = await get('stateParty', `/exports/positions.csv?milestone=${fifthId}&asOf=2003-09-14`);
    expect(response.statusCode).toBe(200);
    const lines = response.body.slice(1).trimEnd().split('\r\n');
    const { matters, statesParties } = await report('stateParty');
    expect(lines).toHaveLength(statesParties + 1);
    expect(lines[0]).not.toContain(SECRET_TITLE);
    expect(response.body).toContain(CYRILLIC_STATE);
    expect(response.body).toContain(GREEK_STATE);
    // Norway's cells are its latest views on each matter as a whole.
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM participant WHERE name = 'Norway'`);
    const norway = rows[0]!.id;
    const expected = matters.map((entry) => {
      const own = entry.matter.views
        .filter((view) => view.participant.id === norway)
        .map((view) => ({
          participantId: norway,
          optionId: view.option?.id ?? null,
          position: view.position,
          expressedAt: new Date(view.expressedAt),
        }));
      const onMatter = positionsOn(own, null, new Set([norway])).latest.get(norway);
      if (onMatter) return LOOKUPS.en(`position.${onMatter.position}`)!;
      return own.length > 0 ? 'On options only' : '';
    });
    expect(lines.find((line) => line.startsWith('Norway,'))).toBe(['Norway', ...expected].join(','));
    expect(expected.some((cell) => cell !== '')).toBe(true);
  });

  it('exports the actions as the preparations screen lists them, open ones only when asked', async () => {
    const all = await get('coChair', '/exports/actions.csv?asOf=2003-09-14');
    const open = await get('coChair', '/exports/actions.csv?asOf=2003-09-14&open=1');
    expect(all.statusCode).toBe(200);
    const { data } = await t.gql<{ process: { actions: { totalCount: number } } }>(
      `query ($asOf: DateTime) { process { actions(asOf: $asOf, open: true) { totalCount } } }`,
      { asOf: zonedDateTimeToInstant('2003-09-14T23:59:59', 'Asia/Bangkok').toISOString() },
      as('coChair'),
    );
    expect(open.body.slice(1).trimEnd().split('\r\n')).toHaveLength(data!.process.actions.totalCount + 1);
    expect(all.body.length).toBeGreaterThan(open.body.length);
  });

  it('exports who was invited and what they replied, names in every script, to those who may see every reply', async () => {
    const { rows } = await db.query<{ process_id: string }>(
      `SELECT process_id FROM milestone WHERE id = $1`,
      [fifthId],
    );
    const meeting = await mutate<{ id: string }>(
      t,
      `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
      {
        processId: rows[0]!.process_id,
        kind: 'MEETING_OF_STATES_PARTIES',
        title: 'A meeting to come',
        shortTitle: 'NEXT',
        startsAt: '2099-09-14T03:00:00Z',
        endsAt: '2099-09-18T11:00:00Z',
        timeZone: 'Asia/Bangkok',
        venue: 'Bangkok',
      },
      accounts.cookie.coChair,
    );
    const invitation = await mutate<{ id: string; sentAt: string }>(
      t,
      `mutation ($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id sentAt } }`,
      { milestoneId: meeting.id, invited: ['STATES_PARTIES'] },
      accounts.cookie.coChair,
    );
    const REPLY = `mutation ($input: ReplyToMeetingInvitationInput!) { replyToMeetingInvitation(input: $input) { repliedAt } }`;
    const coming = await mutate<{ repliedAt: string }>(
      t,
      REPLY,
      {
        invitationId: invitation.id,
        attending: true,
        attendeeCount: 2,
        attendeeNames: ['Ólafur Þórðarson', '=SUM(A1:A9)'],
      },
      accounts.cookie.stateParty,
    );
    expect((await get('anonymous', '/exports/invitations.csv')).statusCode).toBe(401);
    expect((await get('stateParty', '/exports/invitations.csv')).statusCode).toBe(403);
    const response = await get('coChair', `/exports/invitations.csv?milestone=${meeting.id}`);
    expect(response.statusCode).toBe(200);
    const lines = response.body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Meeting,Invitation sent,Corrected,Withdrawn,Reason for withdrawal,Participant,Copied,Reply,People,Names,Replied,As of',
    );
    const partyState = lines.find((line) => line.includes(',Party State,'));
    expect(partyState).toMatch(
      /^A meeting to come,[^,]+,,,,Party State,no,Coming,2,Ólafur Þórðarson; =SUM\(A1:A9\),/,
    );
    expect(lines.find((line) => line.includes(CYRILLIC_STATE))).toContain(
      `${CYRILLIC_STATE},no,Awaiting a reply,,`,
    );
    // A name that starts like a formula is text: only a cell's start is read as a formula, and this one starts
    // with a letter.
    expect(lines.some((line) => /(^|,)[=+@]/.test(line))).toBe(false);

    // Later, the invitation is corrected, Party State changes its reply, and the invitation is withdrawn: as of
    // each instant, the list is what was known then.
    const corrected = await mutate<{ correctedAt: string }>(
      t,
      `mutation ($input: CorrectMeetingInvitationInput!) { correctMeetingInvitation(input: $input) { correctedAt } }`,
      { invitationId: invitation.id, expectedVersion: 1, note: 'In Room XX.' },
      accounts.cookie.coChair,
    );
    const notComing = await mutate<{ repliedAt: string }>(
      t,
      REPLY,
      { invitationId: invitation.id, attending: false },
      accounts.cookie.stateParty,
    );
    const withdrawn = await mutate<{ withdrawnAt: string }>(
      t,
      `mutation ($input: WithdrawMeetingInvitationInput!) { withdrawMeetingInvitation(input: $input) { withdrawnAt } }`,
      { invitationId: invitation.id, expectedVersion: 2, reason: 'Sent to the wrong list.' },
      accounts.cookie.coChair,
    );
    const partyStateAsOf = async (instant: string) => {
      const csv = await get(
        'coChair',
        `/exports/invitations.csv?milestone=${meeting.id}&asOf=${encodeURIComponent(instant)}`,
      );
      expect(csv.statusCode).toBe(200);
      return parseCsv(csv.body)
        .find((row) => row[5] === 'Party State')
        ?.slice(1, 11);
    };
    const before = new Date(Date.parse(invitation.sentAt) - 1).toISOString();
    expect(await partyStateAsOf(before)).toBeUndefined();
    expect(await partyStateAsOf(invitation.sentAt)).toEqual([
      invitation.sentAt,
      '',
      '',
      '',
      'Party State',
      'no',
      'Awaiting a reply',
      '',
      '',
      '',
    ]);
    // A past reply's names come back from the audit trail, which keeps lists in alphabetical order.
    expect(await partyStateAsOf(coming.repliedAt)).toEqual([
      invitation.sentAt,
      '',
      '',
      '',
      'Party State',
      'no',
      'Coming',
      '2',
      "'=SUM(A1:A9); Ólafur Þórðarson",
      coming.repliedAt,
    ]);
    expect(await partyStateAsOf(corrected.correctedAt)).toEqual([
      invitation.sentAt,
      corrected.correctedAt,
      '',
      '',
      'Party State',
      'no',
      'Coming',
      '2',
      "'=SUM(A1:A9); Ólafur Þórðarson",
      coming.repliedAt,
    ]);
    expect(await partyStateAsOf(notComing.repliedAt)).toEqual([
      invitation.sentAt,
      corrected.correctedAt,
      '',
      '',
      'Party State',
      'no',
      'Not coming',
      '',
      '',
      notComing.repliedAt,
    ]);
    expect(await partyStateAsOf(withdrawn.withdrawnAt)).toEqual([
      invitation.sentAt,
      corrected.correctedAt,
      withdrawn.withdrawnAt,
      'Sent to the wrong list.',
      'Party State',
      'no',
      'Not coming',
      '',
      '',
      notComing.repliedAt,
    ]);
  });

  it('writes the exports in the reader’s language: the one asked for, else the account’s, else the browser’s', async () => {
    const url = `/exports/matters.csv?milestone=${fifthId}&asOf=2003-09-14`;
    const headings = async (query: string, role: Role, headers: Record<string, string> = {}) => {
      const cookie = accounts.cookie[role];
      const response = await t.app.inject({
        method: 'GET',
        url: `${url}${query}`,
        headers: { ...headers, ...(cookie ? { cookie } : {}) },
      });
      expect(response.statusCode).toBe(200);
      return response.body.slice(1).split('\r\n');
    };
    const french = await headings('&lang=fr', 'coChair');
    expect(french[0]).toMatch(
      /^Question,Étape de décision,Statut,Préparation,Raisons de la préparation,Santé,/,
    );
    const spanish = await headings('&lang=es', 'coChair');
    expect(spanish[0]).toMatch(/^Cuestión,Hito de decisión,Estado,Preparación,Motivos de la preparación,/);
    expect((await headings('&lang=en', 'coChair'))[0]).toMatch(/^Matter,Deciding milestone,Status,/);
    // Statuses, health, tiers and reasons are said in the same language, as the dashboard says them.
    const { matters } = await report('coChair');
    const first = matters[0]!.matter;
    const reasons = first.readiness.reasons
      .map((reason) => render(reason, 'es', LOOKUPS.es) ?? reason.message)
      .join(' | ');
    expect(spanish[1]).toContain(`,${LOOKUPS.es(`matterStatus.${first.status}`)},`);
    expect(spanish[1]).toContain(reasons.includes(',') ? `"${reasons}"` : reasons);
    // Without lang=, a signed-in reader gets the account's language; a visitor the first the browser accepts.
    const visitor = await headings('', 'anonymous', { 'accept-language': 'de-CH, fr;q=0.9, en;q=0.8' });
    expect(visitor[0]).toMatch(/^Question,Étape de décision,/);
    expect((await headings('', 'anonymous'))[0]).toMatch(/^Matter,/);
    expect((await headings('', 'coChair', { 'accept-language': 'es' }))[0]).toMatch(/^Matter,/);
    // Every export's headings come from the catalogue in each language.
    for (const language of ['en', 'fr', 'es'] as const) {
      for (const file of ['actions', 'positions']) {
        const response = await get('coChair', `/exports/${file}.csv?asOf=2003-09-14&lang=${language}`);
        const heading = response.body.slice(1).split('\r\n')[0]!;
        const first = file === 'actions' ? 'exportColumn.action' : 'exportColumn.stateParty';
        expect(heading.startsWith(`${LOOKUPS[language](first)},`)).toBe(true);
      }
    }
    expect((await get('coChair', `${url}&lang=de`)).statusCode).toBe(400);
  });
});
