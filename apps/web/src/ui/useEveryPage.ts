import { useCallback, useEffect, useState } from 'react';
import {
  type AnyVariables,
  type CombinedError,
  type RequestPolicy,
  type TypedDocumentNode,
  useClient,
} from 'urql';

/** A Relay connection as the API gives it, for the page it asked. */
export interface Page<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Node }[];
}

/** The API gives at most 500 items a page. */
export const PAGE_SIZE = 500;
/** Enough for a secretariat hosting many processes; beyond it the screen says the list is cut. */
const MAX_PAGES = 40;

export interface EveryPage<Node> {
  /** Every item, in the API's order; null until the first page arrives. */
  nodes: Node[] | null;
  totalCount: number;
  fetching: boolean;
  error: CombinedError | null;
  retry: () => void;
}

/**
 * Reads a connection page after page (`first: 500`, `after` the last cursor) until it ends, for lists the screen
 * shows whole (virtualised) and filters itself. The query takes `$after` and `$first`; `variables` are the others.
 * Asks again when the variables change, and on `retry`, then past the cache.
 */
export function useEveryPage<Data, Variables extends AnyVariables, Node>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'after' | 'first'>,
  pageOf: (data: Data) => Page<Node>,
  pause = false,
): EveryPage<Node> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState<{ n: number; policy: RequestPolicy }>({
    n: 0,
    policy: 'cache-first',
  });
  const [state, setState] = useState<Omit<EveryPage<Node>, 'retry'>>({
    nodes: null,
    totalCount: 0,
    fetching: !pause,
    error: null,
  });

  useEffect(() => {
    if (pause) return;
    let cancelled = false;
    setState((previous) => ({ ...previous, fetching: true, error: null }));
    void (async () => {
      const nodes: Node[] = [];
      let after: string | null = null;
      for (let n = 0; n < MAX_PAGES; n++) {
        const pageVariables = {
          ...(JSON.parse(key) as object),
          first: PAGE_SIZE,
          after,
        } as unknown as Variables;
        const result = await client
          .query(query, pageVariables, { requestPolicy: attempt.policy })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState((previous) => ({ ...previous, fetching: false, error: result.error ?? null }));
          return;
        }
        const page = pageOf(result.data);
        nodes.push(...page.edges.map((edge) => edge.node));
        // Each page shows as it arrives, so a long list is readable before its last page.
        setState({
          nodes: [...nodes],
          totalCount: page.totalCount,
          fetching: page.pageInfo.hasNextPage,
          error: null,
        });
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
        after = page.pageInfo.endCursor;
      }
      if (!cancelled) setState((previous) => ({ ...previous, fetching: false }));
    })();
    return () => {
      cancelled = true;
    };
    // Keyed by the variables' content; `pageOf` only picks a field out of the answer.
  }, [client, query, key, pause, attempt]);

  const retry = useCallback(
    () => setAttempt((previous) => ({ n: previous.n + 1, policy: 'network-only' })),
    [],
  );
  return { ...state, retry };
}
