import type { FastifyReply, FastifyRequest } from 'fastify';
import { getOperationAST, GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { MercuriusContext, preExecutionHookHandler } from 'mercurius';
import { AppError } from '../errors/app-error';
import { MAX_QUERY_COST, queryCost, queryTooCostly } from './query-cost';
import type { RateDecision, SharedRateLimiter } from '../rate-limits/rate-limiter';

/**
 * Mutations that check a one-time token or send a link, each counted per person on its own. Sign-in is counted by
 * its failures, per account and per address, where its outcome is known (auth/sign-in-throttle.ts).
 */
const ACCOUNT_MUTATIONS = new Map([
  ['acceptInvitation', 'attempts to accept an invitation'],
  ['resetPassword', 'password resets'],
  ['requestPasswordReset', 'password reset requests'],
  ['inviteAccount', 'invitations'],
]);

type OperationParams = { operationName?: unknown } | null;

/**
 * What this hook reads of the app's context (loaders/request-context.ts, built in app.module.ts), which Mercurius
 * merges into its own: who is asking, by account.
 */
type AppContext = MercuriusContext & { actor: { account: { id: string } | null } };

/** The limits this hook applies; the app's configuration (config/app-config.ts) supplies them. */
export interface OperationLimitsConfig {
  authRateLimit: number;
  authRateWindowSeconds: number;
  costlyQueryRateLimit: number;
  costlyQueryRateWindowSeconds: number;
  costlyQueryCost: number;
}

/** Mercurius reads the operation's name from the body (POST) or the query string (GET); so does this. */
function operationNameOf(request: FastifyRequest): string | undefined {
  const params = (request.method === 'GET' ? request.query : request.body) as OperationParams | undefined;
  return typeof params?.operationName === 'string' ? params.operationName : undefined;
}

/**
 * How often each root field of a mutation appears, aliases included (`a: signIn … b: signIn …` is two attempts).
 * Validation has already refused fragment cycles, so following spreads terminates.
 */
function mutationFieldCounts(document: DocumentNode, operationName: string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'mutation') return counts;
  const walk = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const fragment = document.definitions.find(
          (definition) =>
            definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
        );
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return counts;
}

function inWords(seconds: number): string {
  if (seconds <= 90) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

function enforce(decision: RateDecision, reply: FastifyReply, tooMany: string): void {
  if (decision.allowed) return;
  reply.header('Retry-After', String(decision.retryAfterSeconds));
  throw new AppError('RATE_LIMITED', `${tooMany}; try again in ${inWords(decision.retryAfterSeconds)}.`);
}

/**
 * Runs once the operation is parsed, validated and its context built, before any resolver: refuses subscriptions
 * (they need a WebSocket) and queries over the cost limit, and rate-limits account mutations and costly queries
 * per person (the signed-in account, else the client's IP address). The counters are shared by every replica
 * (rate-limiter.ts).
 */
export function operationLimits(
  config: OperationLimitsConfig,
  limiter: SharedRateLimiter,
): preExecutionHookHandler {
  const accountMutations = { max: config.authRateLimit, windowSeconds: config.authRateWindowSeconds };
  const costlyQueries = {
    max: config.costlyQueryRateLimit,
    windowSeconds: config.costlyQueryRateWindowSeconds,
  };
  return async (schema, document, mercuriusContext, variables) => {
    const context = mercuriusContext as AppContext;
    const { reply } = context;
    const operationName = operationNameOf(reply.request);
    if (getOperationAST(document, operationName)?.operation === 'subscription') {
      throw new GraphQLError(
        'Subscriptions are served over a WebSocket at /graphql (protocol graphql-transport-ws); send only ' +
          'queries and mutations over HTTP.',
        { extensions: { code: 'WEBSOCKET_REQUIRED' } },
      );
    }
    const cost = queryCost(schema, document, variables, operationName);
    if (cost > MAX_QUERY_COST) throw queryTooCostly(cost);

    const account = context.actor.account;
    const person = account ? `account:${account.id}` : `ip:${reply.request.ip}`;
    for (const [field, count] of mutationFieldCounts(document, operationName)) {
      const what = ACCOUNT_MUTATIONS.get(field);
      if (what === undefined) continue;
      enforce(await limiter.take(field, person, accountMutations, count), reply, `Too many ${what} from you`);
    }
    if (cost >= config.costlyQueryCost) {
      enforce(
        await limiter.take('costlyQuery', person, costlyQueries),
        reply,
        `Too many large queries from you (each costing ${config.costlyQueryCost.toLocaleString('en')} points ` +
          'or more); smaller pages (first) cost less',
      );
    }
  };
}
