import { ActionStatus, MilestoneStatus } from './model';
import { remindersDue, roleTermRemindersDue } from './reminders';

const fifth = {
  id: '5msp',
  startsAt: new Date('2003-09-15T03:00:00Z'),
  timeZone: 'Asia/Bangkok',
  status: MilestoneStatus.PLANNED,
};
const action = { id: 'draft', status: ActionStatus.TODO, dueDate: '2003-08-16', timeZone: 'Europe/Zurich' };
const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

describe('reminders', () => {
  it('comes 14, 7 and 1 days before a meeting, at 09:00 in its time zone', () => {
    const all = remindersDue(window('2003-08-01T00:00:00Z', '2003-09-15T00:00:00Z'), [fifth], []);
    expect(all.map((r) => [r.step, r.at.toISOString()])).toEqual([
      ['14:2003-09-15', '2003-09-01T02:00:00.000Z'],
      ['7:2003-09-15', '2003-09-08T02:00:00.000Z'],
      ['1:2003-09-15', '2003-09-14T02:00:00.000Z'],
    ]);
  });

  it('moves with the meeting, and is not sent for a cancelled one', () => {
    const moved = { ...fifth, startsAt: new Date('2003-09-22T03:00:00Z') };
    expect(remindersDue(window('2003-09-07T00:00:00Z', '2003-09-09T00:00:00Z'), [moved], [])).toEqual([
      {
        kind: 'MEETING',
        subjectId: '5msp',
        step: '14:2003-09-22',
        days: 14,
        at: new Date('2003-09-08T02:00:00Z'),
      },
    ]);
    expect(
      remindersDue(
        window('2003-08-01T00:00:00Z', '2003-10-01T00:00:00Z'),
        [{ ...fifth, status: MilestoneStatus.CANCELLED }],
        [],
      ),
    ).toEqual([]);
  });

  it('comes up once across consecutive windows', () => {
    const first = remindersDue(window('2003-08-31T00:00:00Z', '2003-09-01T02:00:00Z'), [fifth], []);
    const second = remindersDue(window('2003-09-01T02:00:00Z', '2003-09-02T00:00:00Z'), [fifth], []);
    expect(first.map((r) => r.step)).toEqual(['14:2003-09-15']);
    expect(second).toEqual([]);
  });

  it('reminds an open action 3 days before it is due, then the day after and weekly while overdue', () => {
    const due = remindersDue(window('2003-08-12T00:00:00Z', '2003-08-14T00:00:00Z'), [], [action]);
    expect(due).toEqual([
      {
        kind: 'ACTION_DUE',
        subjectId: 'draft',
        step: '3:2003-08-16',
        days: 3,
        at: new Date('2003-08-13T07:00:00Z'),
      },
    ]);
    const overdue = remindersDue(window('2003-08-16T12:00:00Z', '2003-09-01T00:00:00Z'), [], [action]);
    expect(overdue.map((r) => [r.step, r.at.toISOString()])).toEqual([
      ['overdue-15:2003-08-16', '2003-08-31T07:00:00.000Z'],
      ['overdue-8:2003-08-16', '2003-08-24T07:00:00.000Z'],
    ]);
  });

  it.each([ActionStatus.DONE, ActionStatus.CANCELLED])('never reminds anyone of an action %s', (status) => {
    expect(
      remindersDue(window('2003-08-01T00:00:00Z', '2003-10-01T00:00:00Z'), [], [{ ...action, status }]),
    ).toEqual([]);
  });

  it('asks States Parties for their view a week before the meeting that decides an open matter', () => {
    const matters = [{ id: 'venue', decidingMilestoneId: '5msp' }];
    expect(
      remindersDue(window('2003-09-07T00:00:00Z', '2003-09-09T00:00:00Z'), [fifth], [], matters),
    ).toEqual([
      {
        kind: 'MEETING',
        subjectId: '5msp',
        step: '7:2003-09-15',
        days: 7,
        at: new Date('2003-09-08T02:00:00Z'),
      },
      {
        kind: 'VIEW_REQUESTED',
        subjectId: 'venue',
        step: '7:2003-09-15',
        days: 7,
        at: new Date('2003-09-08T02:00:00Z'),
      },
    ]);
  });
});

describe('role term reminders', () => {
  const presidency = {
    id: 'thailand',
    startsOn: '2003-09-19',
    endsOn: '2004-11-29',
    timeZone: 'Asia/Bangkok',
  };

  it('announce a term on the day it starts and a week before it ends, at 09:00 in its zone', () => {
    const all = roleTermRemindersDue(window('2003-01-01T00:00:00Z', '2005-01-01T00:00:00Z'), [presidency]);
    expect(all.map((r) => [r.kind, r.step, r.at.toISOString()])).toEqual([
      ['ROLE_TERM_STARTS', '0:2003-09-19', '2003-09-19T02:00:00.000Z'],
      ['ROLE_TERM_ENDS', '7:2004-11-29', '2004-11-22T02:00:00.000Z'],
    ]);
  });

  it('say nothing of an end that is not known, nor outside the window', () => {
    const open = { ...presidency, endsOn: null };
    expect(roleTermRemindersDue(window('2003-01-01T00:00:00Z', '2005-01-01T00:00:00Z'), [open])).toHaveLength(
      1,
    );
    expect(
      roleTermRemindersDue(window('2003-09-19T02:00:00Z', '2004-11-22T01:59:59Z'), [presidency]),
    ).toEqual([]);
  });
});
