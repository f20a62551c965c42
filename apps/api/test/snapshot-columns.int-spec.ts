import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Confidentiality } from '@prepcom/domain';
import { ActionEntity } from '../src/action/action.entity';
import { dataSourceOptions } from '../src/database/data-source';
import { MatterEntity } from '../src/matter/matter.entity';
import { MilestoneEntity } from '../src/milestone/milestone.entity';
import { OptionEntity } from '../src/option/option.entity';
import { ParticipantEntity } from '../src/participant/participant.entity';
import { HistoryRepository } from '../src/assessment/history.repository';
import { SnapshotRepository } from '../src/assessment/snapshot.repository';
import { seedDataset } from '../src/seed/seed-sample-data';
import { SeedRepository } from '../src/seed/seed.repository';
import { stableId } from '../src/seed/stable-id';
import { syntheticDataset } from './support/synthetic-dataset';
import { createTestDatabase, type TestDatabase } from './support/test-run';

/**
 * snapshot.sql and history.sql have their entities' columns listed from the entities (entity-arrays.ts): a column
 * added to an entity and missing from a statement, or revived under the wrong name, would be missing from every
 * screen without an error. Both are read through their repositories.
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
  const processId = () => stableId('process:columns');

  /** Each row has exactly its entity's properties, under their names, and its instants are dates. */
  const expectEveryColumn = (read: [ObjectLiteral | undefined, EntityTarget<ObjectLiteral>][]) => {
    for (const [row, entity] of read) {
      expect({ entity, properties: Object.keys(row!).sort() }).toEqual({
        entity,
        properties: propertiesOf(entity),
      });
    }
  };

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
    expectEveryColumn(read);
    expect(snapshot.milestones[0]!.startsAt).toBeInstanceOf(Date);
    expect(state!.matter.createdAt).toBeInstanceOf(Date);
    expect(snapshot.participants.find((participant) => participant.becamePartyOn)?.becamePartyOn).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });

  it('has the readiness series read the same columns from the history statement', async () => {
    const [snapshot] = await new HistoryRepository(db).snapshots(
      processId(),
      [asOf],
      Confidentiality.CO_CHAIRS,
    );
    const [state] = snapshot!.matters;
    expectEveryColumn([
      [snapshot!.milestones[0], MilestoneEntity],
      [state?.matter, MatterEntity],
      [state?.options[0], OptionEntity],
      [snapshot!.actions[0], ActionEntity],
    ]);
    expect(state!.options[0]!.tabledAt).toBeInstanceOf(Date);
  });
});
