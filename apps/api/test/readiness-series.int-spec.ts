import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse } from 'graphql';
import { Client } from 'pg';
import { queryCost } from '../src/common/hardening/query-cost';
import { seedSampleData } from '../src/seed/seed-sample-data';
import { createRoleAccounts, type RoleAccounts } from './support/accounts';
import { mutate } from './support/graphql-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

interface Figures {
  asOf: string;
  readiness: number | null;
  openReadiness: number | null;
  milestones: {
    milestone: { id: string; startsAt: string };
    readiness: number | null;
    matters: number;
    openMatters: number;
  }[];
}

const FIGURES =
  'asOf readiness openReadiness milestones { milestone { id startsAt } readiness matters openMatters }';
const SERIES = `query ($from: DateTime!, $to: DateTime!, $points: Int!) {
  process { readinessSeries(from: $from, to: $to, points: $points) { ${FIGURES} } } }`;
const DASHBOARD = `query ($asOf: DateTime) { process { dashboard(asOf: $asOf) { ${FIGURES} } } }`;
const POINTS = 40;

describe('the readiness series', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let range: { from: string; to: string };

  beforeAll(async () => {
    t = await startTestApp();
    await seedSampleData(t.database.url);
    accounts = await createRoleAccounts(t);
    // Some of the sample's record closed to some readers, as if always: the series must hide what the dashboard does.
    const db = new Client({ connectionString: t.database.url });
    await db.connect();
    try {
      await db.query(`UPDATE matter SET confidentiality = 'CO_CHAIRS'
                       WHERE id = (SELECT id FROM matter ORDER BY title OFFSET 1 LIMIT 1)`);
      await db.query(`UPDATE matter_option SET confidentiality = 'STATES_PARTIES'
                       WHERE id IN (SELECT id FROM matter_option ORDER BY text LIMIT 6)`);
      await db.query(`UPDATE participant_view SET confidentiality = 'STATES_PARTIES'
                       WHERE id IN (SELECT id FROM participant_view ORDER BY id LIMIT 40)`);
      const { rows } = await db.query<{ id: string; version: number }>(
        `UPDATE matter SET confidentiality = 'STATES_PARTIES'
          WHERE id = (SELECT id FROM matter ORDER BY title OFFSET 3 LIMIT 1) RETURNING id, version`,
      );
      // And one opened and retitled today, through the API: its past, turned back by the audit trail, stays closed.
      await mutate(
        t,
        `mutation ($input: UpdateMatterInput!) { updateMatter(input: $input) { id } }`,
        {
          id: rows[0]!.id,
          expectedVersion: rows[0]!.version,
          title: 'Retitled since',
          confidentiality: 'PUBLIC',
        },
        accounts.cookie.supportUnit,
      );
      const span = await db.query<{ from: Date; to: Date }>(
        `SELECT min(starts_at) - interval '90 days' AS from, max(starts_at) + interval '30 days' AS to FROM milestone`,
      );
      range = { from: span.rows[0]!.from.toISOString(), to: span.rows[0]!.to.toISOString() };
    } finally {
      await db.end();
    }
  });

  afterAll(() => t.close());

  it.each(['anonymous', 'stateParty', 'supportUnit'] as const)(
    'says at each point what the dashboard says at that instant, to %s',
    async (role) => {
      const cookie = accounts.cookie[role];
      const series = await t.gql<{ process: { readinessSeries: Figures[] } }>(
        SERIES,
        { ...range, points: POINTS },
        { cookie },
      );
      expect(series.errors).toBeUndefined();
      const points = series.data!.process.readinessSeries;
      expect(points).toHaveLength(POINTS);
      expect(points[0]!.asOf).toBe(range.from);
      expect(points.at(-1)!.asOf).toBe(range.to);
      for (const point of points) {
        const dashboard = await t.gql<{ process: { dashboard: Figures } }>(
          DASHBOARD,
          { asOf: point.asOf },
          { cookie },
        );
        expect(dashboard.errors).toBeUndefined();
        expect(point).toEqual(dashboard.data!.process.dashboard);
      }
      // A series that says something: no matter at first, then readiness that moves.
      expect(points[0]!.readiness).toBeNull();
      expect(new Set(points.map((point) => point.readiness)).size).toBeGreaterThan(5);
    },
  );

  it('shows each reader only what they may see', async () => {
    const read = async (cookie: string | null) =>
      (
        await t.gql<{ process: { readinessSeries: Figures[] } }>(
          SERIES,
          { ...range, points: POINTS },
          { cookie },
        )
      ).data!.process.readinessSeries;
    const [visitor, supportUnit] = [await read(null), await read(accounts.cookie.supportUnit)];
    const matters = (points: Figures[]) =>
      points.map((point) => point.milestones.reduce((sum, milestone) => sum + milestone.matters, 0));
    expect(matters(visitor).some((count, i) => count < matters(supportUnit)[i]!)).toBe(true);
  });

  it('is priced by its points, so that many aliased series count as the costly queries they are', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const cost = (points: number) => queryCost(schema, parse(SERIES), { ...range, points }, undefined);
    expect(cost(3)).toBeGreaterThan(cost(2));
    expect(cost(100) - cost(50)).toBe(50 * (cost(3) - cost(2)));
  });

  it.each([
    [{ points: 1 }, 'points', { code: 'INPUT_BELOW_MIN', params: { min: 2 } }],
    [{ points: 101 }, 'points', { code: 'INPUT_ABOVE_MAX', params: { max: 100 } }],
    [
      { from: '2004-01-01T00:00:00.000Z', to: '2003-01-01T00:00:00.000Z' },
      'from',
      { code: 'PERIOD_ENDS_BEFORE_START', params: {} },
    ],
  ])(
    'refuses %j with a reason the dashboard says in the reader’s language',
    async (change, field, reason) => {
      const { errors } = await t.gql(SERIES, { ...range, points: POINTS, ...change });
      expect(errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        guards: [{ field, ...reason }],
      });
    },
  );
});
