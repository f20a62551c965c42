import { Client, cacheExchange, fetchExchange } from 'urql';

// The API serves this app from the same origin, and Vite's dev server proxies /graphql to it.
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
});
