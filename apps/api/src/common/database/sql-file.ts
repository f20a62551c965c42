import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hand-written statement, committed as a `.sql` file beside the repository that runs it so a reviewer reads it
 * whole (decision 37); read once, when the repository's module loads. The build copies the files to `dist/`.
 */
export const sqlFile = (directory: string, name: string): string =>
  readFileSync(join(directory, name), 'utf8').trimEnd();
