import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a caller's own id may look like: short, and nothing a log line or a header could be broken with. */
const ACCEPTED = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The request's id: the caller's `x-request-id` (a proxy or another service that already named the request) when
 * it looks like one, else a new UUID. Fastify calls it once per request (its `genReqId`).
 */
export function requestIdFor(request: { headers: IncomingHttpHeaders }): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTED.test(given) ? given : randomUUID();
}

const scope = new AsyncLocalStorage<string>();

/** Runs `work` (and everything it awaits) as part of the request `requestId`. */
export function runInRequest<T>(requestId: string, work: () => T): T {
  return scope.run(requestId, work);
}

/**
 * The id of the HTTP request being served, wherever in its handling this runs; null outside one (the workers'
 * own sweeps, seeding). The outbox records it so the jobs a request causes log the same id.
 */
export function currentRequestId(): string | null {
  return scope.getStore() ?? null;
}
