import { Injectable } from '@nestjs/common';
import { refusal, requireWholeNumberIn, visibleTiers } from '@prepcom/domain';
import type { ProcessSnapshot } from '../assessment/process-snapshot';
import type { Actor } from '../identity/actor';
import { assertValid } from '../common/errors/app-error';
import { excerpt, queryTerms } from './highlight';
import { SearchKind, SearchRepository, type FoundRow, type PastDocument } from './search.repository';
import type { SearchHit } from './search.types';

/** Longer queries are refused: nobody types more into a search box, and each word costs an index scan. */
export const SEARCH_QUERY_MAX = 200;
export const SEARCH_HITS_MAX = 50;

/** A title longer than this (an option's text) is cut around the words found. */
const TITLE_WIDTH = 140;

/** The header's search: matters, options, actions, milestones, participants and people, best first. */
@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  /**
   * `past` is the snapshot of the day asked for when it is not today: the search then reads that day's records,
   * as the reader may see them, and nothing written later.
   */
  async search(
    processId: string,
    text: string,
    limit: number,
    actor: Actor,
    past: { asOf: Date; snapshot: ProcessSnapshot } | null,
  ): Promise<SearchHit[]> {
    assertValid([
      text.length > SEARCH_QUERY_MAX
        ? refusal('SEARCH_TEXT', 'text', 'INPUT_TOO_LONG', { max: SEARCH_QUERY_MAX })
        : null,
      requireWholeNumberIn('SEARCH_HITS', 'first', limit, 1, SEARCH_HITS_MAX),
    ]);
    const terms = queryTerms(text);
    const request = { processId, query: text, terms, tiers: visibleTiers(actor.clearance), limit };
    const rows = past
      ? await this.repository.past(request, past.asOf, documentsOf(past.snapshot))
      : await this.repository.present(request);
    return rows.map((row) => hitOf(row, terms));
  }
}

function hitOf(row: FoundRow, terms: string[]): SearchHit {
  const title = excerpt(row.title, terms, TITLE_WIDTH);
  // The body is shown only when the title alone does not say why the record was found.
  const body = title.marks.length === 0 && row.body ? excerpt(row.body, terms) : null;
  return {
    kind: row.kind,
    id: row.id,
    matterId: row.matter_id,
    title: title.text,
    titleMarks: title.marks,
    excerpt: body && body.marks.length > 0 ? body.text : null,
    excerptMarks: body && body.marks.length > 0 ? body.marks : [],
    context: row.context,
    score: row.score,
  };
}

/** The records of a past day as the snapshot holds them (texts turned back, hidden ones already dropped). */
function documentsOf(snapshot: ProcessSnapshot): PastDocument[] {
  const documents: PastDocument[] = [];
  for (const { matter, options } of snapshot.matters) {
    documents.push({
      kind: SearchKind.MATTER,
      id: matter.id,
      matterId: matter.id,
      title: matter.title,
      body: [matter.description, matter.outcome].filter(Boolean).join('\n'),
      context: null,
    });
    for (const option of options) {
      documents.push({
        kind: SearchKind.OPTION,
        id: option.id,
        matterId: matter.id,
        title: option.text,
        body: null,
        context: matter.title,
      });
    }
  }
  for (const action of snapshot.actions) {
    const served = action.servesMatterId ? snapshot.matter(action.servesMatterId) : undefined;
    documents.push({
      kind: SearchKind.ACTION,
      id: action.id,
      matterId: served ? action.servesMatterId : null,
      title: action.title,
      body: action.description,
      context: served?.matter.title ?? null,
    });
  }
  for (const milestone of snapshot.milestones) {
    documents.push({
      kind: SearchKind.MILESTONE,
      id: milestone.id,
      matterId: null,
      title: milestone.title,
      body: [milestone.shortTitle, milestone.description, milestone.venue].join('\n'),
      context: milestone.venue,
    });
  }
  for (const participant of snapshot.participants) {
    documents.push({
      kind: SearchKind.PARTICIPANT,
      id: participant.id,
      matterId: null,
      title: participant.name,
      body: null,
      context: null,
    });
  }
  return documents;
}
