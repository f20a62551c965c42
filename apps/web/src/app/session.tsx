// Who is signed in. Signing in or out changes what every query may return (confidentiality tiers), so it starts a
// fresh client: every cached answer is dropped and the screens on display ask again.
import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import { type Client, Provider, useQuery } from 'urql';
import { createClient } from '../client';
import { MeDocument } from '../generated/app/me';
import { MyPowersDocument } from '../generated/app/myPowers';
import type { Capacity, MeQuery, MyPowersQuery } from '../generated/graphql';

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

export type Powers = MyPowersQuery['me'];

/**
 * What the person may do today, as the server reckons it from the domain's permission matrix: the permissions by
 * name and the roles whose terms they may grant. Undefined while the answer is on its way (or in a test without it).
 */
export function usePowers(): Powers | undefined {
  const [{ data }] = useQuery({ query: MyPowersDocument });
  return data?.me;
}

/** Capacities that may move matters through their workflow (docs/security.md); the server has the last word. */
const MOVERS: readonly Capacity[] = ['CO_CHAIR', 'SUPPORT_UNIT'];

export function mayMoveMatters(me: Me | undefined): boolean {
  return !!me?.capacities.some((capacity) => MOVERS.includes(capacity));
}

/** Capacities that read the audit trail, a matter's changes with old and new values among it (docs/security.md). */
const AUDIT_READERS: readonly Capacity[] = ['ADMINISTRATOR', 'CO_CHAIR', 'SUPPORT_UNIT'];

export function mayReadAudit(me: Me | undefined): boolean {
  return !!me?.capacities.some((capacity) => AUDIT_READERS.includes(capacity));
}

/** Capacities that invite to meetings and see who is coming (docs/security.md). */
const CONVENERS: readonly Capacity[] = ['CO_CHAIR', 'PRESIDENCY', 'SUPPORT_UNIT'];

export function convenesMeetings(me: Me | undefined): boolean {
  return !!me?.capacities.some((capacity) => CONVENERS.includes(capacity));
}
