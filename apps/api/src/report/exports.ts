import { Health, isActionOpen, OwnerRole, positionsOn, refusal, type PositionView } from '@prepcom/domain';
import type { EXPORT_SECTIONS, TermSection } from '@prepcom/texts';
import { LOOKUPS } from '@prepcom/texts/catalogues';
import type { ActionEntity } from '../action/action.entity';
import type { MatterState, ProcessSnapshot } from '../assessment/process-snapshot';
import { csvDocument } from '../common/csv';
import { invalidInput } from '../common/errors/app-error';
import { matchesFilter } from '../matter/matter-filter';
import type { MeetingInvitationEntity } from '../invitation/meeting-invitation.entity';
import type { MilestoneEntity } from '../milestone/milestone.entity';
import type { ParticipantEntity } from '../participant/participant.entity';
import { reasonIn } from '../common/reader-language';
import { REPORT_TEXTS, type ReportLanguage } from './report-texts';

/**
 * The byte-order mark Excel needs to read a CSV file as UTF-8: without it, Côte d'Ivoire or Türkiye arrive as
 * mojibake. Other spreadsheets and CSV readers skip it.
 */
const UTF8_BOM = '\uFEFF';

const spreadsheetCsv = (header: readonly string[], rows: readonly (readonly unknown[])[]) =>
  UTF8_BOM + csvDocument(header, rows);

type ExportSection = (typeof EXPORT_SECTIONS)[number];

/**
 * A spreadsheet's words in the reader's language: its headings and fixed words (the catalogue's export sections),
 * statuses, stages, positions and tiers as the screens name them (its vocabulary), owner roles as the PDF does, and
 * reasons as the dashboard says them.
 */
export function exportWords(language: ReportLanguage) {
  const lookup = LOOKUPS[language];
  const word = (section: ExportSection | TermSection, key: string) => lookup(`${section}.${key}`) ?? key;
  return {
    column: (key: string) => word('exportColumn', key),
    value: (key: string) => word('exportValue', key),
    term: word,
    yesNo: (yes: boolean) => word('exportValue', yes ? 'yes' : 'no'),
    ownerRole: (role: OwnerRole | null) => (role ? REPORT_TEXTS[language].ownerRole[role] : ''),
    reasons: (reasons: readonly Parameters<ReturnType<typeof reasonIn>>[0][]) =>
      reasons.map(reasonIn(language)).join(' | '),
  };
}
export type ExportWords = ReturnType<typeof exportWords>;

/**
 * The board's filters, by the names its address uses (`/matters?milestone=…&health=AT_RISK&owner=…&open=1`), so a
 * screen's address turns into its export by changing the path.
 */
export interface BoardFilters {
  milestoneId?: string;
  health?: Health;
  /** `participant:<id>` or `role:<OwnerRole>`: matters with an action that owner holds. */
  owner?: string;
  openOnly: boolean;
}

/** What an action's owner is called in the filters: `participant:<id>` or `role:<OwnerRole>`. */
const ownerKeyOf = (action: ActionEntity) =>
  action.ownerParticipantId ? `participant:${action.ownerParticipantId}` : `role:${action.ownerRole ?? ''}`;

export function parseHealth(value: string | undefined): Health | undefined {
  if (!value) return undefined;
  if (!(Object.values(Health) as string[]).includes(value))
    throw invalidInput([
      refusal('UNKNOWN_HEALTH_FILTER', 'health', 'UNKNOWN_HEALTH_FILTER', {
        values: Object.values(Health).join(', '),
      }),
    ]);
  return value as Health;
}

const OWNER_KEY = /^(participant:[0-9a-f-]{36}|role:[A-Z_]+)$/i;

export function parseOwner(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const role = value.startsWith('role:') ? value.slice('role:'.length) : null;
  if (!OWNER_KEY.test(value) || (role !== null && !(Object.values(OwnerRole) as string[]).includes(role)))
    throw invalidInput([refusal('UNKNOWN_OWNER_FILTER', 'owner', 'UNKNOWN_OWNER_FILTER', {})]);
  return value;
}

/** The matters the board shows with these filters, in its order. */
export function boardMatters(snapshot: ProcessSnapshot, filters: BoardFilters): MatterState[] {
  const filter = {
    decidingMilestoneId: filters.milestoneId,
    health: filters.health ? [filters.health] : undefined,
    open: filters.openOnly ? true : undefined,
  };
  return snapshot.matters.filter(
    (state) =>
      matchesFilter(state, filter) &&
      (!filters.owner || state.actions.some((action) => ownerKeyOf(action) === filters.owner)),
  );
}

const participantName = (snapshot: ProcessSnapshot) => {
  const names = new Map(snapshot.participants.map((participant) => [participant.id, participant.name]));
  return (id: string | null) => (id ? (names.get(id) ?? '') : '');
};

/** Matters with their status, readiness and health and the reasons for each. */
export function mattersCsv(snapshot: ProcessSnapshot, matters: MatterState[], words: ExportWords): string {
  return spreadsheetCsv(
    [
      'matter',
      'decidingMilestone',
      'status',
      'readiness',
      'readinessReasons',
      'health',
      'healthReasons',
      'options',
      'openActions',
      'statesPartiesWithView',
      'statesPartiesObjecting',
      'confidentiality',
      'asOf',
    ].map(words.column),
    matters.map((state) => [
      state.matter.title,
      state.decidingMilestone.title,
      words.term('matterStatus', state.status),
      state.readiness.score,
      words.reasons(state.readiness.reasons),
      state.health ? words.term('health', state.health.level) : '',
      words.reasons(state.health?.reasons ?? []),
      state.options.length,
      state.actions.filter((action) => isActionOpen(action.status)).length,
      state.views.statePartiesWithView,
      state.views.statePartiesObjecting,
      words.term('confidentiality', state.matter.confidentiality),
      snapshot.asOf,
    ]),
  );
}

/** Actions, soonest due first, as the preparations screen lists them. */
export function actionsCsv(snapshot: ProcessSnapshot, actions: ActionEntity[], words: ExportWords): string {
  const name = participantName(snapshot);
  return spreadsheetCsv(
    [
      'action',
      'matter',
      'milestoneServed',
      'owner',
      'ownerRole',
      'due',
      'status',
      'blocksDecision',
      'asOf',
    ].map(words.column),
    actions.map((action) => [
      action.title,
      action.servesMatterId ? (snapshot.matter(action.servesMatterId)?.matter.title ?? '') : '',
      action.servesMilestoneId ? (snapshot.milestone(action.servesMilestoneId)?.title ?? '') : '',
      name(action.ownerParticipantId),
      words.ownerRole(action.ownerRole),
      snapshot.dueDate(action),
      words.term('actionStatus', action.status),
      words.yesNo(action.blocksDecision),
      snapshot.asOf,
    ]),
  );
}

/** The actions the preparations screen lists with these filters: soonest due first. */
export function preparationActions(
  snapshot: ProcessSnapshot,
  filters: { owner?: string; openOnly: boolean },
): ActionEntity[] {
  return snapshot.actions
    .filter((action) => !filters.openOnly || isActionOpen(action.status))
    .filter((action) => !filters.owner || ownerKeyOf(action) === filters.owner)
    .map((action) => ({ action, due: snapshot.dueDate(action) }))
    .sort((a, b) => a.due.localeCompare(b.due) || a.action.title.localeCompare(b.action.title))
    .map(({ action }) => action);
}

/**
 * The positions table: a row per State Party (on the day), a column per matter, each cell that State's latest view
 * on the matter as a whole (empty when it gave none; "options only" when it spoke on options alone).
 */
export function positionsCsv(
  snapshot: ProcessSnapshot,
  matters: MatterState[],
  statesParties: ParticipantEntity[],
  viewsByMatter: ReadonlyMap<string, readonly PositionView[]>,
  words: ExportWords,
): string {
  const partyIds = new Set(statesParties.map((party) => party.id));
  const columns = matters.map((state) => {
    const optionIds = new Set(state.options.map((option) => option.id));
    const views = (viewsByMatter.get(state.matter.id) ?? []).filter(
      (view) => view.optionId === null || optionIds.has(view.optionId),
    );
    const onMatter = positionsOn(views, null, partyIds).latest;
    const onOptions = new Set(
      views.filter((view) => view.optionId !== null).map((view) => view.participantId),
    );
    return (partyId: string) => {
      const position = onMatter.get(partyId)?.position;
      if (position) return words.term('position', position);
      return onOptions.has(partyId) ? words.value('optionsOnly') : '';
    };
  });
  return spreadsheetCsv(
    [words.column('stateParty'), ...matters.map((state) => state.matter.title)],
    statesParties.map((party) => [party.name, ...columns.map((cell) => cell(party.id))]),
  );
}

/**
 * A meeting's invitations with each participant's reply, as they stood on the day: the list of participants a
 * secretariat prints. A withdrawn invitation stays listed, with the day and the reason it was withdrawn.
 */
export function invitationsCsv(
  invitations: MeetingInvitationEntity[],
  milestones: ReadonlyMap<string, MilestoneEntity>,
  participants: ReadonlyMap<string, ParticipantEntity>,
  asOf: Date,
  words: ExportWords,
): string {
  const reply = (attending: boolean | null) =>
    words.value(attending === null ? 'awaiting' : attending ? 'coming' : 'notComing');
  return spreadsheetCsv(
    [
      'meeting',
      'invitationSent',
      'corrected',
      'withdrawn',
      'withdrawalReason',
      'participant',
      'copied',
      'reply',
      'people',
      'names',
      'replied',
      'asOf',
    ].map(words.column),
    invitations.flatMap((invitation) =>
      (invitation.recipients ?? []).map((recipient) => [
        milestones.get(invitation.milestoneId)?.title ?? '',
        invitation.sentAt,
        invitation.correctedAt,
        invitation.withdrawnAt,
        invitation.withdrawalReason,
        participants.get(recipient.participantId)?.name ?? '',
        words.yesNo(recipient.copied),
        reply(recipient.attending),
        recipient.attending ? recipient.attendeeCount : '',
        recipient.attendeeNames.join('; '),
        recipient.repliedAt,
        asOf,
      ]),
    ),
  );
}
