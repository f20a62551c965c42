import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** What a search hit is: the tables one statement searches. */
export const SearchKind = {
  MATTER: 'MATTER',
  OPTION: 'OPTION',
  ACTION: 'ACTION',
  MILESTONE: 'MILESTONE',
  PARTICIPANT: 'PARTICIPANT',
  PERSON: 'PERSON',
} as const;
export type SearchKind = (typeof SearchKind)[keyof typeof SearchKind];

/** How close a misspelt word must be to match; the words highlight.ts marks as found must be as close. */
export const TRIGRAM_THRESHOLD = 0.5;

/** One record to search as it stood on a past day, read from the process snapshot. */
export interface PastDocument {
  kind: SearchKind;
  id: string;
  matterId: string | null;
  title: string;
  body: string | null;
  context: string | null;
}

/** A record that answers the query, best first. */
export interface FoundRow {
  kind: SearchKind;
  id: string;
  matter_id: string | null;
  title: string;
  body: string | null;
  context: string | null;
  score: number;
}

export interface SearchRequest {
  processId: string;
  query: string;
  /** The query's words, folded: each may find a name or title by trigrams (a misspelling). */
  terms: string[];
  /** The tiers the reader may see (visibleTiers of their clearance). */
  tiers: string[];
  limit: number;
}

/** `$n` for the terms' parameters, from the first one's number on. */
const termParams = (terms: string[], first: number) => terms.map((_, i) => `$${first + i}`);

/**
 * Full-text (three languages' stems, accents folded) and trigram search in one statement (decision 33). Today's
 * records are read through their indexes, filtered by tier in SQL as the snapshot filters them; a past day's are the
 * snapshot's own records, passed in and ranked by the same expression, so no text written later is searched.
 */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Today's matters, options, actions, milestones, participants and people. */
  present(request: SearchRequest): Promise<FoundRow[]> {
    const terms = termParams(request.terms, 5);
    const match = (vector: string, name: string) => matches(vector, name, terms);
    const documents = `
      SELECT 'MATTER' AS kind, m.id, m.id AS matter_id, m.title, m.description AS body, NULL::text AS context,
             m.search_vector AS vector, public.prepcom_search_text(m.title) AS name
        FROM matter m
       WHERE m.process_id = $1 AND m.confidentiality = ANY($2::text[])
         AND ${match('m.search_vector', 'public.prepcom_search_text(m.title)')}
      UNION ALL
      SELECT 'OPTION', o.id, o.matter_id, o.text, NULL, m.title, o.search_vector, public.prepcom_search_text(o.text)
        FROM matter_option o JOIN matter m ON m.id = o.matter_id
       WHERE m.process_id = $1 AND m.confidentiality = ANY($2::text[]) AND o.confidentiality = ANY($2::text[])
         AND ${match('o.search_vector', 'public.prepcom_search_text(o.text)')}
      UNION ALL
      SELECT 'ACTION', a.id, a.serves_matter_id, a.title, a.description, m.title, a.search_vector,
             public.prepcom_search_text(a.title)
        FROM action a LEFT JOIN matter m ON m.id = a.serves_matter_id
       WHERE a.process_id = $1 AND (a.serves_matter_id IS NULL OR m.confidentiality = ANY($2::text[]))
         AND ${match('a.search_vector', 'public.prepcom_search_text(a.title)')}
      UNION ALL
      SELECT 'MILESTONE', s.id, NULL, s.title, s.description, s.venue, s.search_vector,
             public.prepcom_search_text(s.title)
        FROM milestone s
       WHERE s.process_id = $1 AND ${match('s.search_vector', 'public.prepcom_search_text(s.title)')}
      UNION ALL
      ${PARTICIPANTS(match)}
      UNION ALL
      ${PEOPLE(match, 'TRUE')}`;
    return this.ranked(documents, request, [request.processId, request.tiers]);
  }

  /**
   * The snapshot's records of a past day (already filtered by the reader's clearance, at the narrower of the tier
   * then and now), and the people known by then.
   */
  past(request: SearchRequest, asOf: Date, documents: PastDocument[]): Promise<FoundRow[]> {
    const terms = termParams(request.terms, 5);
    const match = (vector: string, name: string) => matches(vector, name, terms);
    const rows = documents.map((document) => ({ ...document, matter_id: document.matterId }));
    const sql = `
      SELECT * FROM (
        SELECT d.kind, d.id, d.matter_id, d.title, d.body, d.context,
               setweight(public.prepcom_search_vector(d.title), 'A')
                 || setweight(public.prepcom_search_vector(d.body), 'B') AS vector,
               public.prepcom_search_text(d.title) AS name
          FROM jsonb_to_recordset($1::jsonb)
            AS d(kind text, id uuid, matter_id uuid, title text, body text, context text)
      ) d
       WHERE ${match('d.vector', 'd.name')}
      UNION ALL
      ${PEOPLE(match, 'pe.created_at <= $2')}`;
    return this.ranked(sql, request, [JSON.stringify(rows), asOf]);
  }

  /** The documents that match, scored by their words' rank plus the closest trigram match of a name. */
  private async ranked(documents: string, request: SearchRequest, head: unknown[]): Promise<FoundRow[]> {
    if (request.terms.length === 0) return [];
    const sql = `
      WITH q AS MATERIALIZED (SELECT public.prepcom_search_query($3) AS query)
      SELECT kind, id, matter_id, title, body, context,
             (ts_rank(vector, (SELECT query FROM q))
               + coalesce((SELECT max(word_similarity(public.prepcom_search_text(t), name))
                             FROM unnest($4::text[]) AS t), 0))::float8 AS score
        FROM (${documents}) AS found
       ORDER BY score DESC, title, id
       LIMIT ${Math.trunc(request.limit)}`;
    return this.db.transaction(async (manager) => {
      // The trigram operator's threshold is a setting; 0.5 lets one wrong letter in a short name through.
      await manager.query(`SET LOCAL pg_trgm.word_similarity_threshold = ${TRIGRAM_THRESHOLD}`);
      return manager.query<FoundRow[]>(sql, [...head, request.query, request.terms, ...request.terms]);
    });
  }
}

/** A document answers when its words do (any language's stems) or when a term is close to its name or title. */
function matches(vector: string, name: string, terms: string[]): string {
  const close = terms.map((term) => `public.prepcom_search_text(${term}) <% ${name}`);
  return `(${vector} @@ (SELECT query FROM q) OR ${close.join(' OR ')})`;
}

type Match = (vector: string, name: string) => string;

/** Participants' names are public (docs/security.md). */
const PARTICIPANTS = (match: Match) => `
  SELECT 'PARTICIPANT', p.id, NULL, p.name, NULL, NULL, p.search_vector, public.prepcom_search_text(p.name)
    FROM participant p
   WHERE ${match('p.search_vector', 'public.prepcom_search_text(p.name)')}`;

/** People's names are public, their email and phone are not (and are not searched). */
const PEOPLE = (match: Match, known: string) => `
  SELECT 'PERSON', pe.id, NULL, pe.name, NULL, pa.name, pe.search_vector, public.prepcom_search_text(pe.name)
    FROM person pe JOIN participant pa ON pa.id = pe.participant_id
   WHERE ${known} AND ${match('pe.search_vector', 'public.prepcom_search_text(pe.name)')}`;
