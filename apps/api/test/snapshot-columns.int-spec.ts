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
import { SnapshotRepository } from '../src/assessment/snapshot.repository';
import { seedDataset } from '../src/seed/seed-sample-data';
import { SeedRepository } from '../src/seed/seed.repository';
import { stableId } from '../src/seed/stable-id';
import { syntheticDataset } from './support/synthetic-dataset';
import { createTestDatabase, type TestDatabase } from './support/test-run';

/**
 * history.sql spells out each entity's columns (decision 37), and snapshot.sql has them listed from the entity
 * (entity-arrays.ts): a column added to an entity and missing from a statement, or revived under the wrong name,
 * would be missing from every screen without an error. History is read from the committed file as its repository
 * does; the snapshot through its repository.
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

  it('returns every column of each entity it reads, under the property name, instants as dates', async () => {
    const snapshot = await new SnapshotRepository(db).load(processId(), asOf, Confidentiality.CO_CHAIRS);
    const [state] = snapshot.matters;
    const read: [ObjectLiteral | undefined, EntityTarget<ObjectLiteral>][] = [
      [snapshot.milestones[0], MilestoneEntity],
      [state?.matter, MatterEntity],
      [state?.options[0], OptionEntity],
      [snapshot.actions[0], ActionEntity],
      [snapshot.participants[0], ParticipantEntity],
    ];
    for (const [row, entity] of read) {
      expect({ entity, properties: Object.keys(row!).sort() }).toEqual({
        entity,
        properties: propertiesOf(entity),
      });
    }
    expect(snapshot.milestones[0]!.startsAt).toBeInstanceOf(Date);
    expect(state!.matter.createdAt).toBeInstanceOf(Date);
    expect(snapshot.participants.find((participant) => participant.becamePartyOn)?.becamePartyOn).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
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
