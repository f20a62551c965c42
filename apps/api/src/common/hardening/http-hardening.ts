import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { csrfRefusal, isWebSocketHandshake } from './csrf';
import { allowGraphqlSuggestions } from '../errors/suggestions';

const GRAPHQL_PATH = '/graphql';
/** Where the dashboard's built files are served (apps/web's build puts them in assets/, see bootstrap.ts). */
const ASSETS_PATH = '/assets/';

/** The built dashboard loads its own scripts and styles and nothing inline; it calls /graphql and nothing else. */
function contentSecurityPolicy(production: boolean) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
      // Only behind TLS: a local start over plain HTTP on a LAN address would otherwise lose its scripts.
      ...(production ? { upgradeInsecureRequests: [] } : {}),
    },
  };
}

/**
 * The route options for files a page loads (scripts, styles, images): without the headers only a document obeys (its
 * content policy, framing, window and agent-cluster isolation, the old browsers' download and XSS switches), which
 * would add half a kilobyte to each of the dozen files of the dashboard's first screen. Those a loaded file does obey
 * stay: `nosniff`, `Cross-Origin-Resource-Policy`, `Referrer-Policy` (a stylesheet's own requests) and HSTS.
 */
const SUBRESOURCE_HEADERS = {
  contentSecurityPolicy: false,
  frameguard: false,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
} as const;

/** Answers before GraphQL runs, in the shape GraphQL clients read errors from. */
async function refuse(reply: FastifyReply, statusCode: number, code: string, message: string) {
  await reply.code(statusCode).send({ data: null, errors: [{ message, extensions: { code } }] });
  return reply;
}

/** The members of a GraphQL request (body or query string) that must be text when given. */
const TEXT_MEMBERS = ['query', 'operationName'] as const;

/** Why a GraphQL request's members are of the wrong type, or null: Mercurius would fail on them with a TypeError. */
export function malformedMembers(members: unknown): string | null {
  if (typeof members !== 'object' || members === null || Array.isArray(members)) return null;
  for (const name of TEXT_MEMBERS) {
    const value = (members as Record<string, unknown>)[name];
    if (value !== undefined && value !== null && typeof value !== 'string')
      return `"${name}" must be a string.`;
  }
  const extensions = (members as Record<string, unknown>).extensions;
  if (
    extensions !== undefined &&
    extensions !== null &&
    (typeof extensions !== 'object' || Array.isArray(extensions))
  )
    return '"extensions" must be an object.';
  return null;
}

/**
 * The HTTP side of hardening: security headers on every response, and on /graphql the CSRF check and the
 * refusal of batched requests; also whether GraphQL error messages may suggest schema names. Register it before
 * the routes it should cover.
 */
export async function registerHttpHardening(
  app: NestFastifyApplication,
  config: { production: boolean; corsOrigins: readonly string[] },
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  allowGraphqlSuggestions(fastify, !config.production);

  if (!config.production) {
    // GraphiQL (development only) loads React and its own code from unpkg.com, which the policy would block.
    fastify.addHook('onRoute', (route) => {
      if (route.url.startsWith('/graphiql')) route.helmet = { contentSecurityPolicy: false };
    });
  }
  // Before helmet, whose own onRoute hook reads a route's options. The built files are loaded by the dashboard's page,
  // never shown as one.
  fastify.addHook('onRoute', (route) => {
    if (route.url.startsWith(ASSETS_PATH)) route.helmet = SUBRESOURCE_HEADERS;
  });
  await fastify.register(fastifyHelmet, {
    contentSecurityPolicy: contentSecurityPolicy(config.production),
    frameguard: { action: 'deny' },
  });

  const allowedOrigins = new Set(config.corsOrigins);
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== GRAPHQL_PATH) return;
    const refusal = csrfRefusal(request, allowedOrigins);
    if (refusal === null) return;
    // A refused WebSocket handshake is answered on its raw socket, which nothing else would close: the WebSocket
    // plugin's own hooks, which close it, come after this one.
    if (isWebSocketHandshake(request)) reply.raw.once('finish', () => request.raw.socket.destroy());
    return refuse(reply, 403, 'CSRF_REFUSED', refusal);
  });
  // Fastify ignores Content-Encoding: a compressed body would be read as if it were plain text.
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== GRAPHQL_PATH) return;
    const encoding = request.headers['content-encoding'];
    if (encoding === undefined || encoding.trim().toLowerCase() === 'identity') return;
    return refuse(
      reply,
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the request body uncompressed (no Content-Encoding).',
    );
  });
  fastify.addHook('preValidation', async (request, reply) => {
    if (request.routeOptions.url !== GRAPHQL_PATH) return;
    const problem = malformedMembers(request.method === 'GET' ? request.query : request.body);
    if (problem !== null) return refuse(reply, 400, 'BAD_REQUEST_BODY', problem);
  });
  // Mercurius refuses arrays too (allowBatchedQueries: false), but only with its body schema's "body must be object".
  fastify.addHook('preValidation', async (request, reply) => {
    if (request.routeOptions.url !== GRAPHQL_PATH || !Array.isArray(request.body)) return;
    return refuse(
      reply,
      400,
      'BATCHED_REQUESTS_REFUSED',
      'Send one GraphQL operation per request: batched (array) requests are not accepted.',
    );
  });
}
