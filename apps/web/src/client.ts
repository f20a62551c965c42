import { Client, type ClientOptions, cacheExchange, fetchExchange } from 'urql';

/**
 * The API serves this app from the same origin (Vite's dev server proxies /graphql to it), so the session cookie
 * travels with every request. Queries are POSTed as JSON: the API refuses cookie requests of any other shape (CSRF).
 * urql's document cache answers a query it has seen and refetches every query that shares a type with a mutation's
 * result.
 */
export function createClient(transport: Pick<ClientOptions, 'url' | 'fetch'> = { url: '/graphql' }): Client {
  return new Client({
    ...transport,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
  });
}
