import { Client } from 'pg';
import type { BenchChild } from '../processes/child-process';
import { graphqlTarget, type Target } from './load';

/** Views a busy matter gathers over a process: one a State, each at an instant of its own. */
export const VIEWS_ON_MATTER = 300;

/** A single matter's page, as the dashboard asks for it. */
export const MATTER_PAGE = `query MatterPage($id: ID!) {
  matter(id: $id) {
    id title status readiness { score } options { id text stage }
    views { id position expressedAt participant { name } }
  }
}`;

/** The same page, each view also asking for its matter: once one process snapshot per view (2.5 s at 300). */
const WITH_VIEW_MATTERS = MATTER_PAGE.replace(
  'participant { name }',
  'participant { name } matter { id title status }',
);

/**
 * Gives the process's first matter VIEWS_ON_MATTER views a minute apart, and answers its id. Written in SQL: the
 * seeding shapes a process as the dashboard figures need it, with ten views per matter at one instant.
 */
export async function addViewsToOneMatter(databaseUrl: string, processId: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM matter WHERE process_id = $1 ORDER BY title, id LIMIT 1',
      [processId],
    );
    const matterId = rows[0]!.id;
    await client.query(
      `INSERT INTO participant_view (participant_id, matter_id, position, expressed_at)
       SELECT p.id, $1, 'SUPPORTS', timestamptz '2026-01-05 10:00Z' + n * interval '1 minute'
         FROM generate_series(1, $2::int) n
         JOIN LATERAL (SELECT id FROM participant ORDER BY name OFFSET (n % (SELECT count(*) FROM participant)) LIMIT 1) p ON true`,
      [matterId, VIEWS_ON_MATTER],
    );
    await client.query('ANALYZE participant_view');
    return matterId;
  } finally {
    await client.end();
  }
}

/** A matter page with and without its views' matters, from one API process. */
export function viewMattersTargets(
  api: BenchChild,
  matterId: string,
): { page: Target; withViewMatters: Target } {
  const baseUrl = `http://127.0.0.1:${String(api.details.port)}`;
  return {
    page: graphqlTarget(baseUrl, MATTER_PAGE, { id: matterId }),
    withViewMatters: graphqlTarget(baseUrl, WITH_VIEW_MATTERS, { id: matterId }),
  };
}
