import { isDeepStrictEqual } from 'node:util';
import type { BenchChild } from '../processes/child-process';
import { DASHBOARD_QUERY } from './dashboard-query';
import { graphqlTarget, type Target } from './load';

/** An API process of the bench, and the two ways of asking it for one process's dashboard. */
export class DashboardApi {
  readonly baseUrl: string;

  constructor(
    readonly child: BenchChild,
    readonly processId: string,
  ) {
    this.baseUrl = `http://127.0.0.1:${String(child.details.port)}`;
  }

  get graphql(): Target {
    return graphqlTarget(this.baseUrl, DASHBOARD_QUERY, { id: this.processId });
  }

  get handwritten(): Target {
    return { url: `${this.baseUrl}/bench/dashboard/${this.processId}`, method: 'GET' };
  }

  /** One answer, and how many SQL statements the API's pool sent for it (the least of three tries, R3). */
  async once(target: Target): Promise<{ body: unknown; statements: number }> {
    let least = Infinity;
    let body: unknown;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const before = await this.child.ask<number>('statements');
      const response = await fetch(target.url, {
        method: target.method,
        headers: { 'content-type': 'application/json' },
        body: target.body,
      });
      body = await response.json();
      if (response.status !== 200 || (body as { errors?: unknown }).errors) {
        throw new Error(
          `${target.method} ${target.url} answered ${response.status}: ${JSON.stringify(body)}`,
        );
      }
      least = Math.min(least, (await this.child.ask<number>('statements')) - before);
    }
    return { body, statements: least };
  }
}

/**
 * Lists whose order the hand-written arm leaves to PostgreSQL (the API orders them): a milestone's convenors and
 * contacts, a matter's dependencies, and so the readiness reasons that name those dependencies.
 */
const UNORDERED = new Set(['convenors', 'contacts', 'dependencies', 'reasons']);

function canonical(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item));
    return UNORDERED.has(key)
      ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, canonical(inner, name)]));
  }
  return value;
}

/** Where two answers first differ, for the error message. */
function firstDifference(a: unknown, b: unknown, at = '$'): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${at}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
    if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}.${key}`);
  }
  return `${at}: equal`;
}

/** Fails unless two answers hold the same data (lists the API does not order compared as sets). */
export function assertSameAnswer(what: string, a: unknown, b: unknown): void {
  const [x, y] = [canonical(a), canonical(b)];
  if (!isDeepStrictEqual(x, y)) throw new Error(`${what} differ at ${firstDifference(x, y)}`);
}
