import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import type { SeedDataset } from '../src/seed/data/seed-types';
import { seedDataset } from '../src/seed/seed-sample-data';
import { SeedRepository } from '../src/seed/seed.repository';
import { stableId } from '../src/seed/stable-id';
import { CountingLogger } from './support/counting-logger';
import { DASHBOARD } from './support/dashboard-query';
import { syntheticDataset } from './support/synthetic-dataset';
import { startTestApp, type TestApp } from './support/test-app';

/** `count` views on the dataset's first matter, a minute apart: each at an instant of its own. */
function withViewsOnFirstMatter(dataset: SeedDataset, count: number): SeedDataset {
  const [first] = dataset.views;
  const others = dataset.views.filter((view) => view.matterKey !== first!.matterKey);
  const views = Array.from({ length: count }, (_, i) => ({
    ...first!,
    key: `${first!.key}-${i}`,
    participantKey: dataset.participants[i % dataset.participants.length]!.key,
    expressedAtLocal: `2026-03-${String(10 + Math.floor(i / 60)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}`,
  }));
  return { ...dataset, views: [...views, ...others] };
}

describe('SQL statements per dashboard request', () => {
  const logger = new CountingLogger();
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ sqlLogger: logger });
    const db = new DataSource(dataSourceOptions(t.database.url));
    await db.initialize();
    await seedDataset(new SeedRepository(db), syntheticDataset('small', 10));
    await seedDataset(new SeedRepository(db), syntheticDataset('large', 500));
    await seedDataset(new SeedRepository(db), withViewsOnFirstMatter(syntheticDataset('views', 2), 300));
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
    // The process, its snapshot, the views, convenors and contacts: fewer than a hand-written dashboard's six.
    expect(small.count).toBeLessThanOrEqual(5);
  });

  it("is constant for a view's matter, however many views at however many instants", async () => {
    // Each view's matter used to be read as of its expressedAt: one process snapshot per view.
    const statementsForMatter = async (key: string) => {
      logger.reset();
      const response = await t.gql<{ matter: { views: { matter: { id: string } }[] } }>(
        'query ($id: ID!) { matter(id: $id) { views { expressedAt matter { id title } } } }',
        { id: stableId(`matter:${key}`) },
      );
      expect(response.errors).toBeUndefined();
      return { count: logger.statements.length, views: response.data!.matter.views.length };
    };
    const few = await statementsForMatter('views-matter-1');
    const many = await statementsForMatter('views-matter-0');
    expect(few.views).toBe(10);
    expect(many.views).toBe(300);
    expect(many.count).toBe(few.count);
  });

  it('reads plain fields as properties and calls only real resolvers', () => {
    // readPlainFieldsDirectly finds Nest's property readers by name; if Nest renamed them, this would catch it.
    const { schema } = t.app.get(GraphQLSchemaHost);
    const matter = schema.getType('Matter') as GraphQLObjectType;
    expect(matter.getFields().title!.resolve).toBeUndefined();
    expect(matter.getFields().readiness!.resolve).toBeInstanceOf(Function);
  });
});
