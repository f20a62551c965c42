import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { asOfSearch, useAsOf } from '../app/as-of';

export const matterPath = (matterId: string) => `/matters/${matterId}`;

/** A link to a matter's page, shown as of the same day as the screen it is on. */
export function MatterLink({ matterId, children }: { matterId: string; children: ReactNode }) {
  const asOf = useAsOf();
  return <Link to={{ pathname: matterPath(matterId), search: asOfSearch(asOf) }}>{children}</Link>;
}
