import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import { operationLimits, type OperationLimitsConfig } from './operation-limits';
import { MAX_ALIASES, MAX_QUERY_DEPTH, queryShapeRule } from './query-shape';
import type { SharedRateLimiter } from '../rate-limits/rate-limiter';
import { subscriptionLimits } from './subscription-limits';

/**
 * Bounds the text itself: graphql's validation compares repeated fields pairwise, so its time grows with the
 * square of the query's length (about 25 ms at 1,000 tokens of repeated fields, 100 ms at 2,000). The dashboard's
 * query has 144 tokens, GraphiQL's introspection query 183.
 */
export const MAX_QUERY_TOKENS = 1_000;

/**
 * Mercurius options that bound what one GraphQL request or subscription may ask for; spread into the driver's
 * options.
 */
export function graphqlHardening(
  config: OperationLimitsConfig & { production: boolean },
  limiter: SharedRateLimiter,
): Partial<MercuriusDriverConfig> {
  const validationRules = [
    queryShapeRule({ maxDepth: MAX_QUERY_DEPTH, maxAliases: MAX_ALIASES }),
    ...(config.production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  return {
    graphql: { parseOptions: { maxTokens: MAX_QUERY_TOKENS } },
    validationRules,
    hooks: {
      preExecution: operationLimits(config, limiter),
      ...subscriptionLimits({ maxTokens: MAX_QUERY_TOKENS, validationRules }),
    },
  };
}
