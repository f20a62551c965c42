import type { FastifyRequest } from 'fastify';

const FORM_REFUSAL =
  'Send GraphQL as a POST with Content-Type application/json (a GET may only read, without cookies): a page on ' +
  'another site cannot send one of those without the API agreeing first.';

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * The Origin is the address the request was sent to, scheme included: `http://` is not the same origin as
 * `https://` (a page served over plain HTTP, e.g. by someone on the network path, must not act for the TLS site).
 * The scheme is the one Fastify saw, or the trusted proxy's `X-Forwarded-Proto` (TRUST_PROXY).
 */
function sameOrigin(origin: URL, request: FastifyRequest): boolean {
  const requested = `${request.protocol}://${request.host}`;
  return URL.canParse(requested) && new URL(requested).origin === origin.origin;
}

/**
 * A WebSocket handshake, exactly as Node tells one apart (and only then hands it to the WebSocket server rather
 * than to Mercurius's GET route). Pages can neither send these headers themselves nor leave out the Origin.
 */
export function isWebSocketHandshake(request: FastifyRequest): boolean {
  const { upgrade, connection } = request.headers;
  const connectionOptions = (connection ?? '').split(',').map((option) => option.trim().toLowerCase());
  return (
    request.method === 'GET' &&
    upgrade?.toLowerCase() === 'websocket' &&
    connectionOptions.includes('upgrade')
  );
}

/**
 * Why a request to /graphql must be refused, or null when it may go on. Another site's form can post
 * url-encoded, multipart or plain text, with or without cookies, and its page's Origin: so every request that is
 * not a GET must be a JSON POST (which takes a CORS preflight, never granted), and no request may come from a
 * foreign Origin. Without the cookie rule a form could still sign a victim's browser in to the attacker's account
 * (login CSRF), which is why cookieless requests are checked too. A GET can only read (Mercurius refuses
 * mutations over GET); with cookies it is refused anyway, except the WebSocket handshake of a subscription,
 * which is a GET by definition and where the Origin alone decides (a page cannot leave it out).
 */
export function csrfRefusal(request: FastifyRequest, allowedOrigins: ReadonlySet<string>): string | null {
  const jsonPost = request.method === 'POST' && isJson(request.headers['content-type']);
  const cookielessGet = request.method === 'GET' && !request.headers.cookie;
  if (!jsonPost && !cookielessGet && !isWebSocketHandshake(request)) return FORM_REFUSAL;
  const { origin } = request.headers;
  if (origin === undefined) return null;
  const url = URL.canParse(origin) ? new URL(origin) : null;
  if (url && (sameOrigin(url, request) || allowedOrigins.has(url.origin))) return null;
  return `Pages from ${origin} may not send requests to this API; use the dashboard at its own address.`;
}
