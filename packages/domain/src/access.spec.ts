import {
  mayGrantRole,
  withinOwnPowers,
  AccountRole,
  Capacity,
  canSee,
  can,
  capacitiesOn,
  clearanceOf,
  Confidentiality,
  narrowest,
  ownsAction,
  visibleTiers,
  matterMovePermission,
  optionMovePermission,
  mayGiveViewOn,
  mayRecordViewFor,
} from './access';
import { type ActorFacts } from './access';
import { MatterStatus, OptionStage, OwnerRole, ParticipantKind, RoleKind } from './model';

const norway = { id: 'nor', kind: ParticipantKind.STATE, becamePartyOn: '1999-03-01' };
const belgium = { id: 'bel', kind: ParticipantKind.STATE, becamePartyOn: '1999-03-01' };
const nicaragua = { id: 'nic', kind: ParticipantKind.STATE, becamePartyOn: '1999-03-01' };
const afghanistan = { id: 'afg', kind: ParticipantKind.STATE, becamePartyOn: '2003-03-01' };
const icbl = { id: 'icbl', kind: ParticipantKind.ORGANISATION, becamePartyOn: null };
const isu = { id: 'isu', kind: ParticipantKind.ORGANISATION, becamePartyOn: null };
const roleTerms = [
  { participantId: 'nor', role: RoleKind.CO_CHAIR, startsOn: '2001-09-21', endsOn: '2002-09-20' },
  { participantId: 'nic', role: RoleKind.PRESIDENT, startsOn: '2001-09-18', endsOn: '2002-09-16' },
  { participantId: 'bel', role: RoleKind.PRESIDENT, startsOn: '2002-09-16', endsOn: '2003-09-15' },
  { participantId: 'isu', role: RoleKind.SUPPORT_UNIT, startsOn: '2001-09-21', endsOn: null },
];
const delegate = (
  participant: ActorFacts['participant'],
  accountRole: AccountRole = AccountRole.DELEGATE,
): ActorFacts => ({
  accountRole,
  participant,
  roleTerms,
});

describe('capacities come from the terms held that day', () => {
  it('makes Norway a Co-Chair and a State Party during its term, and only a State Party after it', () => {
    expect(capacitiesOn(delegate(norway), '2002-06-27').sort()).toEqual([
      Capacity.CO_CHAIR,
      Capacity.STATE_PARTY,
    ]);
    expect(capacitiesOn(delegate(norway), '2002-09-21')).toEqual([Capacity.STATE_PARTY]);
  });

  it('gives the current and the incoming Presidency their powers, and takes them away at handover', () => {
    expect(capacitiesOn(delegate(nicaragua), '2002-06-27')).toContain(Capacity.PRESIDENCY);
    expect(capacitiesOn(delegate(belgium), '2002-06-27')).toContain(Capacity.PRESIDENCY);
    // After the Fourth Meeting Belgium presides and no later term is known; Nicaragua has handed over.
    expect(capacitiesOn(delegate(nicaragua), '2002-09-17')).not.toContain(Capacity.PRESIDENCY);
    expect(capacitiesOn(delegate(belgium), '2003-09-16')).not.toContain(Capacity.PRESIDENCY);
  });

  it('treats a State as an observer until the Convention enters into force for it', () => {
    expect(capacitiesOn(delegate(afghanistan), '2002-10-01')).toEqual([Capacity.OBSERVER]);
    expect(capacitiesOn(delegate(afghanistan), '2003-03-01')).toEqual([Capacity.STATE_PARTY]);
    expect(capacitiesOn(delegate(icbl), '2003-03-01')).toEqual([Capacity.OBSERVER]);
  });

  it('gives the support unit its capacity and an administrator theirs', () => {
    expect(capacitiesOn(delegate(isu), '2003-01-01').sort()).toEqual([
      Capacity.OBSERVER,
      Capacity.SUPPORT_UNIT,
    ]);
    expect(capacitiesOn(delegate(null, AccountRole.ADMINISTRATOR), '2003-01-01')).toEqual([
      Capacity.ADMINISTRATOR,
    ]);
    expect(capacitiesOn(delegate(null), '2003-01-01')).toEqual([]);
  });
});

describe('clearance and confidentiality', () => {
  it('clears each capacity for its own audience and every wider one', () => {
    expect(clearanceOf([Capacity.CO_CHAIR, Capacity.STATE_PARTY])).toBe(Confidentiality.CO_CHAIRS);
    expect(clearanceOf([Capacity.PRESIDENCY])).toBe(Confidentiality.COORDINATING_COMMITTEE);
    expect(clearanceOf([Capacity.STATE_PARTY])).toBe(Confidentiality.STATES_PARTIES);
    expect(clearanceOf([Capacity.OBSERVER])).toBe(Confidentiality.OBSERVERS);
    expect(clearanceOf([])).toBe(Confidentiality.PUBLIC);
    expect(visibleTiers(Confidentiality.STATES_PARTIES)).toEqual(['STATES_PARTIES', 'OBSERVERS', 'PUBLIC']);
    expect(canSee(Confidentiality.COORDINATING_COMMITTEE, Confidentiality.STATES_PARTIES)).toBe(false);
    expect(canSee(Confidentiality.PUBLIC, Confidentiality.PUBLIC)).toBe(true);
  });

  it('keeps the narrowest of several tiers, as a record about another or a record then and now', () => {
    expect(narrowest(Confidentiality.PUBLIC, Confidentiality.CO_CHAIRS)).toBe(Confidentiality.CO_CHAIRS);
    expect(narrowest(Confidentiality.OBSERVERS, Confidentiality.PUBLIC, Confidentiality.STATES_PARTIES)).toBe(
      Confidentiality.STATES_PARTIES,
    );
    expect(narrowest(Confidentiality.PUBLIC)).toBe(Confidentiality.PUBLIC);
  });

  it('lets Co-Chairs decide and the support unit edit without deciding', () => {
    expect(can([Capacity.CO_CHAIR], 'matter.decide')).toBe(true);
    expect(can([Capacity.SUPPORT_UNIT], 'matter.write')).toBe(true);
    expect(can([Capacity.SUPPORT_UNIT], 'matter.decide')).toBe(false);
    expect(can([Capacity.STATE_PARTY], 'matter.write')).toBe(false);
    expect(can([], 'view.write')).toBe(false);
  });

  it('leaves failed notification jobs to administrators', () => {
    expect(can([Capacity.ADMINISTRATOR], 'notificationJobs.manage')).toBe(true);
    expect(can([Capacity.CO_CHAIR, Capacity.SUPPORT_UNIT], 'notificationJobs.manage')).toBe(false);
  });
});

describe('invitations and action owners', () => {
  it('lets those who run the process invite and see replies, and delegates of participants reply', () => {
    for (const capacity of [Capacity.CO_CHAIR, Capacity.PRESIDENCY, Capacity.SUPPORT_UNIT]) {
      expect(can([capacity], 'invitation.send')).toBe(true);
      expect(can([capacity], 'invitation.readReplies')).toBe(true);
    }
    expect(can([Capacity.STATE_PARTY], 'invitation.send')).toBe(false);
    expect(can([Capacity.ADMINISTRATOR], 'invitation.readReplies')).toBe(false);
    expect(can([Capacity.STATE_PARTY], 'invitation.reply')).toBe(true);
    expect(can([Capacity.OBSERVER], 'invitation.reply')).toBe(true);
    // An administrator speaks for no participant.
    expect(can([Capacity.ADMINISTRATOR], 'invitation.reply')).toBe(false);
  });

  it('gives an action to its participant, or to whoever holds its role today', () => {
    const norway = { participantId: 'nor', capacities: [Capacity.CO_CHAIR, Capacity.STATE_PARTY] };
    const belgium = { participantId: 'bel', capacities: [Capacity.PRESIDENCY, Capacity.STATE_PARTY] };
    const byNorway = { ownerParticipantId: 'nor', ownerRole: null };
    const byCoChairs = { ownerParticipantId: null, ownerRole: OwnerRole.CO_CHAIRS };
    const byPresidency = { ownerParticipantId: null, ownerRole: OwnerRole.INCOMING_PRESIDENCY };
    expect(ownsAction(byNorway, norway)).toBe(true);
    expect(ownsAction(byNorway, belgium)).toBe(false);
    expect(ownsAction(byCoChairs, norway)).toBe(true);
    expect(ownsAction(byCoChairs, belgium)).toBe(false);
    expect(ownsAction(byPresidency, belgium)).toBe(true);
    expect(ownsAction(byNorway, { participantId: null, capacities: [Capacity.ADMINISTRATOR] })).toBe(false);
  });
});

describe('nobody grants beyond their own powers', () => {
  it('keeps leadership terms for administrators: the support unit cannot make anyone, itself included, a Co-Chair', () => {
    for (const role of [RoleKind.CO_CHAIR, RoleKind.PRESIDENT, RoleKind.PRESIDENT_DESIGNATE]) {
      expect(mayGrantRole([Capacity.SUPPORT_UNIT, Capacity.OBSERVER], role)).toBe(false);
      expect(mayGrantRole([Capacity.CO_CHAIR, Capacity.STATE_PARTY], role)).toBe(false);
      expect(mayGrantRole([Capacity.ADMINISTRATOR], role)).toBe(true);
    }
    expect(mayGrantRole([Capacity.SUPPORT_UNIT, Capacity.OBSERVER], RoleKind.SUPPORT_UNIT)).toBe(true);
    expect(mayGrantRole([Capacity.SUPPORT_UNIT, Capacity.OBSERVER], RoleKind.CO_RAPPORTEUR)).toBe(true);
  });

  it('refuses a permission or a clearance the granter lacks', () => {
    expect(withinOwnPowers([Capacity.SUPPORT_UNIT], [Capacity.CO_CHAIR])).toBe(false);
    expect(withinOwnPowers([Capacity.CO_CHAIR], [Capacity.SUPPORT_UNIT])).toBe(false);
    expect(withinOwnPowers([Capacity.CO_CHAIR, Capacity.STATE_PARTY], [Capacity.ADMINISTRATOR])).toBe(false);
    expect(withinOwnPowers([Capacity.OBSERVER], [Capacity.STATE_PARTY])).toBe(false);
    expect(withinOwnPowers([Capacity.CO_CHAIR, Capacity.STATE_PARTY], [Capacity.STATE_PARTY])).toBe(true);
    expect(withinOwnPowers([Capacity.ADMINISTRATOR], [Capacity.CO_CHAIR])).toBe(true);
  });
});

describe('what a move or a view needs', () => {
  it('keeps deciding, deferring, withdrawing and adopting for the Co-Chairs, other steps for the support unit too', () => {
    const supportUnit = [Capacity.SUPPORT_UNIT, Capacity.OBSERVER];
    const coChair = [Capacity.CO_CHAIR, Capacity.STATE_PARTY];
    for (const to of [MatterStatus.DECIDED, MatterStatus.DEFERRED, MatterStatus.WITHDRAWN]) {
      expect(can(supportUnit, matterMovePermission(to))).toBe(false);
      expect(can(coChair, matterMovePermission(to))).toBe(true);
    }
    expect(can(supportUnit, matterMovePermission(MatterStatus.READY_FOR_DECISION))).toBe(true);
    expect(can(supportUnit, optionMovePermission(OptionStage.ADOPTED))).toBe(false);
    expect(can(coChair, optionMovePermission(OptionStage.ADOPTED))).toBe(true);
    expect(can(supportUnit, optionMovePermission(OptionStage.WITHDRAWN))).toBe(true);
  });

  it("lets the support unit record any State's view, a delegate their own, observers only where invited", () => {
    expect(mayRecordViewFor({ participantId: 'isu', capacities: [Capacity.SUPPORT_UNIT] }, 'nor')).toBe(true);
    expect(mayRecordViewFor({ participantId: 'bel', capacities: [Capacity.STATE_PARTY] }, 'nor')).toBe(false);
    expect(mayRecordViewFor({ participantId: 'nor', capacities: [Capacity.STATE_PARTY] }, 'nor')).toBe(true);
    const closed = { observersMayGiveViews: false };
    expect(mayGiveViewOn([Capacity.OBSERVER], closed)).toBe(false);
    expect(mayGiveViewOn([Capacity.OBSERVER], { observersMayGiveViews: true })).toBe(true);
    expect(mayGiveViewOn([Capacity.STATE_PARTY], closed)).toBe(true);
    expect(mayGiveViewOn([Capacity.SUPPORT_UNIT, Capacity.OBSERVER], closed)).toBe(true);
    expect(mayGiveViewOn([Capacity.ADMINISTRATOR], { observersMayGiveViews: true })).toBe(false);
  });
});
