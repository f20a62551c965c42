import { Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { withoutHiddenSuggestions } from './suggestions';
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

/**
 * A scalar that refuses a value says BAD_USER_INPUT, with the rule it applied (`guards`, for the reader's language);
 * anything else wrong with the request is a validation failure.
 */
function requestErrorExtensions(error: Error): { code: string; guards?: unknown } {
  const own = (error as Partial<GraphQLError>).extensions;
  const cause = ((error as Partial<GraphQLError>).originalError as Partial<GraphQLError> | undefined)
    ?.extensions;
  const guards = own?.guards ?? cause?.guards;
  return {
    code: String(own?.code ?? cause?.code ?? 'GRAPHQL_VALIDATION_FAILED'),
    ...(guards === undefined ? {} : { guards }),
  };
}

/**
 * Fastify's and Mercurius's refusals of a request before GraphQL (body not JSON, too large, of another type, no
 * query): their HTTP status and a code and message of ours. Their own messages are fixed texts, never the input.
 */
const HTTP_REFUSALS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'BAD_REQUEST_BODY',
    message: 'The request body is not valid JSON (keys named __proto__ or constructor are refused too).',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'BAD_REQUEST_BODY',
    message: 'The request body is empty: send a JSON object with a "query".',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send GraphQL requests as application/json.',
  },
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: {
    code: 'BAD_REQUEST_BODY',
    message: 'The request has no GraphQL query: send one as "query".',
  },
};

/** A refusal by the HTTP layer (an error with a 4xx status of its own), or null. */
function httpRefusal(original: Error | undefined): { status: number; code: string; message: string } | null {
  const status = (original as { statusCode?: unknown } | undefined)?.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const known = HTTP_REFUSALS[String((original as { code?: unknown }).code)];
  // A FastifyError's message is a fixed text; another error's (a JSON.parse SyntaxError) may quote the input.
  const message =
    known?.message ??
    (original!.name === 'FastifyError' ? original!.message : 'The request is malformed: check its JSON.');
  return { status, code: known?.code ?? 'BAD_REQUEST', message };
}

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22) for values a client sent that no scalar could check: a malformed
 * id (the ID type is text), a NUL character, a number or date out of the column's range. Messages of our own:
 * PostgreSQL's quote the value.
 */
const DATA_EXCEPTIONS: Record<string, string> = {
  '22P02': 'An id or number in the request is malformed.',
  '22021': 'Text may not contain the NUL character.',
  '22003': 'A number in the request is out of range.',
  '22008': 'A date or time in the request is out of range.',
  '22007': 'A date or time in the request is malformed.',
  '22001': 'A text in the request is too long.',
};

/**
 * The SQLSTATE of a statement PostgreSQL refused, as TypeORM reports it (a QueryFailedError wrapping the driver's
 * error), or null. Recognised by shape: common/ is a leaf and does not import the database layer.
 */
function sqlState(original: Error | undefined): string | null {
  if (original?.name !== 'QueryFailedError') return null;
  const code = (original as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof code === 'string' ? code : null;
}

function dataException(original: Error | undefined): string | null {
  const code = sqlState(original);
  if (code === null) return null;
  return DATA_EXCEPTIONS[code] ?? (code.startsWith('22') ? 'A value in the request is not valid.' : null);
}

const MAX_MESSAGE = 1_000;

/**
 * A message quoting input (graphql's variable errors quote the value whole) keeps the start of each long quoted
 * value, and at most MAX_MESSAGE characters: an error never sends a large input back.
 */
export function withoutLongQuotes(message: string): string {
  // Every quoted stretch in turn, so that quotes stay paired: prose between two quoted values is never cut.
  const short = message.replace(/"(?:[^"\\]|\\.)*"/g, (quoted) =>
    quoted.length > 82 ? `${quoted.slice(0, 41)}…"` : quoted,
  );
  return short.length > MAX_MESSAGE ? `${short.slice(0, MAX_MESSAGE)}…` : short;
}

function format(error: GraphQLError): { kind: Kind; formatted: FormattedError[]; status?: number } {
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
      extensions: requestErrorExtensions(inner),
    }));
    return { kind: 'request', formatted: inner };
  }
  const badValue = dataException(original);
  if (badValue) {
    logger.warn(`Refused a value at ${error.path?.join('.') ?? '(request)'}: ${original!.message}`);
    return {
      kind: 'client',
      formatted: [{ ...base, message: badValue, extensions: { code: 'BAD_USER_INPUT' } }],
    };
  }
  const refusal = httpRefusal(original);
  if (refusal) {
    const { status, code, message } = refusal;
    return { kind: 'request', status, formatted: [{ message, extensions: { code } }] };
  }
  if (isRequestError(error)) {
    return {
      kind: 'request',
      formatted: [{ ...base, message: error.message, extensions: requestErrorExtensions(error) }],
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
  let httpStatus: number | undefined;
  const errors = (execution.errors ?? []).flatMap((error) => {
    const { kind, formatted, status } = format(error);
    kinds.add(kind);
    httpStatus ??= status;
    if (kind === 'internal') {
      logUnexpected(error.path?.join('.') ?? '(request)', error.originalError ?? error);
    }
    return formatted.map((one) => ({ ...one, message: withoutLongQuotes(one.message) }));
  });
  // GraphQL over HTTP: a request refused before execution is 400; once executed, errors travel in a 200.
  const refused = execution.data == null && kinds.size === 1 && kinds.has('request');
  const rateLimited = errors.some((error) =>
    ['RATE_LIMITED', 'SIGN_IN_THROTTLED'].includes(error.extensions.code as string),
  );
  const statusCode =
    kinds.has('internal') && execution.data == null
      ? 500
      : rateLimited
        ? 429
        : refused
          ? (httpStatus ?? 400)
          : 200;
  return {
    statusCode,
    response: { data: execution.data ?? null, errors: withoutHiddenSuggestions(errors, context) },
  };
}
