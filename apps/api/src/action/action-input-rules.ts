// What an action's input must say, and how an edit changes it, with no database: the service checks the references
// (owner, milestones, matter) against PostgreSQL afterwards. Tested on their own in seconds (action-input-rules.spec).
import { phrase, refusal, requireText, type GuardFailure } from '@prepcom/domain';
import { optionalText } from '../common/validation/text';
import type { ActionEntity } from './action.entity';
import type { CreateActionInput, UpdateActionInput } from './dto/action.inputs';

/** Null when exactly one of `fields` is given; otherwise that none or both were, at the field to put right. */
export function exactlyOne(
  fields: Record<string, unknown>,
  what: 'owner' | 'dueDate' | 'serves',
): GuardFailure | null {
  const given = Object.entries(fields).filter(([, value]) => value !== undefined && value !== null);
  if (given.length === 1) return null;
  const names = Object.keys(fields).map((name) => phrase('FIELD_NAME', { name }));
  const field = given[1]?.[0] ?? Object.keys(fields)[0] ?? what;
  const code = given.length === 0 ? 'EXACTLY_ONE_MISSING' : 'EXACTLY_ONE_BOTH';
  return refusal('EXACTLY_ONE', field, code, { what, fields: names });
}

const offsetWithoutMilestone = () =>
  refusal('OFFSET_WITHOUT_MILESTONE', 'dueOffsetDays', 'OFFSET_WITHOUT_MILESTONE', {});

/** A new action has a title, one owner, one due date, serves one thing, and an offset only from a milestone. */
export function creationRefusals(input: CreateActionInput): (GuardFailure | null)[] {
  return [
    requireText('title', input.title, 'title'),
    optionalText('description', input.description, 'description'),
    exactlyOne({ ownerParticipantId: input.ownerParticipantId, ownerRole: input.ownerRole }, 'owner'),
    exactlyOne({ dueDate: input.dueDate, dueMilestoneId: input.dueMilestoneId }, 'dueDate'),
    exactlyOne(
      { servesMatterId: input.servesMatterId, servesMilestoneId: input.servesMilestoneId },
      'serves',
    ),
    input.dueOffsetDays != null && !input.dueMilestoneId ? offsetWithoutMilestone() : null,
  ];
}

type EditedFields = Pick<
  ActionEntity,
  | 'title'
  | 'description'
  | 'blocksDecision'
  | 'ownerParticipantId'
  | 'ownerRole'
  | 'dueDate'
  | 'dueMilestoneId'
  | 'dueOffsetDays'
>;

/**
 * Applies an edit to `action`, or returns why it cannot be: an owner given replaces the other kind of owner, a due
 * date the other kind of due date; an offset alone moves the due day only of an action due from a milestone.
 */
export function applyEdits(action: EditedFields, input: UpdateActionInput): GuardFailure[] {
  const dueMilestoneAfter = input.dueMilestoneId ?? (input.dueDate ? null : action.dueMilestoneId);
  const refusals = [
    input.title !== undefined ? requireText('title', input.title, 'title') : null,
    optionalText('description', input.description, 'description'),
    input.ownerParticipantId && input.ownerRole
      ? exactlyOne({ ownerParticipantId: input.ownerParticipantId, ownerRole: input.ownerRole }, 'owner')
      : null,
    input.dueDate && input.dueMilestoneId
      ? exactlyOne({ dueDate: input.dueDate, dueMilestoneId: input.dueMilestoneId }, 'dueDate')
      : null,
    input.dueOffsetDays != null && !dueMilestoneAfter ? offsetWithoutMilestone() : null,
  ].filter((failure) => failure !== null);
  if (refusals.length > 0) return refusals;
  if (input.title !== undefined) action.title = input.title.trim();
  if (input.description !== undefined) action.description = input.description.trim();
  if (input.blocksDecision != null) action.blocksDecision = input.blocksDecision;
  if (input.ownerParticipantId)
    Object.assign(action, { ownerParticipantId: input.ownerParticipantId, ownerRole: null });
  if (input.ownerRole) Object.assign(action, { ownerRole: input.ownerRole, ownerParticipantId: null });
  if (input.dueDate)
    Object.assign(action, { dueDate: input.dueDate, dueMilestoneId: null, dueOffsetDays: null });
  if (input.dueMilestoneId) {
    Object.assign(action, {
      dueDate: null,
      dueMilestoneId: input.dueMilestoneId,
      dueOffsetDays: input.dueOffsetDays ?? 0,
    });
  } else if (input.dueOffsetDays != null) {
    action.dueOffsetDays = input.dueOffsetDays;
  }
  return [];
}
