import { ActionStatus, OwnerRole } from '@prepcom/domain';
import { applyEdits, creationRefusals, exactlyOne } from './action-input-rules';
import type { ActionEntity } from './action.entity';
import type { CreateActionInput, UpdateActionInput } from './dto/action.inputs';

const guards = (failures: ({ guard: string; field: string } | null)[]) =>
  failures.filter((failure) => failure !== null).map(({ guard, field }) => `${guard}@${field}`);

describe('exactlyOne', () => {
  it('is content with one of the fields, and says which are missing or too many', () => {
    expect(exactlyOne({ dueDate: '2003-09-01', dueMilestoneId: undefined }, 'dueDate')).toBeNull();
    expect(exactlyOne({ dueDate: null, dueMilestoneId: undefined }, 'dueDate')).toMatchObject({
      guard: 'EXACTLY_ONE',
      field: 'dueDate',
      code: 'EXACTLY_ONE_MISSING',
    });
    // Both given: the second one is the field to put right.
    expect(exactlyOne({ dueDate: '2003-09-01', dueMilestoneId: 'm' }, 'dueDate')).toMatchObject({
      field: 'dueMilestoneId',
      code: 'EXACTLY_ONE_BOTH',
    });
  });
});

describe('creationRefusals', () => {
  const valid: CreateActionInput = {
    title: 'Consult the regional groups',
    ownerRole: OwnerRole.CURRENT_PRESIDENCY,
    dueMilestoneId: 'fifth-msp',
    dueOffsetDays: -30,
    servesMatterId: 'venue',
  };

  it('has nothing to say of a complete action', () => expect(guards(creationRefusals(valid))).toEqual([]));

  it('says everything wrong at once', () => {
    const input: CreateActionInput = {
      title: '  ',
      ownerParticipantId: 'kenya',
      ownerRole: OwnerRole.CO_CHAIRS,
      dueOffsetDays: 3,
    };
    expect(guards(creationRefusals(input))).toEqual([
      'TEXT_REQUIRED@title',
      'EXACTLY_ONE@ownerRole',
      'EXACTLY_ONE@dueDate',
      'EXACTLY_ONE@servesMatterId',
      'OFFSET_WITHOUT_MILESTONE@dueOffsetDays',
    ]);
  });
});

describe('applyEdits', () => {
  const action = (): ActionEntity =>
    ({
      title: 'Consult the regional groups',
      description: '',
      blocksDecision: false,
      ownerParticipantId: null,
      ownerRole: OwnerRole.CURRENT_PRESIDENCY,
      dueDate: null,
      dueMilestoneId: 'fifth-msp',
      dueOffsetDays: -30,
      status: ActionStatus.TODO,
    }) as ActionEntity;
  const edit = (input: Partial<UpdateActionInput>) => ({ id: 'a', expectedVersion: 1, ...input });

  it('trims the texts and takes the other fields as given', () => {
    const edited = action();
    expect(
      applyEdits(
        edited,
        edit({ title: ' Consult the groups ', description: ' By 1 August ', blocksDecision: true }),
      ),
    ).toEqual([]);
    expect(edited).toMatchObject({
      title: 'Consult the groups',
      description: 'By 1 August',
      blocksDecision: true,
    });
  });

  it('replaces a role by a participant as owner, and a milestone by a date as due date', () => {
    const edited = action();
    expect(applyEdits(edited, edit({ ownerParticipantId: 'kenya', dueDate: '2003-08-01' }))).toEqual([]);
    expect(edited).toMatchObject({
      ownerParticipantId: 'kenya',
      ownerRole: null,
      dueDate: '2003-08-01',
      dueMilestoneId: null,
      dueOffsetDays: null,
    });
  });

  it('moves the offset alone of an action due from a milestone, from the milestone day when none is given', () => {
    const edited = action();
    expect(applyEdits(edited, edit({ dueOffsetDays: -10 }))).toEqual([]);
    expect(edited).toMatchObject({ dueMilestoneId: 'fifth-msp', dueOffsetDays: -10 });
    expect(applyEdits(edited, edit({ dueMilestoneId: 'prep-1' }))).toEqual([]);
    expect(edited).toMatchObject({ dueMilestoneId: 'prep-1', dueOffsetDays: 0 });
  });

  it.each([
    ['an action due on a date', { dueDate: '2003-08-01', dueMilestoneId: null, dueOffsetDays: null }, {}],
    ['a due date given with it', {}, { dueDate: '2003-08-01' }],
  ])('refuses an offset for %s, and changes nothing', (_, fields, input) => {
    const edited = Object.assign(action(), fields);
    const unchanged = { ...edited };
    expect(guards(applyEdits(edited, edit({ ...input, dueOffsetDays: 5 })))).toEqual([
      'OFFSET_WITHOUT_MILESTONE@dueOffsetDays',
    ]);
    expect(edited).toEqual(unchanged);
  });

  it('refuses two owners or two due dates at once, and a blank title', () => {
    const input = edit({
      title: '',
      ownerParticipantId: 'kenya',
      ownerRole: OwnerRole.CO_CHAIRS,
      dueDate: '2003-08-01',
      dueMilestoneId: 'm',
    });
    expect(guards(applyEdits(action(), input))).toEqual([
      'TEXT_REQUIRED@title',
      'EXACTLY_ONE@ownerRole',
      'EXACTLY_ONE@dueMilestoneId',
    ]);
  });
});
