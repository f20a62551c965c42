import { Logger } from '@nestjs/common';

const logger = new Logger('Subscriptions');

/** The part of a WebSocket this needs: what Mercurius sends with. */
export interface SendingSocket {
  send(data: unknown, ...rest: unknown[]): unknown;
}

interface SentError {
  message?: unknown;
  locations?: unknown;
  extensions?: { code?: unknown };
}

const MALFORMED =
  'This subscription message is malformed: send {"id": "…", "type": "subscribe", "payload": {"query": "subscription { … }"}}.';

/**
 * What a client sent is not echoed back as exception text. Mercurius answers a subscribe message it cannot read (no
 * payload, a query that is not text, an operationName naming no operation) with the raw TypeError it hit, and sends
 * it without the error formatter. Errors that carry a code are ours (refusals, masked server faults) and pass;
 * graphql's syntax errors keep their message and get the code HTTP gives them; anything else becomes one message.
 */
function safeError(error: SentError): SentError {
  if (typeof error.extensions?.code === 'string') return error;
  const message = String(error.message);
  if (message.startsWith('Syntax Error:'))
    return { message, locations: error.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  logger.warn(`Refused a malformed subscription message: ${message}`);
  return { message: MALFORMED, extensions: { code: 'BAD_REQUEST' } };
}

/** Rewrites the `error` messages sent on a subscription socket (graphql-transport-ws, and the legacy protocol). */
export function maskSubscriptionErrors(socket: SendingSocket): void {
  const send = socket.send.bind(socket);
  socket.send = (data: unknown, ...rest: unknown[]) => {
    if (typeof data !== 'string' || !data.startsWith('{"type":"error"')) return send(data, ...rest);
    const message = JSON.parse(data) as { type: string; id?: string; payload?: SentError[] };
    const payload = Array.isArray(message.payload) ? message.payload.map(safeError) : message.payload;
    return send(JSON.stringify({ ...message, payload }), ...rest);
  };
}
