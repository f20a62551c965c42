import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { seedDataset } from '../src/seed/seed-sample-data';
import { stableId } from '../src/seed/stable-id';
import { CountingLogger } from './support/counting-logger';
import { DASHBOARD } from './support/dashboard-query';
import { syntheticDataset } from './support/synthetic-dataset';
import { startTestApp, type TestApp } from './support/test-app';

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
    // The process, its snapshot, the views, convenors and contacts: fewer than a hand-written dashboard's six.
    expect(small.count).toBeLessThanOrEqual(5);
  });

  it('reads plain fields as properties and calls only real resolvers', () => {
    // readPlainFieldsDirectly finds Nest's property readers by name; if Nest renamed them, this would catch it.
    const { schema } = t.app.get(GraphQLSchemaHost);
    const matter = schema.getType('Matter') as GraphQLObjectType;
    expect(matter.getFields().title!.resolve).toBeUndefined();
    expect(matter.getFields().readiness!.resolve).toBeInstanceOf(Function);
  });
});
