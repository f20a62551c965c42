import { loadConfig } from '../config/app-config';
import { seedSampleData } from '../seed/seed-sample-data';

/** Loads the sample data into DATABASE_URL; running it again changes nothing. */
async function main(): Promise<void> {
  const { databaseUrl } = loadConfig();
  if (!databaseUrl) throw new Error('DATABASE_URL is required to seed; set it to a postgres:// URL.');
  await seedSampleData(databaseUrl);
  console.log('Sample data loaded: the preparatory process of the First Review Conference (2002–2004).');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
