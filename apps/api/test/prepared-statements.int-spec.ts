import { DataSource } from 'typeorm';
import { preparedStatement } from '../src/common/database/prepared-statements';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase, type TestDatabase } from './support/test-run';

/** The pooled connection sends registered statements under a name, so PostgreSQL plans them once per connection. */
describe('prepared statements', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection: every statement below runs on the same one, which is what pg_prepared_statements describes.
    db = new DataSource(dataSourceOptions(database.url, { poolSize: 1 }));
    await db.initialize();
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const preparedOnTheConnection = () =>
    db.query<{ statement: string }[]>(`SELECT statement FROM pg_prepared_statements WHERE NOT from_sql`);

  it('prepares a registered statement once and runs it with new parameters each time', async () => {
    const text = preparedStatement(`SELECT $1::int + 1 AS next /* prepared-statements test */`);
    expect(await db.query(text, [1])).toEqual([{ next: 2 }]);
    expect(await db.query(text, [41])).toEqual([{ next: 42 }]);
    expect((await preparedOnTheConnection()).map((row) => row.statement)).toContain(text);
  });

  it('leaves every other statement unnamed', async () => {
    const text = `SELECT $1::int * 2 AS twice /* not registered */`;
    expect(await db.query(text, [21])).toEqual([{ twice: 42 }]);
    expect((await preparedOnTheConnection()).map((row) => row.statement)).not.toContain(text);
  });

  it('reports a failing prepared statement as TypeORM reports any other', async () => {
    const text = preparedStatement(`SELECT 1 / $1::int AS quotient /* prepared-statements test */`);
    await expect(db.query(text, [0])).rejects.toThrow('division by zero');
    expect(await db.query(text, [1])).toEqual([{ quotient: 1 }]);
  });
});
