import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { visibleTiers, Confidentiality } from '@prepcom/domain';
import { ActionEntity } from '../src/action/action.entity';
import { dataSourceOptions } from '../src/database/data-source';
import { MatterEntity } from '../src/matter/matter.entity';
import { MilestoneEntity } from '../src/milestone/milestone.entity';
import { OptionEntity } from '../src/option/option.entity';
import { ParticipantEntity } from '../src/participant/participant.entity';
import { seedDataset } from '../src/seed/seed-sample-data';
import { SeedRepository } from '../src/seed/seed.repository';
import { stableId } from '../src/seed/stable-id';
import { syntheticDataset } from './support/synthetic-dataset';
import { createTestDatabase, type TestDatabase } from './support/test-run';

/**
 * snapshot.sql and history.sql spell out each entity's columns (decision 37): a column added to an entity and not to the statement
 * would be missing from every screen without an error. This reads the committed file as the repository does.
 */
describe('the snapshot and history statements', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource(dataSourceOptions(database.url));
    await db.initialize();
    await seedDataset(new SeedRepository(db), syntheticDataset('columns', 2));
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const propertiesOf = (entity: EntityTarget<ObjectLiteral>) =>
    db
      .getMetadata(entity)
      .columns.filter((column) => !column.isVirtual)
      .map((column) => column.propertyName)
      .sort();

  // Long after the synthetic process's last date, so every kind of row is there.
  const asOf = new Date('2100-01-01T00:00:00Z');
  const tiers = visibleTiers(Confidentiality.CO_CHAIRS);
  const processId = () => stableId('process:columns');

  /** Every entity's array in the statement's answer has objects with exactly that entity's properties. */
  const expectEveryColumn = (
    rows: Record<string, Record<string, unknown>[]>,
    read: Record<string, EntityTarget<ObjectLiteral>>,
  ) => {
    for (const [column, entity] of Object.entries(read)) {
      const [first] = rows[column]!;
      expect({ column, properties: Object.keys(first!).sort() }).toEqual({
        column,
        properties: propertiesOf(entity),
      });
    }
  };
  const statement = (name: string) => readFileSync(join(__dirname, '../src/assessment', name), 'utf8');

  it('returns every column of each entity it reads, under the property name', async () => {
    const [rows] = await db.query<Record<string, Record<string, unknown>[]>[]>(statement('snapshot.sql'), [
      processId(),
      asOf,
      tiers,
    ]);
    expectEveryColumn(rows!, {
      milestones: MilestoneEntity,
      matters: MatterEntity,
      options: OptionEntity,
      actions: ActionEntity,
      participants: ParticipantEntity,
    });
  });

  it('has the readiness series read the same columns from the history statement', async () => {
    const [rows] = await db.query<Record<string, Record<string, unknown>[]>[]>(statement('history.sql'), [
      processId(),
      new Date('2000-01-01T00:00:00Z'),
      asOf,
      tiers,
    ]);
    expectEveryColumn(rows!, {
      milestones: MilestoneEntity,
      matters: MatterEntity,
      options: OptionEntity,
      actions: ActionEntity,
    });
  });
});
