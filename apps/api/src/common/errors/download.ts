// The plain HTTP downloads (CSV exports, the state-of-play PDF, the audit trail): their query parameters are read
// and their client errors answered as GraphQL answers them, kept beside the errors so no new folder joins a cycle.
import type { FastifyReply } from 'fastify';
import { refusal, type GuardFailure } from '@prepcom/domain';
import { AppError, invalidInput } from './app-error';
import { supportedInstant } from '../graphql/scalars';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A query parameter holding an instant, or a day read as its first instant in UTC. */
export function queryInstant(value: string | undefined, name: string): Date | undefined {
  if (!value) return undefined;
  // As the GraphQL DateTime reads it: `new Date` took "+275760-09-13", which PostgreSQL then refused with a 500.
  const date = supportedInstant(ISO_DAY.test(value) ? `${value}T00:00:00Z` : value);
  if (!date)
    throw invalidInput([refusal('INVALID_DAY_OR_INSTANT', name, 'INVALID_DAY_OR_INSTANT', { value })]);
  return date;
}

/** A query parameter holding an id; anything else is refused before it reaches SQL. */
export function queryId(value: string | undefined, name: string): string | undefined {
  if (value && !UUID.test(value))
    throw invalidInput([refusal('INPUT_NOT_AN_ID', name, 'INPUT_NOT_AN_ID', {})]);
  return value || undefined;
}

/**
 * Answers a download's client error as the API answers any other, `{ errors: [{ message, extensions }] }` with its
 * code, field and refused rules, and its HTTP status. A download opens in a browser tab rather than in the dashboard,
 * which would say the rules in the reader's language: `say` says them so here. Anything else is rethrown, to be
 * logged and masked.
 */
export async function answerDownloadError(
  reply: FastifyReply,
  error: unknown,
  say: (failure: GuardFailure) => string,
): Promise<void> {
  if (!(error instanceof AppError)) throw error;
  const { code, field, guards } = error.extensions as {
    code: string;
    field?: string;
    guards?: GuardFailure[];
  };
  const status =
    code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : 400;
  const message = guards?.length ? guards.map(say).join(' ') : error.message;
  await reply.status(status).send({ errors: [{ message, extensions: { code, field, guards } }] });
}

/** A file the browser saves under `filename` rather than shows; never cached, as it depends on who asks. */
export function sendDownload(
  reply: FastifyReply,
  contentType: string,
  filename: string,
  body: string | Buffer,
) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}
