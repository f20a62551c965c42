import { Client } from 'pg';
import type { BenchChild } from '../processes/child-process';
import { graphqlTarget, type Target } from './load';
import { MATTER_PAGE } from './view-matters';

/**
 * What is searched: a delegate's misspelt word, found by trigrams in the titles of every process's matters (then kept
 * to this one), and a common name, which answers hundreds of participants and is ranked before the first ten are cut.
 */
export const SEARCHES = { typo: 'questoin', common: 'State Party' } as const;

const SEARCH = `query Search($processId: ID, $text: String!) {
  process(id: $processId) {
    id
    search(text: $text, first: 10) {
      kind id matterId title titleMarks { start end } excerpt excerptMarks { start end } context
    }
  }
}`;

/** The process's first matter, whose page the searches are compared with. */
export async function firstMatter(databaseUrl: string, processId: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM matter WHERE process_id = $1 ORDER BY title, id LIMIT 1',
      [processId],
    );
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

/** A matter page and the two searches, from one API process. */
export function searchTargets(
  api: BenchChild,
  processId: string,
  matterId: string,
): { page: Target; typo: Target; common: Target } {
  const baseUrl = `http://127.0.0.1:${String(api.details.port)}`;
  const search = (text: string) => graphqlTarget(baseUrl, SEARCH, { processId, text });
  return {
    page: graphqlTarget(baseUrl, MATTER_PAGE, { id: matterId }),
    typo: search(SEARCHES.typo),
    common: search(SEARCHES.common),
  };
}
