import { GraphQLError, type ExecutionResult } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { AppError } from './app-error';

const INTERNAL_MESSAGE = 'Something went wrong on the server; it has been logged. Please try again.';

interface FormattedError {
  message: string;
  locations?: GraphQLError['locations'];
  path?: GraphQLError['path'];
  extensions: Record<string, unknown>;
}

type Kind = 'client' | 'internal';

/** The request was malformed (parse, validation, variable coercion): nothing ran. */
function isRequestError(error: GraphQLError): boolean {
  return (
    error.originalError === undefined ||
    error.originalError === null ||
    error.originalError instanceof GraphQLError
  );
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
  // Mercurius wraps query validation failures in one error carrying the list.
  if (original && Array.isArray(original.errors)) {
    const inner = (original.errors as Error[]).map((inner) => ({
      message: inner.message,
      locations: inner instanceof GraphQLError ? inner.locations : undefined,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }));
    return { kind: 'client', formatted: inner };
  }
  if (isRequestError(error)) {
    const code =
      (error.extensions.code as string | undefined) ??
      ((original as GraphQLError | undefined)?.extensions?.code as string | undefined) ??
      'GRAPHQL_VALIDATION_FAILED';
    return { kind: 'client', formatted: [{ ...base, message: error.message, extensions: { code } }] };
  }
  return {
    kind: 'internal',
    formatted: [{ ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
  };
}

/**
 * Every error leaves with a code and a message a person understands; unexpected errors are logged and masked so
 * no SQL or stack trace reaches a client. Client errors never answer HTTP 500.
 */
export function formatErrors(
  execution: ExecutionResult & { statusCode?: number },
  context: MercuriusContext,
) {
  const log = context.reply?.log ?? context.app.log;
  let internal = false;
  const errors = (execution.errors ?? []).flatMap((error) => {
    const { kind, formatted } = format(error);
    if (kind === 'internal') {
      internal = true;
      log.error(
        { err: error.originalError ?? error, path: error.path },
        'unexpected error in a GraphQL request',
      );
    }
    return formatted;
  });
  const ran = execution.data !== undefined && execution.data !== null;
  const statusCode = ran ? 200 : internal ? 500 : execution.errors?.every(isRequestError) ? 400 : 200;
  return { statusCode, response: { data: execution.data ?? null, errors } };
}
