import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import fs from 'node:fs';
import { SCHEMA_FILE } from '../src/cli/print-schema';
import { createRoleAccounts, ROLES, type Role, type RoleAccounts } from './support/accounts';
import { firstAnswer, listen } from './support/subscriptions';
import { startTestApp, type TestApp } from './support/test-app';

type Expectation = 'allow' | 'deny';
type OperationKind = 'query' | 'mutation' | 'subscription';
const everyone = Object.fromEntries(ROLES.map((role) => [role, 'allow'])) as Record<Role, Expectation>;
const only = (...roles: Role[]) =>
  Object.fromEntries(ROLES.map((role) => [role, roles.includes(role) ? 'allow' : 'deny'])) as Record<
    Role,
    Expectation
  >;
const signedIn = only(...ROLES.filter((role) => role !== 'anonymous'));

const matters = only('coChair', 'supportUnit');
const actions = only('coChair', 'presidency', 'incomingPresidency', 'supportUnit');
const registry = only('administrator', 'supportUnit');
// Delegates of States (parties or not), organisations and the support unit; an administrator speaks for no one.
const views = only(...ROLES.filter((role) => role !== 'anonymous' && role !== 'administrator'));

/**
 * Every root field of the schema, and who may reach it (docs/security.md prints the same matrix). A field missing
 * here fails the test: a new operation needs a rule, and a row in this table, before it ships.
 */
const MATRIX: Record<string, Record<Role, Expectation>> = {
  'Query.me': everyone,
  'Query.process': everyone,
  'Query.processes': everyone,
  'Query.milestone': everyone,
  'Query.matter': everyone,
  'Query.participants': everyone,
  'Query.participant': everyone,
  'Query.roleTerms': everyone,
  'Query.presidencies': everyone,
  'Query.auditEvents': only('administrator', 'coChair', 'supportUnit'),
  'Query.inbox': signedIn,
  'Query.unreadNotifications': signedIn,
  'Subscription.notificationAdded': signedIn,
  'Subscription.processChanged': everyone,
  'Mutation.recordVisit': signedIn,
  'Mutation.markNotificationsRead': signedIn,
  'Query.notificationPreferences': signedIn,
  'Mutation.setNotificationPreference': signedIn,
  'Query.failedNotificationJobs': only('administrator'),
  'Mutation.retryNotificationJob': only('administrator'),
  'Mutation.retryAllFailedNotificationJobs': only('administrator'),
  'Mutation.setMyLanguage': signedIn,
  'Mutation.signIn': everyone,
  'Mutation.signOut': signedIn,
  'Mutation.acceptInvitation': everyone,
  'Mutation.resetPassword': everyone,
  'Mutation.requestPasswordReset': everyone,
  'Mutation.inviteAccount': only('administrator', 'coChair'),
  'Mutation.createPasswordResetLink': only('administrator'),
  // A Co-Chair lists and re-invites their own delegation's accounts only (the service narrows it).
  'Query.accounts': only('administrator', 'coChair'),
  'Mutation.resendInvitation': only('administrator', 'coChair'),
  'Mutation.disableAccount': only('administrator'),
  'Mutation.enableAccount': only('administrator'),
  'Mutation.createProcess': only('administrator'),
  'Mutation.updateProcess': only('administrator'),
  'Mutation.copyProcess': only('administrator'),
  'Mutation.createMilestone': actions,
  'Mutation.updateMilestone': actions,
  'Query.milestoneRescheduleImpact': actions,
  'Mutation.createParticipant': registry,
  'Mutation.updateParticipant': registry,
  'Mutation.createPerson': registry,
  'Mutation.updatePerson': registry,
  'Mutation.createRoleTerm': registry,
  'Mutation.updateRoleTerm': registry,
  'Mutation.importStatesParties': registry,
  // Through roleTerm.write, then mayGrantRole: a President term is an administrator's alone (decision 18).
  'Mutation.handOverPresidency': only('administrator'),
  'Mutation.createMatter': matters,
  'Mutation.updateMatter': matters,
  'Mutation.moveMatter': matters,
  'Mutation.undoMatterMove': matters,
  'Mutation.addMatterDependency': matters,
  'Mutation.removeMatterDependency': matters,
  'Mutation.createOption': matters,
  'Mutation.updateOption': matters,
  'Mutation.moveOption': matters,
  'Mutation.createAction': actions,
  'Mutation.updateAction': actions,
  // Anyone signed in reaches it; the service then lets only writers of actions and the action's owner through.
  'Mutation.moveAction': signedIn,
  'Mutation.createView': views,
  'Mutation.updateView': views,
  // Everyone sees the invitations their participant received; the service lists every one for those who steer.
  'Query.meetingInvitations': signedIn,
  'Mutation.inviteToMeeting': actions,
  'Mutation.correctMeetingInvitation': actions,
  'Mutation.withdrawMeetingInvitation': actions,
  // A delegate replies for their own participant; an administrator speaks for no one.
  'Mutation.replyToMeetingInvitation': views,
  'Query.calendarFeeds': signedIn,
  'Mutation.createCalendarFeed': signedIn,
  'Mutation.revokeCalendarFeed': signedIn,
};

const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
const DUMMY_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Values that reach the access rule rather than a narrower one: a move that decides is the Co-Chairs' alone (tested
 * on its own below), and a delegate writes views for their own participant.
 */
const CHOSEN: Record<string, (own: string | null) => unknown> = {
  'MoveMatterInput.to': () => 'OPTIONS_DEVELOPING',
  'MoveOptionInput.to': () => 'ELABORATED',
  'CreateViewInput.participantId': (own) => own ?? DUMMY_ID,
  // Leadership terms are an administrator's alone (tested in escalation.int-spec.ts); a Co-Rapporteur's is not.
  'CreateRoleTermInput.role': () => 'CO_RAPPORTEUR',
  // Each inviter their own invitee: renewing someone else's pending invitation is refused (escalation.int-spec.ts).
  'InviteAccountInput.email': (own) => `invitee.${own ?? 'administrator'}@example.org`,
};

/** A value of the right shape for an argument: enough to pass validation and reach the access rule. */
function dummyValue(type: GraphQLInputType, name: string, own: string | null): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType, name, own);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [
          field.name,
          CHOSEN[`${type.name}.${field.name}`]?.(own) ?? dummyValue(field.type, field.name, own),
        ]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return DUMMY_ID;
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2003-09-19T12:00:00Z';
      case 'LocalDate':
        return '2003-09-19';
      default:
        return name === 'email' ? 'nobody@example.org' : 'a long enough dummy value';
    }
  }
  throw new Error(`No dummy value for ${String(type)}`);
}

function operationFor(kind: OperationKind, field: GraphQLField<unknown, unknown>, own: string | null) {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  const variables = Object.fromEntries(
    required.map((arg) => [arg.name, dummyValue(arg.type, arg.name, own)]),
  );
  return { query, variables };
}

const rootFields = (kind: OperationKind, type: GraphQLObjectType | null | undefined) =>
  Object.values(type?.getFields() ?? {}).map((field) => ({
    kind,
    key: `${type!.name}.${field.name}`,
    field,
  }));

const ALL_FIELDS = [
  ...rootFields('query', schema.getQueryType()),
  ...rootFields('mutation', schema.getMutationType()),
  ...rootFields('subscription', schema.getSubscriptionType()),
];

describe('the access matrix', () => {
  let t: TestApp;
  let accounts: RoleAccounts;
  let socketUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    accounts = await createRoleAccounts(t);
    socketUrl = await listen(t.app);
  });

  afterAll(() => t.close());

  it('has a row for every query, mutation and subscription in the schema, and no row for anything else', () => {
    expect(ALL_FIELDS.map((field) => field.key).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  // signOut ends the session it is sent with, so it runs last, for each role, after every other field.
  const ordered = [...ALL_FIELDS].sort(
    (a, b) => Number(a.key === 'Mutation.signOut') - Number(b.key === 'Mutation.signOut'),
  );

  for (const { kind, key, field } of ordered) {
    for (const role of ROLES) {
      it(`${key} × ${role}: ${MATRIX[key]?.[role] ?? 'no rule'}`, async () => {
        const own = role === 'anonymous' || role === 'administrator' ? null : accounts.participantId[role];
        const { query, variables } = operationFor(kind, field, own);
        const cookie = accounts.cookie[role];
        // A subscription is allowed when its first event arrives, over the WebSocket it needs.
        const { errors } =
          kind === 'subscription'
            ? await firstAnswer(socketUrl, query, variables, cookie)
            : await t.gql(query, variables, { cookie });
        const codes = (errors ?? []).map((error) => error.extensions?.code);
        const denied = codes.some((code) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED');
        expect(codes).not.toContain('GRAPHQL_VALIDATION_FAILED');
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        expect(denied ? 'deny' : 'allow').toBe(MATRIX[key]?.[role]);
      });
    }
  }
});
