// What each sentence of the catalogue says about: its parameters and their kind. The domain fills them in, the
// catalogue's three languages use each of them, and `render` formats them in the reader's language.

/** Sections of the catalogue that name a value of the vocabulary: a parameter of this kind carries the value's code. */
export const TERM_SECTIONS = [
  'matterStatus',
  'optionStage',
  'actionStatus',
  'milestoneStatus',
  'health',
  'roleKind',
  'capacity',
  'position',
  'fieldLabel',
  'confidentiality',
] as const;
export type TermSection = (typeof TERM_SECTIONS)[number];

/** Sections of the catalogue with the words of the spreadsheet exports: column headings and fixed words in cells. */
export const EXPORT_SECTIONS = ['exportColumn', 'exportValue'] as const;

/** The names of input fields a sentence can name (the catalogue's `fieldLabel` section). */
export const FIELD_LABELS = [
  'name',
  'emailAddress',
  'title',
  'shortTitle',
  'conveningBody',
  'targetEvent',
  'venue',
  'optionText',
  'label',
  'body',
  'description',
  'comment',
  'note',
  'outcome',
  'room',
  'owner',
  'dueDate',
  'serves',
] as const;
export type FieldLabel = (typeof FIELD_LABELS)[number];

/**
 * `text`: written as given (a title, a day, a time zone); `number`: formatted for the language, and when it is
 * named `count` it chooses the plural form; a term section: the value's code, said in the reader's words;
 * `phrase`: a sentence of the catalogue in its own right; `and`/`or`: a list of phrases joined as the language joins.
 */
export type ParamKind = 'text' | 'number' | TermSection | 'phrase' | 'and' | 'or';

const TITLE = { title: 'text' } as const;
const MEETING = { meeting: 'text' } as const;
const MATTER_MOVE = { from: 'matterStatus', to: 'matterStatus', allowed: 'or' } as const;
const OPTION_MOVE = { from: 'optionStage', to: 'optionStage', allowed: 'or' } as const;
const ACTION_MOVE = { from: 'actionStatus', to: 'actionStatus', allowed: 'or' } as const;

export const PARAMS = {
  // Readiness: what is missing.
  NO_OPTION: {},
  ALL_OPTIONS_WITHDRAWN: {},
  NO_CONVERGING_OPTION: { stage: 'optionStage' },
  NO_DRAFT_TEXT: { stage: 'optionStage' },
  ACTIONS_OPEN: { count: 'number', total: 'number', actions: 'and' },
  DEPENDENCY_UNDECIDED: { ...TITLE, status: 'matterStatus' },
  NO_VIEWS: {},
  OBJECTIONS: { count: 'number' },
  WITHDRAWN: {},
  // Health: what puts the decision at risk.
  MILESTONE_STARTED: { ...MEETING, day: 'text' },
  OVERDUE_ACTIONS_SOON: { count: 'number', actions: 'and', left: 'phrase' },
  OVERDUE_ACTIONS: { count: 'number', actions: 'and' },
  LOW_READINESS_SOON: { score: 'number', minimum: 'number', left: 'phrase' },
  LOW_READINESS_NEAR: { score: 'number', minimum: 'number', left: 'phrase' },
  DEPENDENCY_TOO_LATE: { ...TITLE, ...MEETING, day: 'text' },
  DEPENDENCY_UNDECIDED_NEAR: { ...TITLE, left: 'phrase' },
  NO_VIEWS_NEAR: { left: 'phrase' },
  // Parts of the sentences above and below.
  DAYS_BEFORE_START: { count: 'number', ...MEETING },
  STARTS_TODAY: { ...MEETING },
  STARTED_DAYS_AGO: { count: 'number', ...MEETING },
  ACTION_WITH_STATUS: { ...TITLE, status: 'actionStatus' },
  MATTER_WITH_STATUS: { ...TITLE, status: 'matterStatus' },
  OVERDUE_ACTION: { ...TITLE, due: 'text' },
  OVERDUE_BLOCKING_ACTION: { ...TITLE, due: 'text' },
  MATTER_STATUS_NAME: { status: 'matterStatus' },
  OPTION_STAGE_NAME: { stage: 'optionStage' },
  ACTION_STATUS_NAME: { status: 'actionStatus' },
  // Refused moves.
  MATTER_MOVE_NOT_ALLOWED: MATTER_MOVE,
  MATTER_MOVE_ALREADY: { to: 'matterStatus', allowed: 'or' },
  MATTER_MOVE_FINAL: { from: 'matterStatus', to: 'matterStatus' },
  OPTION_MOVE_NOT_ALLOWED: OPTION_MOVE,
  OPTION_MOVE_ALREADY: { to: 'optionStage', allowed: 'or' },
  OPTION_MOVE_FINAL: { from: 'optionStage', to: 'optionStage' },
  ACTION_MOVE_NOT_ALLOWED: ACTION_MOVE,
  ACTION_MOVE_ALREADY: { to: 'actionStatus', allowed: 'or' },
  ACTION_MOVE_FINAL: { from: 'actionStatus', to: 'actionStatus' },
  OPTION_REQUIRED: {},
  OPTION_REQUIRED_ALL_WITHDRAWN: {},
  DRAFT_TEXT_REQUIRED_NO_OPTION: {},
  DRAFT_TEXT_REQUIRED: { stage: 'optionStage' },
  BLOCKING_ACTIONS_OPEN: { count: 'number', actions: 'and' },
  OUTCOME_REQUIRED: {},
  DECIDED_AT_CANCELLED: { ...MEETING },
  MILESTONE_NOT_STARTED: { ...MEETING, start: 'text' },
  DEPENDENCIES_UNDECIDED: { count: 'number', matters: 'and' },
  TARGET_MILESTONE_REQUIRED: {},
  TARGET_NOT_LATER: { current: 'text', currentStart: 'text', target: 'text', targetStart: 'text' },
  DEFERRED_TO_CANCELLED: { ...MEETING },
  REASON_REQUIRED: {},
  ACTION_CANCEL_REASON_REQUIRED: {},
  MATTER_CLOSED_WITHDRAWN: {},
  MATTER_CLOSED_DECIDED: {},
  MATTER_NOT_READY: { status: 'matterStatus' },
  // Input rules.
  TEXT_REQUIRED: { label: 'fieldLabel' },
  TEXT_TOO_LONG: { label: 'fieldLabel', length: 'number', limit: 'number' },
  INVALID_START: {},
  INVALID_END: {},
  END_NOT_AFTER_START: {},
  INVALID_DATE: { value: 'text' },
  INVALID_INSTANT: { value: 'text' },
  INVALID_DAY_OR_INSTANT: { value: 'text' },
  DUE_AFTER_MILESTONE: { due: 'text', ...MEETING, day: 'text' },
  UNKNOWN_TIME_ZONE: { value: 'text' },
  // Invitations and replies.
  NOT_A_MEETING: { ...MEETING },
  MEETING_CANCELLED: { ...MEETING },
  REPLIES_CLOSED_CANCELLED: { ...MEETING },
  REPLIES_CLOSED_STARTED: { ...MEETING },
  NOBODY_COMES: {},
  ATTENDEE_COUNT: { max: 'number' },
  MORE_NAMES_THAN_PEOPLE: { named: 'number', count: 'number' },
  ATTENDEE_NAME: { max: 'number' },
  INVITATION_WITHDRAWN: { ...MEETING },
  INVITATION_ENDED_WITH_MEETING: { ...MEETING },
  INVITATION_STANDS: { ...MEETING },
  WITHDRAWAL_REASON_REQUIRED: {},
  // Role terms.
  NOT_A_PRESIDENCY: {},
  HANDOVER_OUTSIDE_TERM: { start: 'text', end: 'text' },
  INCOMING_NOT_PARTY: { day: 'text' },
  PRESIDENCY_ALREADY_RECORDED: { start: 'text' },
  UNKNOWN_LANGUAGE: { languages: 'text', value: 'text' },
  // People and processes.
  STATE_ONLY_DEPOSITS: {},
  DEPOSIT_AFTER_ENTRY_INTO_FORCE: { deposit: 'text', entry: 'text' },
  CSV_FIELD_COUNT: { row: 'number', fields: 'number', width: 'number' },
  CSV_NO_NAME: { row: 'number' },
  CSV_BAD_ISO3: { value: 'text' },
  CSV_NO_ENTRY_INTO_FORCE: { value: 'text' },
  CSV_BAD_DEPOSIT_DATE: { value: 'text' },
  CSV_UNKNOWN_STATUS: { value: 'text' },
  CSV_DUPLICATE_ISO3: { value: 'text' },
  CSV_NAME_TAKEN: { name: 'text' },
  CSV_PARTY_TO_SIGNATORY: { name: 'text', since: 'text' },
  // A file the import cannot read as CSV at all: no row is read then.
  CSV_EMPTY: {},
  CSV_MISSING_COLUMNS: { columns: 'text' },
  CSV_QUOTE_INSIDE_FIELD: { line: 'number' },
  CSV_LONE_CARRIAGE_RETURN: { line: 'number' },
  CSV_TEXT_AFTER_QUOTE: { line: 'number' },
  CSV_QUOTE_NOT_CLOSED: { line: 'number' },
  PERIOD_ENDS_BEFORE_START: {},
  INSTANT_STILL_TO_COME: {},
  MATTERS_NEED_MILESTONES: {},
  NO_MILESTONES_TO_COPY: { title: 'text' },
  CALENDAR_OUT_OF_RANGE: { day: 'text' },
  // Undoing a final move.
  NOTHING_TO_UNDO: {},
  NOT_YOUR_DECISION: {},
  NOT_YOUR_WITHDRAWAL: {},
  UNDO_TIME_PASSED_DECIDED: { minutes: 'number' },
  UNDO_TIME_PASSED_WITHDRAWN: { minutes: 'number' },
  // Notification preferences.
  REPORT_NEEDS_PERIOD: {},
  // Rules the API applies to what it stores.
  PASSWORD_TOO_SHORT: { min: 'number' },
  OTHER_PROCESS_MILESTONE: { ...MEETING },
  OTHER_PROCESS_MATTER: { ...TITLE },
  STATE_WITH_ORGANISATION_TYPE: {},
  ORGANISATION_TYPE_REQUIRED: {},
  ORGANISATION_AS_PARTY: {},
  ORGANISATION_WITH_ISO3: {},
  INVALID_EMAIL: { value: 'text' },
  // The query parameters of a download's address (CSV exports, the state-of-play PDF, the audit trail).
  UNSUPPORTED_LANGUAGE: { languages: 'text' },
  UNKNOWN_HEALTH_FILTER: { values: 'text' },
  UNKNOWN_OWNER_FILTER: {},
  /** A rule on the input's shape that no code below names (class-validator's own checks): in English only. */
  INVALID_INPUT: { detail: 'text' },
  // The input rules the API's input classes declare (apps/api/src/common/validation/input-rules.ts).
  INPUT_TOO_LONG: { max: 'number' },
  INPUT_ITEM_TOO_LONG: { max: 'number' },
  INPUT_TOO_MANY: { max: 'number' },
  INPUT_BELOW_MIN: { min: 'number' },
  INPUT_ABOVE_MAX: { max: 'number' },
  INPUT_NOT_WHOLE_NUMBER: {},
  INPUT_NOT_AN_ID: {},
  INPUT_NOT_AN_EMAIL: {},
  INPUT_NOT_ISO3: {},
  NOBODY_INVITED: {},
  ALREADY_INVITED: { ...MEETING },
  DEPENDENCY_CYCLE: { path: 'text' },
  DECIDING_MILESTONE_FIXED_DEFERRED: {},
  DECIDING_MILESTONE_FIXED: { status: 'matterStatus' },
  COMMENT_REQUIRED: {},
  EXPRESSED_IN_FUTURE: {},
  VIEW_WIDER_THAN_SUBJECT: { tier: 'confidentiality' },
  OPTION_OF_OTHER_MATTER: { ...TITLE },
  EXACTLY_ONE_MISSING: { what: 'fieldLabel', fields: 'or' },
  EXACTLY_ONE_BOTH: { what: 'fieldLabel', fields: 'or' },
  FIELD_NAME: { name: 'text' },
  OFFSET_WITHOUT_MILESTONE: {},
  MATTER_CLOSED_NO_OPTION: { ...TITLE, status: 'matterStatus' },
  END_BEFORE_START: { start: 'text', end: 'text' },
  DECIDED_AFTER_END: { decided: 'text', end: 'text' },
} as const satisfies Record<string, Record<string, ParamKind>>;

export type TextCode = keyof typeof PARAMS;

type ValueOf<K> = K extends 'number'
  ? number
  : K extends 'phrase'
    ? Phrase
    : K extends 'and' | 'or'
      ? Phrase[]
      : string;

/** The parameters a code's sentence takes, typed by their kind. */
export type ParamsOf<C extends TextCode> = {
  -readonly [P in keyof (typeof PARAMS)[C]]: ValueOf<(typeof PARAMS)[C][P]>;
};

/** A sentence of the catalogue, not yet in any language: its code and what fills it in. */
export type Phrase<C extends TextCode = TextCode> = C extends TextCode
  ? { code: C; params: ParamsOf<C> }
  : never;

export function isTextCode(code: unknown): code is TextCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(PARAMS, code);
}
