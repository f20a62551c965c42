// One history of a matter for every reader: its workflow steps and, for those who may read the audit trail, every
// change to it, its options, actions, views and dependencies, one entry per change (the trail writes one row per
// field), said in words with names instead of ids. The words come from the caller, so this stays free of i18n.
import type { MatterScreenQuery } from '../generated/graphql';

type Matter = MatterScreenQuery['matter'];
export type Change = NonNullable<Matter['changes']>[number];

/** Fields whose old and new values are texts a person reads: shown as a word diff to those cleared for them. */
const TEXT_FIELDS = new Set(['title', 'description', 'text', 'comment', 'outcome', 'note']);
/** Bookkeeping the trail records but a reader does not need. */
const UNSHOWN_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt', 'matterId', 'processId']);

/** How the caller says things: each returns the sentence or label in the reader's language. */
export interface HistoryWords {
  enumValue: (field: string, value: string) => string;
  field: (field: string) => string;
  none: string;
  step: (from: string | null, to: string) => string;
  viewGiven: (who: string, position: string, option: number | null) => string;
  viewChanged: (who: string, from: string, to: string, option: number | null) => string;
  optionTabled: (number: number) => string;
  optionMoved: (number: number, from: string, to: string) => string;
  actionAdded: (title: string) => string;
  dependencyAdded: (title: string) => string;
  changed: (what: string, field: string) => string;
  changedFromTo: (what: string, field: string, from: string, to: string) => string;
  what: (entityType: string, name: string | null) => string;
}

export interface TextDiff {
  before: string;
  after: string;
}

export interface HistoryEntry {
  id: string;
  at: string;
  sentences: string[];
  /** Old and new texts of the change, for a word diff. */
  diffs: { field: string; diff: TextDiff }[];
  note: string | null;
  /** Who made the change (their participant), when the trail knows. */
  by: string | null;
}

/** A value as text: words as they are, anything else (numbers, lists) as JSON; null when empty. */
function valueText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The history, newest first: each workflow step, and the changes grouped by record and instant. */
export function historyEntries(
  matter: Matter,
  parties: readonly { id: string; name: string }[],
  words: HistoryWords,
): HistoryEntry[] {
  const names = new Map<string, string>(parties.map((party) => [party.id, party.name]));
  for (const view of matter.views) names.set(view.participant.id, view.participant.name);
  for (const dependency of matter.dependencies) names.set(dependency.id, dependency.title);
  const optionNumber = new Map(matter.options.map((option, index) => [option.id, index + 1]));
  const actionTitle = new Map(matter.actions.map((action) => [action.id, action.title]));
  const viewAuthor = new Map(matter.views.map((view) => [view.id, view.participant.name]));

  const steps: HistoryEntry[] = matter.history.map((step) => ({
    id: `step:${step.id}`,
    at: step.at,
    sentences: [words.step(step.fromStatus, step.toStatus)],
    diffs: [],
    note: step.note,
    by: null,
  }));

  const groups = new Map<string, Change[]>();
  // Workflow moves are the steps above, with their notes.
  for (const change of matter.changes ?? []) {
    if (change.action === 'MOVE' || UNSHOWN_FIELDS.has(change.field)) continue;
    const key = `${change.at}|${change.entityType}|${change.entityId}|${change.action}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }

  const shown = (field: string, value: unknown) => {
    const text = valueText(value);
    if (text === null) return words.none;
    if (field.endsWith('Id')) return names.get(text) ?? words.none;
    return words.enumValue(field, text);
  };

  const entries = [...groups.values()].map((group): HistoryEntry => {
    const first = group[0]!;
    const byField = new Map(group.map((change) => [change.field, change]));
    const after = (field: string) => byField.get(field)?.newValue;
    const before = (field: string) => byField.get(field)?.oldValue;
    const created = first.action === 'CREATE';
    const sentences: string[] = [];
    const diffs: HistoryEntry['diffs'] = [];
    const handled = new Set<string>();
    const diff = (field: string) => {
      const change = byField.get(field);
      if (!change || !TEXT_FIELDS.has(field)) return false;
      diffs.push({
        field,
        diff: {
          before: created ? '' : (valueText(change.oldValue) ?? ''),
          after: valueText(change.newValue) ?? '',
        },
      });
      handled.add(field);
      return true;
    };

    if (first.entityType === 'participant_view') {
      const who =
        names.get(valueText(after('participantId')) ?? '') ?? viewAuthor.get(first.entityId) ?? words.none;
      const option = optionNumber.get(valueText(after('optionId')) ?? '') ?? null;
      if (created) sentences.push(words.viewGiven(who, shown('position', after('position')), option));
      else if (byField.has('position'))
        sentences.push(
          words.viewChanged(
            who,
            shown('position', before('position')),
            shown('position', after('position')),
            option,
          ),
        );
      handled.add('position').add('participantId').add('optionId').add('matterId').add('expressedAt');
      diff('comment');
    } else if (first.entityType === 'matter_option') {
      const number = optionNumber.get(first.entityId) ?? 0;
      if (created) {
        sentences.push(words.optionTabled(number));
        diff('text');
        handled.add('stage').add('proposerId').add('tabledAt');
      } else if (byField.has('stage')) {
        sentences.push(
          words.optionMoved(number, shown('stage', before('stage')), shown('stage', after('stage'))),
        );
        handled.add('stage');
      }
    } else if (first.entityType === 'action' && created) {
      sentences.push(
        words.actionAdded(valueText(after('title')) ?? actionTitle.get(first.entityId) ?? words.none),
      );
      handled.add('title');
    } else if (first.entityType === 'matter_dependency' && created) {
      sentences.push(words.dependencyAdded(shown('dependsOnId', after('dependsOnId'))));
      handled.add('dependsOnId');
    }

    const what = words.what(
      first.entityType,
      first.entityType === 'matter_option'
        ? String(optionNumber.get(first.entityId) ?? '')
        : first.entityType === 'action'
          ? (actionTitle.get(first.entityId) ?? null)
          : first.entityType === 'participant_view'
            ? (viewAuthor.get(first.entityId) ?? null)
            : null,
    );
    for (const change of group) {
      if (handled.has(change.field) || created) continue;
      if (diff(change.field)) {
        sentences.push(words.changed(what, words.field(change.field)));
        continue;
      }
      sentences.push(
        words.changedFromTo(
          what,
          words.field(change.field),
          shown(change.field, change.oldValue),
          shown(change.field, change.newValue),
        ),
      );
    }
    return {
      id: `change:${first.id}`,
      at: first.at,
      sentences,
      diffs,
      note: null,
      by: first.participantId ? (names.get(first.participantId) ?? null) : null,
    };
  });

  return [...steps, ...entries.filter((entry) => entry.sentences.length > 0 || entry.diffs.length > 0)].sort(
    (a, b) => Date.parse(b.at) - Date.parse(a.at) || a.id.localeCompare(b.id),
  );
}

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** The words removed and added between two texts (longest common subsequence of words; long texts whole). */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.split(/(\s+)/).filter(Boolean);
  const b = after.split(/(\s+)/).filter(Boolean);
  if (a.length * b.length > 250_000) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  const common: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i]![j] =
        a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (common[i + 1]![j]! >= common[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
}
