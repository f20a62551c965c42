// Every State Party and remaining signatory of the Mine Ban Convention to the end of 2004, read from the CSV that
// sits beside this file (a copy of the shared data set, so the app never reads outside its own tree at run time).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParticipantKind } from '@prepcom/domain';
import { readStatesPartiesCsv } from '../../participant/states-parties-csv';
import type { SeedParticipant } from './seed-types';

export const STATES_PARTIES_CSV = 'states-parties-2004.csv';

/**
 * The States in the CSV as seed participants: `state-<iso3 lowercase>`, a party from its entry into force, a
 * signatory (not party by the end of 2004) with `becamePartyOn: null`; an empty regional group becomes null. The seed
 * trusts nothing it cannot read: the first refused row stops it.
 */
export function parseStatesParties(csvText: string): SeedParticipant[] {
  return readStatesPartiesCsv(csvText).map(({ row, name, state, refusals }) => {
    if (!state) {
      throw new SyntaxError(
        `States Parties CSV record ${row} (${name}): ${refusals.map((r) => r.message).join(' ')}`,
      );
    }
    return { key: `state-${state.iso3.toLowerCase()}`, kind: ParticipantKind.STATE, ...state };
  });
}

/** Reads the CSV beside this module: src/seed/data under test, dist/seed/data once built (the build copies it). */
export function loadStatesParties(): SeedParticipant[] {
  return parseStatesParties(readFileSync(join(__dirname, STATES_PARTIES_CSV), 'utf8'));
}
