import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { addDays, localDate } from '@prepcom/domain';
import { parseCsv } from '../src/common/csv';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { startTestApp, type TestApp } from './support/test-app';

const SHARED_CSV = readFileSync(join(__dirname, '../src/seed/data/states-parties-2004.csv'), 'utf8');
const HEADER =
  'state,iso3,status_2004,instrument,deposit_date,entry_into_force,eif_computed,un_regional_group,source';

const IMPORT = `mutation ($input: ImportStatesPartiesInput!) {
  importStatesParties(input: $input) {
    dryRun added changed unchanged refused
    rows { row name iso3 outcome changes { field from to } refusals { code field message } participant { id } }
  }
}`;

interface ImportRow {
  row: number;
  name: string;
  iso3: string;
  outcome: string;
  changes: { field: string; from: string | null; to: string | null }[];
  refusals: { code: string; field: string | null; message: string }[];
  participant: { id: string } | null;
}
interface ImportResult {
  dryRun: boolean;
  added: number;
  changed: number;
  unchanged: number;
  refused: number;
  rows: ImportRow[];
}

/** The same CSV with its columns in another order (RFC 4180 quoting kept where a field needs it). */
function reorderColumns(csv: string, order: (header: string[]) => string[]): string {
  const [header, ...rows] = parseCsv(csv);
  const wanted = order(header!);
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return [wanted, ...rows.map((row) => wanted.map((name) => row[header!.indexOf(name)] ?? ''))]
    .map((row) => row.map(cell).join(','))
    .join('\n');
}

/** Row outcomes without the participant, which a dry run's added rows cannot have. */
const plan = (result: ImportResult) => result.rows.map(({ participant: _participant, ...row }) => row);

describe('people and roles', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let db: Client;

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

  async function importCsv(csv: string, dryRun: boolean, cookie = accounts.cookie.supportUnit) {
    return t.gql<{ importStatesParties: ImportResult }>(IMPORT, { input: { csv, dryRun } }, { cookie });
  }
  async function imported(csv: string, dryRun: boolean): Promise<ImportResult> {
    const response = await importCsv(csv, dryRun);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.importStatesParties;
  }
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${sql}`, params)).rows[0]!.n);

  describe('importing States Parties', () => {
    it('previews exactly what confirming then does, writing nothing until then', async () => {
      const participantsBefore = await count('participant');
      const auditBefore = await count('audit_event');

      const preview = await imported(SHARED_CSV, true);
      expect(preview).toMatchObject({ dryRun: true, added: 152, changed: 0, unchanged: 0, refused: 0 });
      expect(preview.rows.every((row) => row.participant === null)).toBe(true);
      expect(await count('participant')).toBe(participantsBefore);
      expect(await count('audit_event')).toBe(auditBefore);

      const done = await imported(SHARED_CSV, false);
      expect(done).toMatchObject({ dryRun: false, added: 152, refused: 0 });
      expect(plan(done)).toEqual(plan(preview));
      expect(await count('participant')).toBe(participantsBefore + 152);
      const norway = await db.query(
        `SELECT name, became_party_on::text, deposited_on::text, regional_group FROM participant WHERE iso3 = 'NOR'`,
      );
      expect(norway.rows).toEqual([
        {
          name: 'Norway',
          became_party_on: '1999-03-01',
          deposited_on: '1998-07-09',
          regional_group: 'Western European and Others',
        },
      ]);
    });

    it('records each written row as one audited change of its participant, by the person who confirmed', async () => {
      const { rows } = await db.query<{
        entity_id: string;
        actions: string[];
        accounts: string[];
        instants: string;
      }>(
        `SELECT entity_id, array_agg(DISTINCT action) AS actions, array_agg(DISTINCT account_id::text) AS accounts,
                count(DISTINCT at) AS instants
           FROM audit_event WHERE entity_type = 'participant' GROUP BY entity_id`,
      );
      const added = await db.query<{ id: string }>(`SELECT id FROM participant WHERE iso3 = ANY($1)`, [
        parseCsv(SHARED_CSV)
          .slice(1)
          .map((row) => row[1]),
      ]);
      expect(rows.map((row) => row.entity_id).sort()).toEqual(added.rows.map((row) => row.id).sort());
      for (const row of rows) {
        expect(row).toMatchObject({
          actions: ['CREATE'],
          accounts: [accounts.accountId.supportUnit],
          instants: '1',
        });
      }
    });

    it('reads the columns in any order, and a second import of the same file changes nothing', async () => {
      const reversed = reorderColumns(SHARED_CSV, (header) => [...header].reverse());
      expect(reversed.split('\n')[0]).toBe(HEADER.split(',').reverse().join(','));
      const again = await imported(reversed, true);
      expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 152, refused: 0 });
      const onlyNeeded = reorderColumns(SHARED_CSV, () => [
        'un_regional_group',
        'entry_into_force',
        'iso3',
        'deposit_date',
        'status_2004',
        'state',
      ]);
      expect((await imported(onlyNeeded, true)).unchanged).toBe(152);
    });

    it('refuses rows it cannot take, each with its reasons, and writes the others', async () => {
      const csv = [
        HEADER,
        'Norway,NOR,party,ratification,1998-07-09,1999-03-01,no,Western Europe,"changed group"',
        'Nowhere,NO,party,ratification,1998-07-09,1999-03-01,no,,bad code',
        'Atlantis,ATL,party,ratification,,,no,,no entry into force',
        'Atlantis again,ATL,signatory,,,,,,same code twice',
        'Party State,PTZ,signatory,,,,,,a name another participant has',
        'Thailand,THA,signatory,,,,,,a party made a signatory',
        'Lemuria,LEM,party,accession,2004-06-01,2004-01-01,no,,deposit after entry into force',
        'Utopia,UTO,member,,,,,,unknown status',
        'Short,SHR,party',
        'Laputa,LAP,signatory,,,,,Asia-Pacific,a signatory',
      ].join('\r\n');
      const preview = await imported(csv, true);
      const outcome = (row: number) => preview.rows[row - 1]!;
      expect(preview).toMatchObject({ added: 1, changed: 1, unchanged: 0, refused: 8 });
      expect(outcome(1)).toMatchObject({
        outcome: 'CHANGED',
        changes: [{ field: 'regionalGroup', from: 'Western European and Others', to: 'Western Europe' }],
      });
      const codes = (row: number) => outcome(row).refusals.map((refusal) => refusal.code);
      expect(codes(2)).toEqual(['CSV_BAD_ISO3']);
      expect(codes(3)).toEqual(['CSV_NO_ENTRY_INTO_FORCE']);
      expect(codes(4)).toEqual(['CSV_DUPLICATE_ISO3']); // a code once is a code once, even on a refused row
      expect(codes(5)).toEqual(['CSV_NAME_TAKEN']);
      expect(codes(6)).toEqual(['CSV_PARTY_TO_SIGNATORY']);
      expect(codes(7)).toEqual(['CSV_DEPOSIT_AFTER_ENTRY_INTO_FORCE']);
      expect(codes(8)).toEqual(['CSV_UNKNOWN_STATUS']);
      expect(codes(9)).toEqual(['CSV_FIELD_COUNT']);
      expect(outcome(10)).toMatchObject({ outcome: 'ADDED', iso3: 'LAP' });
      expect(outcome(6).refusals[0]!.message).toMatch(/Thailand is a State Party since 1999-05-01/);

      const done = await imported(csv, false);
      expect(plan(done)).toEqual(plan(preview));
      expect(await count(`participant WHERE iso3 IN ('ATL', 'PTZ', 'LEM', 'UTO', 'LAP')`)).toBe(1);
      expect(await count(`participant WHERE iso3 = 'NOR' AND regional_group = 'Western Europe'`)).toBe(1);
      expect(await count(`participant WHERE iso3 = 'THA' AND became_party_on IS NOT NULL`)).toBe(1);
    });

    it('refuses a second row with a code already read in the file', async () => {
      const csv = [HEADER, 'Freedonia,FRE,signatory,,,,,,', 'Freedonia bis,FRE,signatory,,,,,,'].join('\n');
      const preview = await imported(csv, true);
      expect(preview.rows.map((row) => row.outcome)).toEqual(['ADDED', 'REFUSED']);
      expect(preview.rows[1]!.refusals[0]!.code).toBe('CSV_DUPLICATE_ISO3');
    });

    it('writes nothing when a row fails while the file is written', async () => {
      // A database refusal half-way (a trigger stands in for any failure the preview could not foresee).
      await db.query(`
        CREATE FUNCTION refuse_zzz() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.iso3 = 'ZZZ' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
      await db.query(
        `CREATE TRIGGER refuse_zzz BEFORE INSERT ON participant FOR EACH ROW EXECUTE FUNCTION refuse_zzz()`,
      );
      try {
        const csv = [
          HEADER,
          'Erewhon,ERE,signatory,,,,,,',
          'Norway,NOR,party,ratification,1998-07-09,1999-03-01,no,Western European and Others,back',
          'Zembla,ZZZ,signatory,,,,,,',
          'Ruritania,RUR,signatory,,,,,,',
        ].join('\n');
        const participantsBefore = await count('participant');
        const auditBefore = await count('audit_event');
        const response = await importCsv(csv, false);
        expect(response.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
        expect(await count('participant')).toBe(participantsBefore);
        expect(await count(`participant WHERE iso3 = 'NOR' AND regional_group = 'Western Europe'`)).toBe(1);
        expect(await count('audit_event')).toBe(auditBefore);
      } finally {
        await db.query(`DROP TRIGGER refuse_zzz ON participant; DROP FUNCTION refuse_zzz()`);
      }
    });

    it('refuses a file without the columns it needs, naming them', async () => {
      const response = await importCsv('state,iso3,status_2004\nNorway,NOR,party', true);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'csv',
        guards: [
          {
            code: 'CSV_MISSING_COLUMNS',
            params: { columns: "'deposit_date', 'entry_into_force', 'un_regional_group'" },
          },
        ],
      });
    });

    it('refuses a file it cannot read as CSV, naming the line of the quote left open', async () => {
      const response = await importCsv('state,iso3\nNorway,"NOR\n', true);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'csv',
        guards: [{ code: 'CSV_QUOTE_NOT_CLOSED', params: { line: 2 } }],
      });
    });
  });

  describe('what the dashboard offers', () => {
    it("names today's permissions and the roles one may grant, from the domain's rules", async () => {
      const ask = (cookie: string | null) =>
        t.gql<{ me: { permissions: string[]; grantableRoles: string[] } }>(
          `{ me { permissions grantableRoles } }`,
          {},
          { cookie },
        );
      const supportUnit = (await ask(accounts.cookie.supportUnit)).data!.me;
      expect(supportUnit.permissions).toEqual(
        expect.arrayContaining(['participant.write', 'roleTerm.write']),
      );
      expect(supportUnit.permissions).not.toContain('process.write');
      expect(supportUnit.grantableRoles).not.toEqual(expect.arrayContaining(['CO_CHAIR']));
      expect(supportUnit.grantableRoles.some((role) => role.startsWith('PRESIDENT'))).toBe(false);
      expect(supportUnit.grantableRoles).toContain('SUPPORT_UNIT');
      const administrator = (await ask(accounts.cookie.administrator)).data!.me;
      expect(administrator.grantableRoles).toEqual(
        expect.arrayContaining(['CO_CHAIR', 'PRESIDENT', 'PRESIDENT_DESIGNATE', 'SUPPORT_UNIT']),
      );
      expect((await ask(null)).data!.me).toEqual({ permissions: [], grantableRoles: [] });
    });
  });

  describe('people', () => {
    it('records the language a person is written to in, and refuses one not offered', async () => {
      const create = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id name title language } }`;
      const input = {
        participantId: accounts.participantId.stateParty,
        name: 'Ms A. Delegate',
        title: 'Counsellor',
      };
      const made = await t.gql<{ createPerson: { language: string } }>(
        create,
        { input: { ...input, language: 'fr' } },
        { cookie: accounts.cookie.supportUnit },
      );
      expect(made.data?.createPerson.language).toBe('fr');
      const refused = await t.gql(
        create,
        { input: { ...input, language: 'de' } },
        { cookie: accounts.cookie.supportUnit },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    });
  });

  describe('the Presidency handover', () => {
    const today = localDate(new Date(), 'UTC');
    const HANDOVER = `mutation ($input: HandOverPresidencyInput!) {
      handOverPresidency(input: $input) {
        ended { id endsOn } started { id startsOn endsOn role participant { id } } designationsEnded { id endsOn }
      }
    }`;
    let currentTermId: string;

    beforeAll(async () => {
      // The incoming State is designated, not yet recorded as President: the handover makes it one.
      await db.query(`DELETE FROM role_term WHERE participant_id = $1`, [
        accounts.participantId.incomingPresidency,
      ]);
      await db.query(
        `INSERT INTO role_term (participant_id, role, body, starts_on) VALUES ($1, 'PRESIDENT_DESIGNATE', 'Test body', $2)`,
        [accounts.participantId.incomingPresidency, addDays(today, -50)],
      );
      currentTermId = (
        await db.query<{ id: string }>(
          `SELECT id FROM role_term WHERE participant_id = $1 AND role = 'PRESIDENT'`,
          [accounts.participantId.presidency],
        )
      ).rows[0]!.id;
    });

    const input = (overrides: Record<string, unknown> = {}) => ({
      currentTermId,
      expectedVersion: 1,
      on: addDays(today, 10),
      participantId: accounts.participantId.incomingPresidency,
      body: 'Meetings of the States Parties',
      ...overrides,
    });
    const termsOf = (participantId: string) =>
      db.query(
        `SELECT role, starts_on::text, ends_on::text FROM role_term WHERE participant_id = $1 ORDER BY role`,
        [participantId],
      );

    it('is an administrator’s: the support unit is refused', async () => {
      const response = await t.gql(HANDOVER, { input: input() }, { cookie: accounts.cookie.supportUnit });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'role' });
    });

    it('refuses an incoming State that is not party on the day, changing nothing', async () => {
      const response = await t.gql(
        HANDOVER,
        { input: input({ participantId: accounts.participantId.observer }) },
        { cookie: accounts.cookie.administrator },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'participantId',
      });
      expect((await termsOf(accounts.participantId.presidency)).rows[0]!.ends_on).toBe(addDays(today, 100));
    });

    it('changes nothing when any part of it fails', async () => {
      await db.query(`
        CREATE FUNCTION refuse_president() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.role = 'PRESIDENT' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
      await db.query(
        `CREATE TRIGGER refuse_president BEFORE INSERT ON role_term FOR EACH ROW EXECUTE FUNCTION refuse_president()`,
      );
      try {
        const response = await t.gql(HANDOVER, { input: input() }, { cookie: accounts.cookie.administrator });
        expect(response.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
        expect((await termsOf(accounts.participantId.presidency)).rows[0]!.ends_on).toBe(addDays(today, 100));
        expect(await count(`outbox_event WHERE type = 'ROLE_TERM_STARTING'`)).toBe(0);
      } finally {
        await db.query(`DROP TRIGGER refuse_president ON role_term; DROP FUNCTION refuse_president()`);
      }
    });

    it('ends the current term and starts the incoming one on the same day, and announces it once', async () => {
      const on = addDays(today, 10);
      const response = await t.gql<{
        handOverPresidency: {
          ended: { endsOn: string };
          started: { id: string; startsOn: string; endsOn: null };
        };
      }>(HANDOVER, { input: input() }, { cookie: accounts.cookie.administrator });
      expect(response.errors).toBeUndefined();
      const { ended, started } = response.data!.handOverPresidency;
      expect(ended.endsOn).toBe(on);
      expect(started).toMatchObject({ startsOn: on, endsOn: null });
      expect((await termsOf(accounts.participantId.incomingPresidency)).rows).toEqual([
        { role: 'PRESIDENT', starts_on: on, ends_on: null },
        { role: 'PRESIDENT_DESIGNATE', starts_on: addDays(today, -50), ends_on: on },
      ]);
      const events = await db.query(`SELECT payload FROM outbox_event WHERE type = 'ROLE_TERM_STARTING'`);
      expect(events.rows).toEqual([{ payload: { roleTermId: started.id, step: `0:${on}` } }]);
      // The sweep's own announcement of the start is claimed, so the day itself does not repeat it.
      expect(
        await count(`reminder_sent WHERE kind = 'ROLE_TERM_STARTS' AND subject_id = $1`, [started.id]),
      ).toBe(1);
      expect(
        await count(`audit_event WHERE entity_type = 'role_term' AND entity_id = $1`, [started.id]),
      ).toBeGreaterThan(0);

      const presidencies = await t.gql<{ presidencies: { current: { participant: { id: string } } } }>(
        `query ($on: LocalDate) { presidencies(on: $on) { current { participant { id } } } }`,
        { on },
      );
      expect(presidencies.data!.presidencies.current.participant.id).toBe(
        accounts.participantId.incomingPresidency,
      );
    });

    it('refuses a second handover from the same version', async () => {
      const response = await t.gql(HANDOVER, { input: input() }, { cookie: accounts.cookie.administrator });
      expect(response.errors?.[0]?.extensions.code).toBe('CONFLICT');
    });
  });
});
