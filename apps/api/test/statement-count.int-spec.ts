import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { seedDataset } from '../src/seed/seed-sample-data';
import { stableId } from '../src/seed/stable-id';
import { CountingLogger } from './support/counting-logger';
import { syntheticDataset } from './support/synthetic-dataset';
import { startTestApp, type TestApp } from './support/test-app';

/** The dashboard's query, nested the way the dashboard reads it: everything per matter, nothing per row in SQL. */
const DASHBOARD = `
  query Dashboard($id: ID!) {
    process(id: $id) {
      title
      dashboard { openMatters readiness daysToNextMilestone nextMilestone { title } byHealth { health count }
                  milestones { milestone { shortTitle } readiness openMatters } }
      milestones(first: 100) { edges { node { title startsAtLocal convenors { name } contacts { name } } } }
      matters(first: 500) {
        totalCount
        edges { node {
          title status
          decidingMilestone { shortTitle }
          readiness { score reasons { code message } }
          health { level reasons { message } }
          options { text stage proposer { name } }
          actions { title status due owner { name } }
          dependencies { title status }
          views { position participant { name } }
          viewTally { statePartiesWithView statePartiesObjecting }
        } }
      }
    }
  }`;

describe('SQL statements per dashboard request', () => {
  const logger = new CountingLogger();
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ sqlLogger: logger });
    const db = new DataSource(dataSourceOptions(t.database.url));
    await db.initialize();
    await seedDataset(db, syntheticDataset('small', 10));
    await seedDataset(db, syntheticDataset('large', 500));
    await db.destroy();
  });

  afterAll(() => t.close());

  async function statementsFor(processKey: string): Promise<{ count: number; matters: number }> {
    logger.reset();
    const response = await t.gql<{ process: { matters: { totalCount: number } } }>(DASHBOARD, {
      id: stableId(`process:${processKey}`),
    });
    expect(response.errors).toBeUndefined();
    return { count: logger.statements.length, matters: response.data!.process.matters.totalCount };
  }

  it('is the same for 10 and for 500 matters, and small', async () => {
    const small = await statementsFor('small');
    const large = await statementsFor('large');
    expect(small.matters).toBe(10);
    expect(large.matters).toBe(500);
    expect(large.count).toBe(small.count);
    // process, milestones, snapshot (8), views, participants, contacts and convenor links: a fixed handful.
    expect(small.count).toBeLessThanOrEqual(16);
  });
});
