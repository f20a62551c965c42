// Screens rendered as the app renders them (the real routes, i18n and session provider) over a client whose
// answers each test gives: one result per operation, then the query stays subscribed, as urql's own client does.
import { render } from '@testing-library/react';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import {
  type AnyVariables,
  type Client,
  createRequest,
  type DocumentInput,
  type GraphQLRequest,
  type OperationContext,
  type OperationResult,
} from 'urql';
import { vi } from 'vitest';
import { concat, fromValue, never, pipe, type Source, subscribe, take, toPromise } from 'wonka';
import { routes } from '../app/router';
import { SessionProvider } from '../app/session';
import { createClient } from '../client';
import type { Capacity, MeQuery, VenueQuery } from '../generated/graphql';
import { can, PERMISSIONS, type Permission } from '@prepcom/domain';

export type Answer = Partial<OperationResult>;

/** One result, then the source stays open: a source that completed would make useQuery drop an error. */
export const answer = (result: Answer): Source<Answer> => concat([fromValue(result), never]);

export function operationName(request: GraphQLRequest): string {
  const definition = (request.query as DocumentNode).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
  return definition?.name?.value ?? '';
}

export type Responder = (request: GraphQLRequest, name: string) => Source<Answer>;

/** Every screen asks where the process is decided; here, as in 2003, in Bangkok (UTC+7). */
export const BANGKOK_VENUE: VenueQuery = {
  process: {
    id: 'process-1',
    decisionDeadline: { id: 'milestone-deadline-5msp', timeZone: 'Asia/Bangkok' },
    targetMilestone: { id: 'milestone-1rc', timeZone: 'Africa/Nairobi' },
    decidingMeeting: { id: 'milestone-5msp', shortTitle: '5MSP' },
    eveOfDecidingMeeting: '2003-09-14',
  },
};

export function mockClient(respond: Responder) {
  const run = vi.fn((request: GraphQLRequest, _context?: Partial<OperationContext>) => {
    const name = operationName(request);
    return name === 'Venue' ? answer({ data: BANGKOK_VENUE }) : respond(request, name);
  });
  const client = {
    executeQuery: run,
    executeMutation: run,
    executeSubscription: run,
    // What `client.query(…).toPromise()` does: the first answer.
    query: (query: DocumentInput, variables: AnyVariables, context?: Partial<OperationContext>) => ({
      toPromise: () => pipe(run(createRequest(query, variables), context), take(1), toPromise),
    }),
    // What `client.subscription(…).subscribe(…)` does: every answer, until unsubscribed.
    subscription: (query: DocumentInput, variables: AnyVariables, context?: Partial<OperationContext>) => ({
      subscribe: (onResult: (result: Answer) => void) =>
        pipe(run(createRequest(query, variables), context), subscribe(onResult)),
    }),
    suspense: false,
  } as unknown as Client;
  const calls = (name: string) => run.mock.calls.filter(([request]) => operationName(request) === name);
  return { client, run, calls };
}

/**
 * The dashboard's own urql client (cache included) over a fake transport: `respond` answers each request by operation name,
 * as the API would, and must give `__typename`s where the cache needs them to know what a mutation changed.
 */
export function clientOverFakeServer(respond: (name: string, variables: Record<string, unknown>) => unknown) {
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables: Record<string, unknown>;
    };
    const data = operationName === 'Venue' ? BANGKOK_VENUE : respond(operationName, variables ?? {});
    return new Response(JSON.stringify({ data }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  const client = createClient({ url: 'http://dashboard.test/graphql', fetch });
  const requests = (name: string) =>
    fetch.mock.calls.filter(
      ([, init]) => (JSON.parse(String(init?.body)) as { operationName: string }).operationName === name,
    );
  return { client, requests };
}

export const anonymous: MeQuery = {
  me: { account: null, participant: null, capacities: [], clearance: 'PUBLIC', permissions: [] },
};

/** What the server says these capacities may do today (`me.permissions`), from the domain's own matrix. */
export const grantedTo = (capacities: readonly Capacity[]): Permission[] =>
  (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(capacities, permission));

export const coChair: MeQuery = {
  me: {
    account: { id: 'a-nor', displayName: 'Delegate of Norway', email: 'norway@prepcom.local' },
    participant: { id: 'p-nor', name: 'Norway' },
    capacities: ['CO_CHAIR', 'STATE_PARTY'],
    clearance: 'CO_CHAIRS',
    permissions: grantedTo(['CO_CHAIR', 'STATE_PARTY']),
  },
};

/** Renders the app at `path`; `makeClient` is called again whenever the session is reset. */
export function renderApp(path: string, makeClient: () => Client) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <SessionProvider makeClient={makeClient}>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return { router, ...view };
}
