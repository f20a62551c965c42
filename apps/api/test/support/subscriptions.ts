import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { GraphQLFormattedError } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually } from './smtp-catcher';

/** Subscriptions need a real socket: listens on a free loopback port and answers the WebSocket URL of /graphql. */
export async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `ws://127.0.0.1:${port}/graphql`;
}

/** The headers a browser on the dashboard's own page sends with the handshake: its Origin and the session cookie. */
export function browserHeaders(url: string, cookie: string | null, origin?: string): Record<string, string> {
  return {
    origin: origin ?? new URL(url).origin.replace(/^ws/, 'http'),
    ...(cookie ? { cookie } : {}),
  };
}

/** A graphql-ws client (the protocol the dashboard speaks) that connects as that browser would, and never retries. */
export function socketClient(url: string, cookie: string | null): Client {
  const headers = browserHeaders(url, cookie);
  class BrowserSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url, webSocketImpl: BrowserSocket, retryAttempts: 0 });
}

/** Everything one subscription receives, in order, for a test to wait on. */
export class Subscription<T = Record<string, unknown>> {
  readonly results: FormattedExecutionResult<T, unknown>[] = [];
  errors: readonly GraphQLFormattedError[] | null = null;
  readonly stop: () => void;

  constructor(client: Client, query: string, variables?: Record<string, unknown>) {
    this.stop = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => this.results.push(result),
        // The server's `error` message carries GraphQL errors; anything else (a closed socket) is kept as one.
        error: (error) => {
          this.errors = Array.isArray(error) ? error : [{ message: String(error) }];
        },
        complete: () => undefined,
      },
    );
  }

  /** Waits until `count` results have arrived, and answers them. */
  async received(count: number): Promise<FormattedExecutionResult<T, unknown>[]> {
    await eventually(
      () => ({ received: this.results.length, errors: this.errors }),
      (seen) => seen.received >= count || seen.errors !== null,
    );
    if (this.errors) throw new Error(`The subscription failed: ${JSON.stringify(this.errors)}`);
    return this.results;
  }

  /** Waits until the subscription ends with errors, and answers them. */
  refused(): Promise<readonly GraphQLFormattedError[]> {
    return eventually(
      () => this.errors,
      (errors) => errors !== null,
    ) as Promise<readonly GraphQLFormattedError[]>;
  }
}

/**
 * The first answer to a subscription, in the shape of an HTTP response: its first result, or the errors that
 * refused it.
 */
export async function firstAnswer(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  cookie: string | null,
): Promise<{ data?: unknown; errors?: readonly GraphQLFormattedError[] }> {
  const client = socketClient(url, cookie);
  try {
    const subscription = new Subscription(client, query, variables);
    await eventually(
      () => ({ received: subscription.results.length, errors: subscription.errors }),
      (seen) => seen.received > 0 || seen.errors !== null,
    );
    return subscription.errors ? { errors: subscription.errors } : subscription.results[0]!;
  } finally {
    await client.dispose();
  }
}
