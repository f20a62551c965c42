import {
  Client,
  type ClientOptions,
  cacheExchange,
  fetchExchange,
  mapExchange,
  type OperationResult,
  type SubscriptionForwarder,
  subscriptionExchange,
} from 'urql';
import { loadPhrases } from './i18n/phrases';

const refusesWithGuards = (result: OperationResult) =>
  result.error?.graphQLErrors.some((error) => Array.isArray(error.extensions.guards)) ?? false;

/** A refusal reaches its screen once the catalogue's sentences are in, so it is said in the reader's language. */
const phrasesFirst = mapExchange({
  onResult: (result) => (refusesWithGuards(result) ? loadPhrases().then(() => result) : result),
});

/** The API's WebSocket for subscriptions: the same origin and path as its HTTP endpoint. */
export function webSocketUrl(httpUrl: string, base: string = window.location.href): string {
  const url = new URL(httpUrl, base);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * Subscriptions over graphql-ws (the graphql-transport-ws protocol the API speaks). The library is fetched with the
 * first subscription, which only a signed-in person starts, so the public first screen goes without it. The socket
 * opens while a subscription runs and closes when none does; the browser sends the session cookie with it.
 */
function overWebSocket(url: string): SubscriptionForwarder {
  let socket: Promise<import('graphql-ws/client').Client> | null = null;
  return (request) => ({
    subscribe(sink) {
      let dispose: (() => void) | null = null;
      let stopped = false;
      socket ??= import('graphql-ws/client').then(({ createClient }) =>
        createClient({ url: webSocketUrl(url), lazy: true, retryAttempts: 5 }),
      );
      socket.then(
        (client) => {
          if (!stopped) dispose = client.subscribe({ ...request, query: request.query ?? '' }, sink);
        },
        (error: unknown) => sink.error(error),
      );
      return {
        unsubscribe() {
          stopped = true;
          dispose?.();
        },
      };
    },
  });
}

/**
 * The API serves this app from the same origin (Vite's dev server proxies /graphql to it), so the session cookie
 * travels with every request. Queries are POSTed as JSON: the API refuses cookie requests of any other shape (CSRF).
 * urql's document cache answers a query it has seen and refetches every query that shares a type with a mutation's
 * result. Subscriptions (the live inbox) go over a WebSocket at the same address. A refusal waits for the words to
 * say it (phrasesFirst).
 */
export function createClient(transport: Pick<ClientOptions, 'url' | 'fetch'> = { url: '/graphql' }): Client {
  return new Client({
    ...transport,
    exchanges: [
      cacheExchange,
      phrasesFirst,
      subscriptionExchange({ forwardSubscription: overWebSocket(transport.url) }),
      fetchExchange,
    ],
    preferGetMethod: false,
  });
}
