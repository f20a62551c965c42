import { getOperationAST, parse } from 'graphql';
import type { GraphQLClient, GraphQLResponse, GraphQLResponseWithCookies, RequestOptions } from './test-app';
import type { TestDatabase } from './test-run';

/** A mutation was sent and its connection lost before any answer: it may or may not have been applied. */
export class Unacknowledged extends Error {
  override readonly name = 'Unacknowledged';
}

/** One GraphQL request over HTTP to the API on a loopback port; network errors are thrown as fetch throws them. */
export async function postGraphQL<T = Record<string, unknown>>(
  port: number,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponseWithCookies<T>> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    setCookie: response.headers.getSetCookie(),
    ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>),
  };
}

const refused = (error: unknown) => (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';

/**
 * Spreads requests over API replicas in turn, as a load balancer in front of them would. A replica that refuses
 * connections is taken out and the request goes to the next one. A query that loses its connection is sent again
 * elsewhere; a mutation is not (its fate is unknown, as a proxy would not replay a POST): it throws Unacknowledged.
 */
export class LoadBalancer implements GraphQLClient {
  private turn = 0;
  private readonly out = new Set<number>();
  /** Requests a refusing replica passed on to another. */
  failovers = 0;

  constructor(
    readonly database: TestDatabase,
    private readonly ports: number[],
  ) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponseWithCookies<T>> {
    const isMutation = getOperationAST(parse(query))?.operation === 'mutation';
    const first = this.turn++;
    let lastError: unknown;
    for (let i = 0; i < this.ports.length; i++) {
      const port = this.ports[(first + i) % this.ports.length]!;
      if (this.out.has(port)) continue;
      try {
        return await postGraphQL<T>(port, query, variables, options);
      } catch (error) {
        lastError = error;
        if (refused(error)) {
          this.out.add(port);
          this.failovers += 1;
        } else if (isMutation) {
          throw new Unacknowledged(`No answer from the API on port ${port}: ${String(error)}`);
        }
      }
    }
    throw new Error(`No API replica answered: ${String(lastError)}`);
  }
}
