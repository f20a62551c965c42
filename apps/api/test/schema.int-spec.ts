import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printSchema, SCHEMA_FILE } from '../src/cli/print-schema';

describe('apps/api/schema.gql', () => {
  it('is the schema the code builds (run `npm run build -w @prepcom/api` and commit it after a change)', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-schema-'));
    const fresh = path.join(folder, 'schema.gql');
    try {
      await printSchema(fresh);
      expect(fs.readFileSync(fresh, 'utf8')).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
