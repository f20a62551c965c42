import { RoleKind } from './model';
import {
  checkPresidencyHandover,
  isTermActive,
  presidenciesOn,
  termsActiveOn,
  type Term,
} from './role-terms';

const nicaragua = {
  name: 'Nicaragua',
  role: RoleKind.PRESIDENT,
  startsOn: '2001-09-18',
  endsOn: '2002-09-16',
};
const belgium = { name: 'Belgium', role: RoleKind.PRESIDENT, startsOn: '2002-09-16', endsOn: '2003-09-15' };
const thailand = { name: 'Thailand', role: RoleKind.PRESIDENT, startsOn: '2003-09-15', endsOn: '2004-11-29' };
const norwayCoChair = {
  name: 'Norway',
  role: RoleKind.CO_CHAIR,
  startsOn: '2001-09-21',
  endsOn: '2002-09-20',
};
const isu = { name: 'ISU', role: RoleKind.SUPPORT_UNIT, startsOn: '2001-09-01', endsOn: null };
const terms = [thailand, norwayCoChair, belgium, isu, nicaragua];

describe('role terms', () => {
  it('includes both the first and the last day of a term', () => {
    expect(isTermActive(nicaragua, '2001-09-18')).toBe(true);
    expect(isTermActive(nicaragua, '2002-09-16')).toBe(true);
    expect(isTermActive(nicaragua, '2002-09-17')).toBe(false);
    expect(isTermActive(isu, '2030-01-01')).toBe(true);
  });

  it('lists the terms active on a day', () => {
    expect(termsActiveOn(terms, '2002-06-27').map((term) => term.name)).toEqual([
      'Norway',
      'ISU',
      'Nicaragua',
    ]);
  });

  it('names the current and incoming Presidencies on the day of the informal dialogue', () => {
    const { current, incoming } = presidenciesOn(terms, '2002-06-27');
    expect(current?.name).toBe('Nicaragua');
    expect(incoming?.name).toBe('Belgium');
  });

  it('hands over on the opening day of the next meeting', () => {
    const { current, incoming } = presidenciesOn(terms, '2002-09-16');
    expect(current?.name).toBe('Belgium');
    expect(incoming?.name).toBe('Thailand');
  });

  it('has no incoming Presidency after the last known term starts', () => {
    expect(presidenciesOn(terms, '2004-01-01')).toEqual({ current: thailand, incoming: null });
  });
});

describe('checkPresidencyHandover', () => {
  const fifth: Term = { role: RoleKind.PRESIDENT, startsOn: '2003-09-15', endsOn: null };
  const handover = {
    current: fifth,
    endsOn: '2004-11-28',
    incomingBecamePartyOn: '2001-01-01',
    presidents: [fifth],
  };

  it('lets a running Presidency hand over to a State Party', () => {
    expect(checkPresidencyHandover(handover)).toEqual([]);
  });

  it('refuses another role, a day outside the term, a non-party and a Presidency already recorded', () => {
    const later = { role: RoleKind.PRESIDENT, startsOn: '2004-11-29', endsOn: '2004-12-03' };
    // Thailand's Presidency ended the day Kenya's began: the handover day has both.
    const failures = checkPresidencyHandover({
      current: { ...fifth, role: RoleKind.CO_CHAIR, endsOn: '2004-06-30' },
      endsOn: '2004-11-28',
      incomingBecamePartyOn: '2004-11-29',
      presidents: [fifth, later],
    });
    expect(failures.map((failure) => failure.guard)).toEqual([
      'NOT_A_PRESIDENCY',
      'HANDOVER_OUTSIDE_TERM',
      'INCOMING_NOT_PARTY',
      'PRESIDENCY_ALREADY_RECORDED',
    ]);
    expect(checkPresidencyHandover({ ...handover, incomingBecamePartyOn: null })[0]?.guard).toBe(
      'INCOMING_NOT_PARTY',
    );
    expect(checkPresidencyHandover({ ...handover, endsOn: '2003-09-14' })[0]?.guard).toBe(
      'HANDOVER_OUTSIDE_TERM',
    );
  });
});
