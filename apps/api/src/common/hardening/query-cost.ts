import {
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';

/**
 * The heaviest legitimate query, the dashboard with `matters(first: 500)`, costs 97,672; the limit leaves it room
 * to double (test/hardening-limits.int-spec.ts checks that).
 */
export const MAX_QUERY_COST = 200_000;

/** Mirrors the page size `paginate` uses when neither `first` nor `last` is given (common/pagination). */
const UNSTATED_PAGE_SIZE = 100;

/** A guess at the length of a list without paging arguments (a matter's options, actions, views). */
const UNPAGED_LIST_LENGTH = 10;

/** How many items a field returns, as far as the query says. */
function itemCount({ type, field, args }: ComplexityEstimatorArgs): number {
  // A series returns as many points as it is asked for (Process.readinessSeries), each a process assessed.
  if (typeof args.points === 'number') return args.points;
  const pageSizes = [args.first, args.last].filter((size): size is number => typeof size === 'number');
  const paged = field.args.some((arg) => arg.name === 'first');
  if (paged) return pageSizes.length > 0 ? Math.min(...pageSizes) : UNSTATED_PAGE_SIZE;
  // A connection's edges are the page its field already counted.
  const connectionEdges = field.name === 'edges' && isObjectType(type) && 'pageInfo' in type.getFields();
  if (isListType(getNullableType(field.type)) && !connectionEdges) return UNPAGED_LIST_LENGTH;
  return 1;
}

/** One point per field, and a list's selection once per item it returns. */
function fieldCost(estimate: ComplexityEstimatorArgs): number {
  return 1 + itemCount(estimate) * estimate.childComplexity;
}

/**
 * The cost of the operation that will run, with the request's variables: a page size given as a variable is
 * priced at its value, which a validation rule could not see (Mercurius caches validation by query text).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [fieldCost] });
}

export function queryTooCostly(cost: number): GraphQLError {
  return new GraphQLError(
    `This query would cost ${cost.toLocaleString('en')} points and the API answers at most ` +
      `${MAX_QUERY_COST.toLocaleString('en')}: ask for smaller pages (first) or fewer nested lists, ` +
      'or split it into several queries.',
    { extensions: { code: 'QUERY_TOO_COSTLY' } },
  );
}
