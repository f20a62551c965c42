import { Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { withoutHiddenSuggestions } from '../hardening/suggestions';
import { AppError } from './app-error';

const logger = new Logger('GraphQL');
const INTERNAL_MESSAGE = 'Something went wrong on the server; it has been logged. Please try again.';

interface FormattedError {
  message: string;
  locations?: GraphQLError['locations'];
  path?: GraphQLError['path'];
  extensions: Record<string, unknown>;
}

/** request: refused before execution (parse, validation, variables); client: an AppError; internal: a bug. */
type Kind = 'request' | 'client' | 'internal';

/** The request was malformed (parse, validation, variable coercion): nothing ran. */
function isRequestError(error: GraphQLError): boolean {
  return (
    error.originalError === undefined ||
    error.originalError === null ||
    error.originalError instanceof GraphQLError
  );
}

/** A scalar that refuses a value says BAD_USER_INPUT; anything else wrong with the request is a validation failure. */
function requestErrorCode(error: Error): string {
  const own = (error as Partial<GraphQLError>).extensions?.code;
  const cause = ((error as Partial<GraphQLError>).originalError as Partial<GraphQLError> | undefined)
    ?.extensions?.code;
  return String(own ?? cause ?? 'GRAPHQL_VALIDATION_FAILED');
}

function format(error: GraphQLError): { kind: Kind; formatted: FormattedError[] } {
  const base = { locations: error.locations, path: error.path };
  const original = error.originalError as (Error & { errors?: unknown }) | undefined;
  if (original instanceof AppError) {
    return {
      kind: 'client',
      formatted: [{ ...base, message: error.message, extensions: { ...original.extensions } }],
    };
  }
  // Mercurius wraps parse, validation and variable failures in one error carrying the list.
  if (original && Array.isArray(original.errors)) {
    const inner = (original.errors as Error[]).map((inner) => ({
      message: inner.message,
      locations: inner instanceof GraphQLError ? inner.locations : undefined,
      extensions: { code: requestErrorCode(inner) },
    }));
    return { kind: 'request', formatted: inner };
  }
  if (isRequestError(error)) {
    return {
      kind: 'request',
      formatted: [{ ...base, message: error.message, extensions: { code: requestErrorCode(error) } }],
    };
  }
  return {
    kind: 'internal',
    formatted: [{ ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  };
}

function logUnexpected(where: string, cause: Error): void {
  logger.error(`Unexpected error at ${where}: ${cause.message}`, cause.stack);
}

/**
 * For an error that reaches a client outside an execution result, which Mercurius sends without the formatter (a
 * subscription whose stream fails): an AppError as it is, anything else logged and masked.
 */
export function clientError(error: unknown, where: string): GraphQLError {
  if (error instanceof AppError) return error;
  logUnexpected(where, error instanceof Error ? error : new Error(String(error)));
  return new GraphQLError(INTERNAL_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * Every error leaves with a code and a message a person understands; unexpected errors are logged and masked so
 * no SQL or stack trace reaches a client. Client errors never answer HTTP 500.
 */
export function formatErrors(
  execution: ExecutionResult & { statusCode?: number },
  context: MercuriusContext,
) {
  const kinds = new Set<Kind>();
  const errors = (execution.errors ?? []).flatMap((error) => {
    const { kind, formatted } = format(error);
    kinds.add(kind);
    if (kind === 'internal') {
      logUnexpected(error.path?.join('.') ?? '(request)', error.originalError ?? error);
    }
    return formatted;
  });
  // GraphQL over HTTP: a request refused before execution is 400; once executed, errors travel in a 200.
  const refused = execution.data == null && kinds.size === 1 && kinds.has('request');
  const rateLimited = errors.some((error) =>
    ['RATE_LIMITED', 'SIGN_IN_THROTTLED'].includes(error.extensions.code as string),
  );
  const statusCode =
    kinds.has('internal') && execution.data == null ? 500 : rateLimited ? 429 : refused ? 400 : 200;
  return {
    statusCode,
    response: { data: execution.data ?? null, errors: withoutHiddenSuggestions(errors, context) },
  };
}
