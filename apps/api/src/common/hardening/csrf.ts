import type { FastifyRequest } from 'fastify';

const FORM_REFUSAL =
  'A request that carries cookies must be a POST with Content-Type application/json: a page on another ' +
  'site cannot send one of those without the API agreeing first.';

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The Origin's host (as `new URL` normalises it for that scheme) equals the Host the request was sent to. */
function sameHost(origin: URL, host: string): boolean {
  const requested = `${origin.protocol}//${host}`;
  return URL.canParse(requested) && new URL(requested).host === origin.host;
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
 * Why a request to /graphql that carries cookies (the session) must be refused, or null when it may go on.
 * Another site's form or link can make the browser send the cookie, but not as a JSON POST (that takes a CORS
 * preflight, which this API never grants) and not with a forged Origin. SameSite=Lax already keeps the cookie off
 * other sites' POSTs and WebSockets; the Origin check also covers sibling subdomains, which count as the same site.
 * A WebSocket handshake (subscriptions) is a GET by definition, so for it the Origin alone decides.
 * Requests without cookies act for nobody, so they pass.
 */
export function csrfRefusal(request: FastifyRequest, allowedOrigins: ReadonlySet<string>): string | null {
  if (!request.headers.cookie) return null;
  const jsonPost = request.method === 'POST' && isJson(request.headers['content-type']);
  if (!jsonPost && !isWebSocketHandshake(request)) return FORM_REFUSAL;
  const { origin } = request.headers;
  if (origin === undefined) return null;
  const url = URL.canParse(origin) ? new URL(origin) : null;
  if (url && (sameHost(url, request.host) || allowedOrigins.has(url.origin))) return null;
  return `Pages from ${origin} may not send signed-in requests to this API; use the dashboard at its own address.`;
}
