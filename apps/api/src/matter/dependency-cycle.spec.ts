import { Confidentiality } from '@prepcom/domain';
import { cyclePath } from './dependency-cycle';

const matter = (id: string, confidentiality: Confidentiality = Confidentiality.PUBLIC) => ({
  id,
  title: `Matter ${id}`,
  confidentiality,
});
const statesParties = (tier: Confidentiality) =>
  tier === Confidentiality.PUBLIC || tier === Confidentiality.STATES_PARTIES;

describe('cyclePath', () => {
  it('names every matter of a circle the writer may see, in order', () => {
    expect(cyclePath(['a', 'b', 'a'], [matter('b'), matter('a')], statesParties)).toBe(
      '"Matter a" → "Matter b" → "Matter a"',
    );
  });

  it('shows each run of hidden matters as one "…", whatever its length', () => {
    const matters = [
      matter('a'),
      matter('h1', Confidentiality.CO_CHAIRS),
      matter('h2', Confidentiality.COORDINATING_COMMITTEE),
      matter('b', Confidentiality.STATES_PARTIES),
      matter('h3', Confidentiality.CO_CHAIRS),
    ];
    expect(cyclePath(['a', 'h1', 'h2', 'b', 'h3', 'a'], matters, statesParties)).toBe(
      '"Matter a" → … → "Matter b" → … → "Matter a"',
    );
  });

  it('hides a matter it cannot find as it hides one it may not see', () => {
    expect(cyclePath(['a', 'gone', 'a'], [matter('a')], statesParties)).toBe('"Matter a" → … → "Matter a"');
  });
});
