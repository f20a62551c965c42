// What the build puts beside the compiled code: the sample States Parties, and the statements that repositories
// read from `.sql` files beside them (decision 37).
import { cpSync, statSync } from 'node:fs';

cpSync('src/seed/data/states-parties-2004.csv', 'dist/seed/data/states-parties-2004.csv');
cpSync('src', 'dist', {
  recursive: true,
  filter: (path) => statSync(path).isDirectory() || path.endsWith('.sql'),
});
