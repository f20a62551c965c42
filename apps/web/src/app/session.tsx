// Who is signed in. Signing in or out changes what every query may return (confidentiality tiers), so it starts a
// fresh client: every cached answer is dropped and the screens on display ask again.
import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import { type Client, Provider, useQuery } from 'urql';
import { createClient } from '../client';
import { MeDocument } from '../generated/app/me';
import type { Permission } from '@prepcom/domain';
import type { MeQuery } from '../generated/graphql';

const ResetSession = createContext<() => void>(() => undefined);
const sameOriginClient = () => createClient();

export function SessionProvider({
  children,
  makeClient = sameOriginClient,
}: {
  children: ReactNode;
  makeClient?: () => Client;
}) {
  const [client, setClient] = useState(makeClient);
  const reset = useCallback(() => setClient(makeClient()), [makeClient]);
  return (
    <ResetSession.Provider value={reset}>
      <Provider value={client}>{children}</Provider>
    </ResetSession.Provider>
  );
}

/** Call after signing in or out. */
export function useResetSession(): () => void {
  return useContext(ResetSession);
}

export type Me = MeQuery['me'];

/** The person asking, or undefined while the first answer is on its way. */
export function useMe(): { me: Me | undefined; fetching: boolean } {
  const [{ data, fetching }] = useQuery({ query: MeDocument });
  return { me: data?.me, fetching };
}

/**
 * Whether the person holds a permission today, as the server reckons it from the domain's matrix (docs/security.md):
 * what a screen offers follows from it and never from a list of its own. Read from `me` rather than computed here,
 * so the first screen carries no copy of the matrix; the server checks each operation again.
 */
export function may(me: Me | undefined, permission: Permission): boolean {
  return !!me?.permissions.includes(permission);
}

export const mayMoveMatters = (me: Me | undefined) => may(me, 'matter.move');

/** The audit trail: a matter's changes with old and new values among it. */
export const mayReadAudit = (me: Me | undefined) => may(me, 'audit.read');

/** Inviting to meetings and seeing who is coming. */
export const convenesMeetings = (me: Me | undefined) => may(me, 'invitation.readReplies');
