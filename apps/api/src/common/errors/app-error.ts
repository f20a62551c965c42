import { GraphQLError } from 'graphql';
import type { GuardFailure } from '@prepcom/domain';

/** The codes a client can cause; each reaches the client as `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TRANSITION_REFUSED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  /** Too many failed sign-ins to an account or from an address; `scope` says which, `retryAfterSeconds` when. */
  | 'SIGN_IN_THROTTLED'
  /** A service the operation needs (e.g. the job queues' Redis) does not answer; trying later may work. */
  | 'SERVICE_UNAVAILABLE';

/**
 * An error a person can act on: its message is shown as is, `field` names the input to fix and `guards` lists
 * every workflow rule that refused a move, each with its `code` and `params` to say it in the reader's language. Anything else thrown in a resolver is masked (see error-formatter).
 */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    message: string,
    details: {
      field?: string;
      guards?: GuardFailure[];
      current?: unknown;
      scope?: string;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

export function notFound(what: string, id: string, field = 'id'): AppError {
  return new AppError('NOT_FOUND', `No ${what} has the id "${id}".`, { field });
}

/** One or more input rules failed: the message lists them all so a person can fix them in one go. */
export function invalidInput(failures: GuardFailure[]): AppError {
  const [first] = failures;
  return new AppError('BAD_USER_INPUT', failures.map((failure) => failure.message).join(' '), {
    field: first?.field,
    guards: failures,
  });
}

export function transitionRefused(what: string, failures: GuardFailure[]): AppError {
  return new AppError(
    'TRANSITION_REFUSED',
    `${what} cannot move: ${failures.map((failure) => failure.message).join(' ')}`,
    { field: failures[0]?.field, guards: failures },
  );
}

/** Throws the collected failures, if any, as one BAD_USER_INPUT error. */
export function assertValid(failures: (GuardFailure | null)[]): void {
  const real = failures.filter((failure): failure is GuardFailure => failure !== null);
  if (real.length > 0) throw invalidInput(real);
}
