import { Health, isActionOpen, OwnerRole, positionsOn, type PositionView } from '@prepcom/domain';
import type { ActionEntity } from '../action/action.entity';
import type { MatterState, ProcessSnapshot } from '../assessment/process-snapshot';
import { csvDocument } from '../common/csv';
import { AppError } from '../common/errors/app-error';
import { matchesFilter } from '../matter/matter-filter';
import type { MeetingInvitationEntity } from '../invitation/meeting-invitation.entity';
import type { MilestoneEntity } from '../milestone/milestone.entity';
import type { ParticipantEntity } from '../participant/participant.entity';

/**
 * The byte-order mark Excel needs to read a CSV file as UTF-8: without it, Côte d'Ivoire or Türkiye arrive as
 * mojibake. Other spreadsheets and CSV readers skip it.
 */
const UTF8_BOM = '\uFEFF';

const spreadsheetCsv = (header: readonly string[], rows: readonly (readonly unknown[])[]) =>
  UTF8_BOM + csvDocument(header, rows);

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
    throw new AppError('BAD_USER_INPUT', `health must be one of ${Object.values(Health).join(', ')}.`, {
      field: 'health',
    });
  return value as Health;
}

const OWNER_KEY = /^(participant:[0-9a-f-]{36}|role:[A-Z_]+)$/i;

export function parseOwner(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const role = value.startsWith('role:') ? value.slice('role:'.length) : null;
  if (!OWNER_KEY.test(value) || (role !== null && !(Object.values(OwnerRole) as string[]).includes(role)))
    throw new AppError('BAD_USER_INPUT', 'owner must be participant:<id> or role:<owner role>.', {
      field: 'owner',
    });
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
export function mattersCsv(snapshot: ProcessSnapshot, matters: MatterState[]): string {
  return spreadsheetCsv(
    [
      'Matter',
      'Deciding milestone',
      'Status',
      'Readiness',
      'Readiness reasons',
      'Health',
      'Health reasons',
      'Options',
      'Open actions',
      'States Parties with a view',
      'States Parties objecting',
      'Confidentiality',
      'As of',
    ],
    matters.map((state) => [
      state.matter.title,
      state.decidingMilestone.title,
      state.status,
      state.readiness.score,
      state.readiness.reasons.map((reason) => reason.message).join(' | '),
      state.health?.level ?? '',
      (state.health?.reasons ?? []).map((reason) => reason.message).join(' | '),
      state.options.length,
      state.actions.filter((action) => isActionOpen(action.status)).length,
      state.views.statePartiesWithView,
      state.views.statePartiesObjecting,
      state.matter.confidentiality,
      snapshot.asOf,
    ]),
  );
}

/** Actions, soonest due first, as the preparations screen lists them. */
export function actionsCsv(snapshot: ProcessSnapshot, actions: ActionEntity[]): string {
  const name = participantName(snapshot);
  return spreadsheetCsv(
    [
      'Action',
      'Matter',
      'Milestone served',
      'Owner',
      'Owner role',
      'Due',
      'Status',
      'Blocks decision',
      'As of',
    ],
    actions.map((action) => [
      action.title,
      action.servesMatterId ? (snapshot.matter(action.servesMatterId)?.matter.title ?? '') : '',
      action.servesMilestoneId ? (snapshot.milestone(action.servesMilestoneId)?.title ?? '') : '',
      name(action.ownerParticipantId),
      action.ownerRole ?? '',
      snapshot.dueDate(action),
      action.status,
      action.blocksDecision ? 'yes' : 'no',
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
    return (partyId: string) =>
      onMatter.get(partyId)?.position ?? (onOptions.has(partyId) ? 'options only' : '');
  });
  return spreadsheetCsv(
    ['State Party', ...matters.map((state) => state.matter.title)],
    statesParties.map((party) => [party.name, ...columns.map((cell) => cell(party.id))]),
  );
}

/** A meeting's invitations with each participant's reply: the list of participants a secretariat prints. */
export function invitationsCsv(
  invitations: MeetingInvitationEntity[],
  milestones: ReadonlyMap<string, MilestoneEntity>,
  participants: ReadonlyMap<string, ParticipantEntity>,
): string {
  return spreadsheetCsv(
    ['Meeting', 'Invitation sent', 'Participant', 'Copied', 'Reply', 'People', 'Names', 'Replied'],
    invitations.flatMap((invitation) =>
      (invitation.recipients ?? []).map((recipient) => [
        milestones.get(invitation.milestoneId)?.title ?? '',
        invitation.sentAt,
        participants.get(recipient.participantId)?.name ?? '',
        recipient.copied ? 'yes' : 'no',
        recipient.attending === null ? 'AWAITING' : recipient.attending ? 'COMING' : 'NOT_COMING',
        recipient.attending ? recipient.attendeeCount : '',
        recipient.attendeeNames.join('; '),
        recipient.repliedAt,
      ]),
    ),
  );
}
