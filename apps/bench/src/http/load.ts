import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { quantile } from '../stats';

/** One HTTP request, sent over and over. */
export interface Target {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Milliseconds, from every response of the run. */
  p50: number;
  p95: number;
  requests: number;
}

export const graphqlTarget = (
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
): Target => ({
  url: `${baseUrl}/graphql`,
  method: 'POST',
  body: JSON.stringify({ query, variables }),
});

/**
 * Sends `requests` requests from `connections` connections and times them until the last answer, failing if any
 * answer was not a 200 carrying data without GraphQL errors: a benchmark that counts refusals measures nothing.
 * A count rather than a duration: an arm whose answers take longer than a fixed window would measure nothing.
 */
export async function load(target: Target, connections: number, requests: number): Promise<LoadResult> {
  const latencies: number[] = [];
  // Timed here, to the last answer: autocannon notices that `amount` is reached only at its next whole second.
  const started = performance.now();
  let lastAnswer = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        body: target.body,
        headers: { 'content-type': 'application/json' },
        connections,
        amount: requests,
        // A slow arm under many connections answers late, not never.
        timeout: 300,
        verifyBody: (body) => {
          const text = String(body);
          return text.startsWith('{"data":') && !text.includes('"errors"');
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
      lastAnswer = performance.now();
    });
  });
  const failures = result.non2xx + result.errors + result.timeouts + result.mismatches;
  if (failures > 0 || latencies.length < requests) {
    throw new Error(
      `${target.method} ${target.url}: ${failures} failed answers (non-2xx ${result.non2xx}, errors ` +
        `${result.errors}, timeouts ${result.timeouts}, GraphQL errors ${result.mismatches}), ` +
        `${latencies.length} answers of ${requests}.`,
    );
  }
  return {
    requestsPerSecond: latencies.length / ((lastAnswer - started) / 1000),
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    requests: latencies.length,
  };
}

/**
 * How many requests make a run of about `seconds` at the rate a warm-up measured: at least two per connection, so
 * that every connection's first request (started together) is not all there is.
 */
export function requestsFor(warmUp: LoadResult, connections: number, seconds: number): number {
  return Math.max(2 * connections, Math.round(warmUp.requestsPerSecond * seconds));
}
