import { InitialSchema1764300000000 } from './1764300000000-initial-schema';

/** Listed in order; the schema changes only through these, never through `synchronize`. */
export const MIGRATIONS = [InitialSchema1764300000000];
