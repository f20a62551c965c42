import path from 'node:path';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';
import { API_PACKAGE_ROOT } from '../config/paths';

export const SCHEMA_FILE = path.join(API_PACKAGE_ROOT, 'schema.gql');

/** Writes the code-first schema to a file (the web app's codegen reads apps/api/schema.gql); needs no database. */
export async function printSchema(file: string): Promise<void> {
  const app = await createApp({
    config: loadConfig({}),
    databaseUrl: 'postgres://schema-only/none',
    schemaFile: file,
    schemaOnly: true,
    logger: false,
  });
  await app.init();
  await app.close();
}

if (require.main === module) {
  printSchema(process.argv[2] ?? SCHEMA_FILE).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
