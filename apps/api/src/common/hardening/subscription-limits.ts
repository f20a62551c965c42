import { GraphQLError, parse, specifiedRules, validate, type ValidationRule } from 'graphql';
import type {
  MercuriusContext,
  preSubscriptionExecutionHookHandler,
  preSubscriptionParsingHookHandler,
} from 'mercurius';
import { formatErrors } from '../errors/error-formatter';
import { MAX_QUERY_COST, queryCost, queryTooCostly } from './query-cost';

/**
 * The first error as the formatter words it for HTTP (with its code, without schema hints in production).
 * Mercurius sends a failed subscription's error as it is thrown, one error only.
 */
function refusal(errors: readonly GraphQLError[], context: MercuriusContext): GraphQLError {
  const [first] = formatErrors({ errors }, context).response.errors;
  return new GraphQLError(first!.message, { extensions: first!.extensions });
}

/**
 * The limits of the HTTP path for documents sent over the WebSocket, where Mercurius applies none of them (not
 * even graphql's own validation): the token cap on the text, every validation rule (depth, aliases, introspection
 * in production) and the cost limit, before the subscription starts.
 */
export function subscriptionLimits(options: {
  maxTokens: number;
  validationRules: readonly ValidationRule[];
}): {
  preSubscriptionParsing: preSubscriptionParsingHookHandler;
  preSubscriptionExecution: preSubscriptionExecutionHookHandler;
} {
  // Mercurius also accepts an already parsed document, which would skip the token cap: only text is served.
  const sentAsText = new WeakSet<object>();
  return {
    preSubscriptionParsing: (_schema, source, context) => {
      try {
        parse(source, { maxTokens: options.maxTokens });
      } catch (error) {
        throw refusal([error as GraphQLError], context);
      }
      sentAsText.add(context);
    },
    preSubscriptionExecution: (schema, document, context) => {
      if (!sentAsText.has(context)) {
        throw refusal([new GraphQLError('Send the subscription as GraphQL text in "query".')], context);
      }
      const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
      if (errors.length > 0) throw refusal(errors, context);
      // This hook is not given the variables. No subscription field takes arguments, so a valid subscription
      // declares none (graphql refuses unused variables); a paged one would need them here to be priced.
      const cost = queryCost(schema, document, {}, undefined);
      if (cost > MAX_QUERY_COST) throw queryTooCostly(cost);
    },
  };
}
