import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The records the header's search reads, each with the column that names it and the column(s) of its text. */
const SEARCHED = [
  { table: 'matter', name: 'title', vector: `A(title) || B(description) || C(outcome)` },
  { table: 'matter_option', name: 'text', vector: `A(text)` },
  { table: 'action', name: 'title', vector: `A(title) || B(description)` },
  { table: 'milestone', name: 'title', vector: `A(title) || A(short_title) || B(description) || C(venue)` },
  { table: 'participant', name: 'name', vector: `A(name)` },
  { table: 'person', name: 'name', vector: `A(name)` },
] as const;

/** `A(column)`: the column's words under the search configurations, weighted A (B, C) for ranking. */
const weighted = (vector: string) =>
  vector.replace(/([ABC])\((\w+)\)/g, `setweight(public.prepcom_search_vector($2), '$1')`);

/**
 * Full-text and trigram search (decision 33). A text's language is not recorded (a process's papers mix English,
 * French and Spanish), so every text is indexed under the three languages' stemmers at once, accents and case folded;
 * a query is read under each and matches when any reading does. Names and titles also get a trigram index, so a
 * misspelt word ("Tailand") still finds them. The functions are IMMUTABLE (unaccent's dictionary is named, not looked
 * up through search_path) so that stored generated columns and expression indexes may use them, and they name every
 * object by schema so that a restore with an empty search_path rebuilds the columns.
 */
export class Search1765680000000 implements MigrationInterface {
  name = 'Search1765680000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await db.query(`
      CREATE FUNCTION public.prepcom_search_text(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, '')))`);
    await db.query(`
      CREATE FUNCTION public.prepcom_search_vector(value text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN to_tsvector('pg_catalog.english'::regconfig, public.prepcom_search_text(value))
            || to_tsvector('pg_catalog.french'::regconfig, public.prepcom_search_text(value))
            || to_tsvector('pg_catalog.spanish'::regconfig, public.prepcom_search_text(value))`);
    await db.query(`
      CREATE FUNCTION public.prepcom_search_query(value text) RETURNS tsquery
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN websearch_to_tsquery('pg_catalog.english'::regconfig, public.prepcom_search_text(value))
            || websearch_to_tsquery('pg_catalog.french'::regconfig, public.prepcom_search_text(value))
            || websearch_to_tsquery('pg_catalog.spanish'::regconfig, public.prepcom_search_text(value))`);
    for (const { table, name, vector } of SEARCHED) {
      await db.query(
        `ALTER TABLE ${table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${weighted(vector)}) STORED`,
      );
      await db.query(`CREATE INDEX ${table}_search_idx ON ${table} USING gin (search_vector)`);
      await db.query(
        `CREATE INDEX ${table}_${name}_trgm_idx ON ${table}
           USING gin (public.prepcom_search_text(${name}) public.gin_trgm_ops)`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { table, name } of SEARCHED) {
      await db.query(`DROP INDEX ${table}_${name}_trgm_idx`);
      await db.query(`ALTER TABLE ${table} DROP COLUMN search_vector`);
    }
    await db.query(`DROP FUNCTION public.prepcom_search_query(text)`);
    await db.query(`DROP FUNCTION public.prepcom_search_vector(text)`);
    await db.query(`DROP FUNCTION public.prepcom_search_text(text)`);
    await db.query(`DROP EXTENSION unaccent`);
    await db.query(`DROP EXTENSION pg_trgm`);
  }
}
