// What the person may grant, for the screens that manage people and roles: apart from the session's `me`, so the
// shell does not carry the query.
import { useQuery } from 'urql';
import { MyPowersDocument } from '../generated/app/myPowers';
import type { MyPowersQuery } from '../generated/graphql';

export type Powers = MyPowersQuery['me'];

/**
 * What the person may do today, as the server reckons it from the domain's permission matrix: the permissions by
 * name and the roles whose terms they may grant. Undefined while the answer is on its way (or in a test without it).
 */
export function usePowers(): Powers | undefined {
  const [{ data }] = useQuery({ query: MyPowersDocument });
  return data?.me;
}
