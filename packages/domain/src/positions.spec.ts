import { partiesNotYetHeard, positionsOn, type PositionView } from './positions';

const view = (
  participantId: string,
  position: PositionView['position'],
  day: string,
  optionId: string | null = null,
): PositionView => ({ participantId, optionId, position, expressedAt: new Date(`${day}T12:00:00Z`) });

describe('States Parties’ positions', () => {
  const parties = new Set(['no', 'th', 'be']);
  const views = [
    view('no', 'OBJECTS', '2003-01-01'),
    view('no', 'SUPPORTS', '2003-02-01'),
    view('th', 'CAN_LIVE_WITH', '2003-01-05'),
    view('be', 'OBJECTS', '2003-01-06', 'option-1'),
    view('icbl', 'OBJECTS', '2003-01-07'),
  ];

  it('counts each State Party once, with its latest view on the matter as a whole', () => {
    expect(positionsOn(views, null, parties).counts).toEqual({
      SUPPORTS: 1,
      CAN_LIVE_WITH: 1,
      OBJECTS: 0,
      COMMENT: 0,
    });
  });

  it('keeps views on an option apart, and leaves out those who are not States Parties', () => {
    const onOption = positionsOn(views, 'option-1', parties);
    expect(onOption.counts.OBJECTS).toBe(1);
    expect([...onOption.latest.keys()]).toEqual(['be']);
  });

  it('names, by name, the States Parties that have given no view on the matter or its options', () => {
    const all = [
      { id: 'no', name: 'Norway' },
      { id: 'th', name: 'Thailand' },
      { id: 'be', name: 'Belgium' },
      { id: 'za', name: 'South Africa' },
      { id: 'at', name: 'Austria' },
    ];
    expect(partiesNotYetHeard(all, views).map((party) => party.name)).toEqual(['Austria', 'South Africa']);
  });
});
