// Which process a screen shows. The address carries it (`?process=<id>`), so a link sent to a colleague opens the
// same process; without it the API answers with its first process, the one most installations run.
import { useSearchParams } from 'react-router';

export const PROCESS_PARAM = 'process';

/** The process in the address, or undefined for the API's first one: pass it as a query's `processId`. */
export function useProcessId(): string | undefined {
  const [search] = useSearchParams();
  return search.get(PROCESS_PARAM) ?? undefined;
}
