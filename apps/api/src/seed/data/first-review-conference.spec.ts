import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ActionStatus,
  MatterStatus,
  MilestoneKind,
  MilestoneStatus,
  OptionStage,
  OwnerRole,
  ParticipantKind,
  Position,
  RoleKind,
  checkMatterMove,
  findDependencyCycle,
  isValidTimeZone,
  localDate,
  requireDueNotAfter,
  resolveDueDate,
  zonedDateTimeToInstant,
  type IsoDate,
} from '@prepcom/domain';
import { firstReviewConference as data } from './first-review-conference';
import type { SeedDue, SeedMatter, SeedMilestone, SeedRoleTerm } from './seed-types';
import { parseCsv } from '../../common/csv';
import { STATES_PARTIES_CSV, loadStatesParties, parseStatesParties } from './states-parties';

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function indexBy<T extends { key: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.key, item]));
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}`);
  return value;
}

const participants = indexBy(data.participants);
const people = indexBy(data.people);
const milestones = indexBy(data.milestones);
const matters = indexBy(data.matters);
const options = indexBy(data.matters.flatMap((matter) => matter.options));
const optionMatter = new Map(
  data.matters.flatMap((matter) => matter.options.map((option) => [option.key, matter.key])),
);

const milestone = (key: string): SeedMilestone => must(milestones.get(key), `milestone '${key}'`);
const instant = (local: string, timeZone: string): Date => zonedDateTimeToInstant(local, timeZone);
const startOf = (key: string): Date => instant(milestone(key).startsLocal, milestone(key).timeZone);
const endOf = (key: string): Date => instant(milestone(key).endsLocal, milestone(key).timeZone);
const guardMilestone = (key: string) => ({
  title: milestone(key).title,
  startsAt: startOf(key),
  status: milestone(key).status,
  timeZone: milestone(key).timeZone,
});

function dueDate(due: SeedDue): IsoDate {
  if (due.kind === 'ABSOLUTE') return resolveDueDate(due);
  const { startsLocal, timeZone } = milestone(due.milestoneKey);
  return resolveDueDate({
    kind: 'RELATIVE',
    offsetDays: due.offsetDays,
    milestone: { startsAt: instant(startsLocal, timeZone), timeZone },
  });
}

/** The matter's status at an instant, replaying its history (null before it was identified). */
function statusAt(matter: SeedMatter, at: Date): MatterStatus | null {
  let status: MatterStatus | null = null;
  for (const event of matter.history) {
    if (instant(event.atLocal, event.timeZone).getTime() > at.getTime()) break;
    status = event.to;
  }
  return status;
}

function decidedAt(matter: SeedMatter): Date | null {
  const decided = matter.history.find((event) => event.to === MatterStatus.DECIDED);
  return decided ? instant(decided.atLocal, decided.timeZone) : null;
}

const active = (term: SeedRoleTerm, on: IsoDate) =>
  term.startsOn <= on && (term.endsOn === null || on <= term.endsOn);

/** Who an owner role names on a day, as the domain resolves it (current / next President term, active terms). */
function ownersOf(role: OwnerRole, on: IsoDate): string[] {
  const terms = data.roleTerms;
  const presidents = terms
    .filter((t) => t.role === RoleKind.PRESIDENT)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const current = presidents.filter((t) => active(t, on)).pop();
  switch (role) {
    case OwnerRole.CURRENT_PRESIDENCY:
      return current ? [current.participantKey] : [];
    case OwnerRole.INCOMING_PRESIDENCY: {
      const incoming = presidents.find((t) => t.startsOn > on && t !== current);
      return incoming ? [incoming.participantKey] : [];
    }
    case OwnerRole.CO_CHAIRS:
      return terms.filter((t) => t.role === RoleKind.CO_CHAIR && active(t, on)).map((t) => t.participantKey);
    case OwnerRole.PRESIDENT_DESIGNATE:
      return terms
        .filter((t) => t.role === RoleKind.PRESIDENT_DESIGNATE && active(t, on))
        .map((t) => t.participantKey);
    case OwnerRole.SUPPORT_UNIT:
      return terms
        .filter((t) => t.role === RoleKind.SUPPORT_UNIT && active(t, on))
        .map((t) => t.participantKey);
  }
}

// ---------------------------------------------------------------------------------------------------------------

describe('parseCsv', () => {
  it('reads quoted fields holding commas, quotes and line breaks, with CRLF or LF rows', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,,"two\nlines"\n\n3,"",z';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', '', 'two\nlines'],
      ['3', '', 'z'],
    ]);
  });

  it('refuses malformed quoting', () => {
    expect(() => parseCsv('a,"open\n')).toThrow(/not closed/);
    expect(() => parseCsv('a,b"c\n')).toThrow(/quote may only open/);
    expect(() => parseCsv('"a"b,c\n')).toThrow(/after the closing quote/);
  });
});

describe('parseStatesParties', () => {
  const header =
    'state,iso3,status_2004,instrument,deposit_date,entry_into_force,eif_computed,un_regional_group,source';

  it('maps parties, signatories, empty groups and quoted sources', () => {
    const csv = [
      header,
      'Norway,NOR,party,ratification,1998-07-09,1999-03-01,no,Western European and Others,"UN, depositary"',
      'Cook Islands,COK,signatory,,,,,,"a ""note"", with commas"',
    ].join('\r\n');
    expect(parseStatesParties(csv)).toEqual([
      {
        key: 'state-nor',
        name: 'Norway',
        kind: ParticipantKind.STATE,
        iso3: 'NOR',
        becamePartyOn: '1999-03-01',
        depositedOn: '1998-07-09',
        regionalGroup: 'Western European and Others',
      },
      {
        key: 'state-cok',
        name: 'Cook Islands',
        kind: ParticipantKind.STATE,
        iso3: 'COK',
        becamePartyOn: null,
        depositedOn: null,
        regionalGroup: null,
      },
    ]);
  });

  it('refuses rows it cannot trust', () => {
    expect(() => parseStatesParties(`${header}\nX,XXX,party,,,,,,`)).toThrow(/entry-into-force/);
    expect(() => parseStatesParties(`${header}\nX,XX,signatory,,,,,,`)).toThrow(/alpha-3/);
    expect(() => parseStatesParties(`${header}\nX,XXX,member,,,,,,`)).toThrow(/unknown status/i);
    expect(() => parseStatesParties(`${header}\nX,XXX,signatory,,,,,`)).toThrow(/fields/);
    expect(() => parseStatesParties('state,iso3\nX,XXX')).toThrow(/status_2004/);
    expect(() => parseStatesParties(`${header}\nX,XXX,party,,2000-01-01,1999-03-01,,,`)).toThrow(
      /after the entry/,
    );
  });
});

describe('the States Parties CSV', () => {
  const states = loadStatesParties();
  const byIso = new Map(states.map((state) => [state.iso3, state]));

  it('holds 152 States: 144 that joined by the end of 2004 and 8 signatories', () => {
    expect(states).toHaveLength(152);
    expect(states.filter((s) => s.becamePartyOn !== null)).toHaveLength(144);
    expect(
      states
        .filter((s) => s.becamePartyOn === null)
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(['BRN', 'COK', 'HTI', 'IDN', 'MHL', 'POL', 'UKR', 'VUT']);
  });

  it('gives each party its entry into force', () => {
    expect(byIso.get('NOR')?.becamePartyOn).toBe('1999-03-01');
    expect(byIso.get('AFG')?.becamePartyOn).toBe('2003-03-01');
    expect(byIso.get('BLR')?.becamePartyOn).toBe('2004-03-01'); // corrected in the CSV, see its source column
    expect(byIso.get('ETH')?.becamePartyOn).toBe('2005-06-01'); // ratified 17 Dec 2004
    expect(byIso.get('CIV')?.name).toBe("Côte d'Ivoire");
    expect(byIso.get('VAT')?.regionalGroup).toBeNull();
    expect(byIso.get('THA')?.regionalGroup).toBe('Asia-Pacific');
  });

  it("matches DOMAIN.md's counts of States that had joined (deposited) and the Article 17 dates", () => {
    const [header, ...rows] = parseCsv(readFileSync(join(__dirname, STATES_PARTIES_CSV), 'utf8'));
    const column = (name: string) => must(header, 'header').indexOf(name);
    const deposit = column('deposit_date');
    const joinedBy = (day: IsoDate) =>
      rows.filter((row) => (row[deposit] ?? '') !== '' && (row[deposit] ?? '') <= day).length;
    expect([
      joinedBy('2002-07-31'),
      joinedBy('2003-09-03'),
      joinedBy('2004-11-29'),
      joinedBy('2004-12-31'),
    ]).toEqual([125, 136, 143, 144]);
    const partiesOn = (day: IsoDate) =>
      states.filter((s) => s.becamePartyOn != null && s.becamePartyOn <= day).length;
    expect(partiesOn('2002-09-16')).toBe(122);
    expect(partiesOn('2004-11-29')).toBe(142);
  });
});

describe('the First Review Conference sample', () => {
  it('has unique keys across every kind of record', () => {
    const keys = [
      data.process.key,
      ...data.participants.map((x) => x.key),
      ...data.people.map((x) => x.key),
      ...data.milestones.map((x) => x.key),
      ...data.roleTerms.map((x) => x.key),
      ...data.matters.map((x) => x.key),
      ...data.matters.flatMap((m) => m.options.map((x) => x.key)),
      ...data.actions.map((x) => x.key),
      ...data.views.map((x) => x.key),
    ];
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('resolves every cross-reference', () => {
    const missing: string[] = [];
    const need = (map: Map<string, unknown>, key: string | undefined, where: string) => {
      if (key !== undefined && !map.has(key)) missing.push(`${where} -> ${key}`);
    };
    need(milestones, data.process.targetMilestoneKey, 'process target');
    need(milestones, data.process.decisionDeadlineMilestoneKey, 'process deadline');
    for (const p of data.people) need(participants, p.participantKey, p.key);
    for (const m of data.milestones) {
      m.convenorKeys.forEach((k) => need(participants, k, `${m.key} convenor`));
      m.contactKeys.forEach((k) => need(people, k, `${m.key} contact`));
    }
    for (const t of data.roleTerms) {
      need(participants, t.participantKey, t.key);
      need(milestones, t.milestoneKey, t.key);
    }
    for (const m of data.matters) {
      need(milestones, m.decidingMilestoneKey, m.key);
      need(milestones, m.initialDecidingMilestoneKey, m.key);
      need(milestones, m.outcomeMilestoneKey, m.key);
      m.dependsOnKeys.forEach((k) => need(matters, k, `${m.key} dependency`));
      m.history.forEach((e) => need(milestones, e.milestoneKey, `${m.key} event`));
      m.options.forEach((o) => need(participants, o.proposerKey, o.key));
    }
    for (const a of data.actions) {
      need(participants, a.ownerParticipantKey, a.key);
      need(matters, a.servesMatterKey, a.key);
      need(milestones, a.servesMilestoneKey, a.key);
      if (a.due.kind === 'RELATIVE') need(milestones, a.due.milestoneKey, a.key);
    }
    for (const v of data.views) {
      need(participants, v.participantKey, v.key);
      need(matters, v.matterKey, v.key);
      need(options, v.optionKey, v.key);
      need(milestones, v.milestoneKey, v.key);
    }
    expect(missing).toEqual([]);
  });

  describe('participants', () => {
    it('include every State of the CSV, observers not party by 2004, and the organisations', () => {
      const states = data.participants.filter((p) => p.kind === ParticipantKind.STATE);
      const csvKeys = new Set(loadStatesParties().map((s) => s.key));
      expect(states.filter((s) => csvKeys.has(s.key))).toHaveLength(152);
      const observers = states.filter((s) => !csvKeys.has(s.key));
      expect(observers.length).toBeGreaterThanOrEqual(8);
      for (const o of observers) {
        expect(o.becamePartyOn).toBeNull();
        expect(o.iso3).toMatch(/^[A-Z]{3}$/);
        expect(o.regionalGroup).toBeTruthy();
      }
      expect(observers.map((o) => o.iso3)).toEqual(
        expect.arrayContaining(['CHN', 'RUS', 'IND', 'PAK', 'FIN', 'EGY', 'KOR']),
      );
      expect(participants.get('state-usa')).toBeUndefined(); // no formal attendance before 2009

      const orgs = data.participants.filter((p) => p.kind === ParticipantKind.ORGANISATION);
      for (const o of orgs) {
        expect(o.organisationType).toBeDefined();
        expect(o.iso3).toBeUndefined();
        expect(o.becamePartyOn ?? null).toBeNull();
      }
      expect(orgs.map((o) => [o.key, o.organisationType])).toEqual(
        expect.arrayContaining([
          ['org-icbl', 'NON_GOVERNMENTAL'],
          ['org-icrc', 'INTERNATIONAL'],
          ['org-undp', 'UNITED_NATIONS'],
          ['org-unmas', 'UNITED_NATIONS'],
          ['org-unicef', 'UNITED_NATIONS'],
          ['org-isu', 'SECRETARIAT'],
          ['org-gichd', 'INTERNATIONAL'],
        ]),
      );
    });

    it('keep names and ISO codes unique, as the database requires', () => {
      const names = data.participants.map((p) => p.name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      const codes = data.participants.flatMap((p) => (p.iso3 ? [p.iso3] : []));
      expect(new Set(codes).size).toBe(codes.length);
    });

    it("hold the letter's contacts as written", () => {
      expect(people.get('person-knut-langeland')).toMatchObject({
        participantKey: 'state-nor',
        phone: '022-918-0400',
        email: 'knut.langeland@mfa.no',
      });
      expect(people.get('person-apirat-sugondhabhirom')).toMatchObject({
        participantKey: 'state-tha',
        phone: '022-715-1010',
        email: 'suapir01@hotmail.com',
      });
    });
  });

  describe('milestones', () => {
    it('are the road as it happened, in chronological order, each ending after it starts', () => {
      expect(data.milestones.map((m) => m.key)).toEqual([
        '3msp',
        'sc-2002-05',
        'dialogue-2002-06-27',
        '4msp',
        'sc-2003-02',
        'sc-2003-05',
        '5msp',
        'deadline-5msp',
        'prep-1',
        'prep-2',
        'revcon',
      ]);
      const starts = data.milestones.map((m) => startOf(m.key).getTime());
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      for (const m of data.milestones) {
        expect(isValidTimeZone(m.timeZone)).toBe(true);
        expect(endOf(m.key).getTime()).toBeGreaterThan(startOf(m.key).getTime());
        expect(m.status).toBe(MilestoneStatus.HELD);
        if (m.venue.includes('Geneva')) expect(m.timeZone).toBe('Europe/Zurich');
      }
      expect(milestone('3msp').timeZone).toBe('America/Managua');
      expect(milestone('5msp').timeZone).toBe('Asia/Bangkok');
      expect(milestone('revcon').timeZone).toBe('Africa/Nairobi');
      expect(milestone('deadline-5msp')).toMatchObject({ kind: MilestoneKind.DEADLINE });
      expect(localDate(startOf('deadline-5msp'), 'Asia/Bangkok')).toBe('2003-09-19');
      expect(endOf('deadline-5msp').getTime()).toBe(endOf('5msp').getTime());
    });

    it('put the informal dialogue at 15:00 on 27 June 2002 in Room VII, convened by Norway and Thailand', () => {
      const dialogue = milestone('dialogue-2002-06-27');
      expect(dialogue).toMatchObject({
        kind: MilestoneKind.INFORMAL_DIALOGUE,
        startsLocal: '2002-06-27T15:00',
        endsLocal: '2002-06-27T18:00',
        timeZone: 'Europe/Zurich',
        room: 'Room VII',
      });
      expect(dialogue.venue).toContain('Palais des Nations');
      expect(dialogue.convenorKeys.sort()).toEqual(['state-nor', 'state-tha']);
      expect(dialogue.contactKeys.sort()).toEqual(['person-apirat-sugondhabhirom', 'person-knut-langeland']);
      expect(startOf('dialogue-2002-06-27').toISOString()).toBe('2002-06-27T13:00:00.000Z'); // CEST
    });
  });

  describe('role terms', () => {
    const term = (key: string) =>
      must(
        data.roleTerms.find((t) => t.key === key),
        key,
      );

    it('are well formed', () => {
      for (const t of data.roleTerms) {
        if (t.endsOn !== null) expect(t.endsOn >= t.startsOn).toBe(true);
        if (t.role === RoleKind.PRESIDENT || t.role === RoleKind.PRESIDENT_DESIGNATE)
          expect(t.milestoneKey).toBeDefined();
      }
    });

    it('name Norway and Thailand Co-Chairs through the Fourth Meeting, and successors after it', () => {
      const chairsOn = (day: IsoDate) => ownersOf(OwnerRole.CO_CHAIRS, day).sort();
      expect(chairsOn('2002-06-19')).toEqual(['state-nor', 'state-tha']);
      expect(chairsOn('2002-09-20')).toEqual(['state-aut', 'state-nor', 'state-per', 'state-tha']); // hand-over day
      expect(chairsOn('2003-05-12')).toEqual(['state-aut', 'state-per']);
      expect(term('rt-cochair-nor-2001').endsOn).toBe(localDate(endOf('4msp'), 'Europe/Zurich'));
    });

    it('chain the Presidencies and the President-designate', () => {
      expect(term('rt-president-nic-3msp')).toMatchObject({ startsOn: '2001-09-18', endsOn: '2002-09-16' });
      expect(term('rt-president-bel-4msp')).toMatchObject({ startsOn: '2002-09-16', endsOn: '2003-09-15' });
      expect(term('rt-president-tha-5msp')).toMatchObject({ startsOn: '2003-09-15', endsOn: '2004-11-29' });
      expect(term('rt-designate-aut-revcon')).toMatchObject({ startsOn: '2003-09-19', endsOn: '2004-11-29' });
      expect(term('rt-president-aut-revcon')).toMatchObject({ startsOn: '2004-11-29', endsOn: '2004-12-03' });
      expect(term('rt-isu')).toMatchObject({
        participantKey: 'org-isu',
        role: RoleKind.SUPPORT_UNIT,
        endsOn: null,
      });
      // On the letter's date the current Presidency is Nicaragua's and the incoming one Belgium's.
      expect(ownersOf(OwnerRole.CURRENT_PRESIDENCY, '2002-06-19')).toEqual(['state-nic']);
      expect(ownersOf(OwnerRole.INCOMING_PRESIDENCY, '2002-06-19')).toEqual(['state-bel']);
    });
  });

  describe('matters', () => {
    it('replay through the matter workflow, every move passing its guards', () => {
      const failures: string[] = [];
      for (const matter of data.matters) {
        const [first, ...rest] = matter.history;
        expect(first?.to).toBe(MatterStatus.IDENTIFIED);
        let status: MatterStatus = MatterStatus.IDENTIFIED;
        let deciding = matter.initialDecidingMilestoneKey;
        let previous = instant(must(first, 'first event').atLocal, must(first, 'first event').timeZone);
        for (const event of rest) {
          const at = instant(event.atLocal, event.timeZone);
          const day = localDate(at, event.timeZone);
          if (at.getTime() <= previous.getTime())
            failures.push(`${matter.key}: ${event.to} is not after the event before`);
          previous = at;
          const target =
            event.to === MatterStatus.DEFERRED || (event.to === MatterStatus.DECIDED && event.milestoneKey)
              ? guardMilestone(must(event.milestoneKey, `${matter.key} ${event.to} milestone`))
              : null;
          const result = checkMatterMove(status, event.to, {
            at,
            outcome: event.to === MatterStatus.DECIDED ? (matter.outcome ?? null) : null,
            options: matter.options.filter((o) => o.tabledOn <= day).map((o) => ({ stage: o.stage })),
            actions: data.actions
              .filter((a) => a.servesMatterKey === matter.key && a.createdOn <= day)
              .map((a) => ({
                title: a.title,
                blocksDecision: a.blocksDecision,
                status:
                  a.completedOn !== undefined && a.completedOn <= day
                    ? ActionStatus.DONE
                    : ActionStatus.IN_PROGRESS,
              })),
            dependencies: matter.dependsOnKeys.map((key) => {
              const dependency = must(matters.get(key), key);
              return { title: dependency.title, status: statusAt(dependency, at) ?? MatterStatus.IDENTIFIED };
            }),
            decidingMilestone: guardMilestone(deciding),
            target,
            note: event.note ?? null,
          });
          failures.push(
            ...result.map((f) => `${matter.key}: ${status} -> ${event.to} at ${event.atLocal}: ${f.message}`),
          );
          // An event placed at a meeting (other than a deferral, which names its target) happens during it.
          if (event.milestoneKey && event.to !== MatterStatus.DEFERRED) {
            if (at < startOf(event.milestoneKey) || at > endOf(event.milestoneKey)) {
              failures.push(
                `${matter.key}: ${event.to} at ${event.atLocal} falls outside ${event.milestoneKey}`,
              );
            }
            if (event.timeZone !== milestone(event.milestoneKey).timeZone)
              failures.push(`${matter.key}: zone of ${event.to}`);
          }
          if (event.to === MatterStatus.DEFERRED) deciding = must(event.milestoneKey, 'deferral target');
          status = event.to;
        }
        if (deciding !== matter.decidingMilestoneKey)
          failures.push(`${matter.key}: ends deciding at ${deciding}`);
      }
      expect(failures).toEqual([]);
    });

    it('were all decided where they had to be, with an adopted option and an outcome', () => {
      for (const matter of data.matters) {
        const last = matter.history[matter.history.length - 1];
        expect(last?.to).toBe(MatterStatus.DECIDED);
        expect(last?.milestoneKey).toBe(matter.decidingMilestoneKey);
        expect(matter.outcomeMilestoneKey).toBe(matter.decidingMilestoneKey);
        expect((matter.outcome ?? '').trim()).not.toBe('');
        expect(matter.options.length).toBeGreaterThanOrEqual(2);
        expect(matter.options.length).toBeLessThanOrEqual(4);
        expect(matter.options.some((o) => o.stage === OptionStage.ADOPTED)).toBe(true);
        const deferred = matter.history.some((e) => e.to === MatterStatus.DEFERRED);
        expect(deferred).toBe(matter.initialDecidingMilestoneKey !== matter.decidingMilestoneKey);
        const decided = must(decidedAt(matter) ?? undefined, 'decision');
        for (const option of matter.options) {
          const identified = must(matter.history[0], 'first event');
          expect(
            option.tabledOn >=
              localDate(instant(identified.atLocal, identified.timeZone), identified.timeZone),
          ).toBe(true);
          expect(option.tabledOn <= localDate(decided, must(last, 'last').timeZone)).toBe(true);
        }
      }
    });

    it('took the 5MSP decisions on 19 September 2003, before the deadline, and deferred the rest', () => {
      const deadline = startOf('deadline-5msp');
      const at5msp = data.matters.filter((m) => m.decidingMilestoneKey === '5msp');
      expect(at5msp.map((m) => m.key).sort()).toEqual(
        [
          'matter-dates-venue',
          'matter-prep-costs',
          'matter-prep-meetings',
          'matter-prep-process',
          'matter-president',
          'matter-secretary-general',
        ].sort(),
      );
      for (const matter of at5msp) {
        const decided = must(decidedAt(matter) ?? undefined, matter.key);
        expect(localDate(decided, 'Asia/Bangkok')).toBe('2003-09-19');
        expect(decided.getTime()).toBeLessThanOrEqual(deadline.getTime());
      }
      const deferredTo = (key: string) =>
        must(matters.get(key), key)
          .history.filter((e) => e.to === MatterStatus.DEFERRED)
          .map((e) => e.milestoneKey);
      expect(deferredTo('matter-agenda')).toEqual(['prep-1']);
      expect(deferredTo('matter-revcon-costs')).toEqual(['prep-1', 'prep-2']);
      expect(deferredTo('matter-rules-vps')).toEqual(['prep-1', 'prep-2']);
      expect(must(matters.get('matter-review-docs'), 'docs').decidingMilestoneKey).toBe('revcon');
    });

    it('depend on one another without cycles', () => {
      const edges = data.matters.flatMap((m) => m.dependsOnKeys.map((to) => ({ from: m.key, to })));
      edges.forEach((edge, i) => expect(findDependencyCycle(edges.slice(0, i), edge)).toBeNull());
      expect(must(matters.get('matter-secretary-general'), 'sg').dependsOnKeys).toContain(
        'matter-dates-venue',
      );
      expect(must(matters.get('matter-prep-costs'), 'costs').dependsOnKeys).toContain('matter-prep-meetings');
    });
  });

  describe('actions', () => {
    it("start with the letter's three questions, owned by the current and incoming Presidencies", () => {
      const letter = data.actions.slice(0, 3);
      expect(letter.map((a) => a.title)).toEqual([
        'Identify what matters may need to be considered at the Fifth Meeting',
        'Identify what options might exist with respect to these matters',
        'Propose what actions should be undertaken to develop these options for consideration',
      ]);
      for (const a of letter) {
        expect(a).toMatchObject({
          createdOn: '2002-06-19',
          servesMilestoneKey: '4msp',
          status: ActionStatus.DONE,
        });
        expect(a.due).toMatchObject({ kind: 'RELATIVE', milestoneKey: '4msp' });
        expect(a.ownerParticipantKey).toBeUndefined();
        expect(must(a.completedOn, 'completedOn') < '2002-09-16').toBe(true);
      }
      expect(new Set(letter.map((a) => a.ownerRole))).toEqual(
        new Set([OwnerRole.CURRENT_PRESIDENCY, OwnerRole.INCOMING_PRESIDENCY]),
      );
    });

    it('each have one owner who exists on the due day, serve one thing, and were done on time', () => {
      const failures: string[] = [];
      for (const a of data.actions) {
        const due = dueDate(a.due);
        if ((a.ownerParticipantKey === undefined) === (a.ownerRole === undefined))
          failures.push(`${a.key}: one owner`);
        if ((a.servesMatterKey === undefined) === (a.servesMilestoneKey === undefined))
          failures.push(`${a.key}: serves one`);
        if (a.ownerRole && ownersOf(a.ownerRole, due).length === 0)
          failures.push(`${a.key}: no ${a.ownerRole} on ${due}`);
        if (a.status !== ActionStatus.DONE || a.completedOn === undefined)
          failures.push(`${a.key}: not done`);
        else if (!(a.createdOn <= a.completedOn && a.completedOn <= due))
          failures.push(`${a.key}: done ${a.completedOn}, due ${due}`);
        if (a.createdOn > due) failures.push(`${a.key}: created after it was due`);
        if (a.blocksDecision && !a.servesMatterKey)
          failures.push(`${a.key}: blocks a decision but serves no matter`);
        // Not due after the milestone it serves, or after the (final) deciding milestone of the matter it serves.
        const against = a.servesMatterKey
          ? must(matters.get(a.servesMatterKey), a.servesMatterKey).decidingMilestoneKey
          : a.servesMilestoneKey;
        const ms = milestone(must(against, `${a.key} milestone`));
        const failure = requireDueNotAfter(due, {
          title: ms.title,
          startsAt: startOf(ms.key),
          timeZone: ms.timeZone,
        });
        if (failure) failures.push(`${a.key}: ${failure.message}`);
      }
      expect(failures).toEqual([]);
      expect(dueDate({ kind: 'RELATIVE', milestoneKey: '4msp', offsetDays: -14 })).toBe('2002-09-02');
      expect(data.actions.length).toBeGreaterThanOrEqual(18);
      expect(data.actions.some((a) => a.blocksDecision)).toBe(true);
    });

    it('circulate draft decisions 30 days before the Fifth Meeting', () => {
      const drafts = must(
        data.actions.find((a) => a.key === 'act-draft-decisions-5msp'),
        'draft decisions',
      );
      expect(drafts.due).toEqual({ kind: 'RELATIVE', milestoneKey: '5msp', offsetDays: -30 });
      expect(dueDate(drafts.due)).toBe('2003-08-16');
    });
  });

  describe('views', () => {
    it('come from States that were parties that day, or from organisations', () => {
      const failures: string[] = [];
      for (const v of data.views) {
        const author = must(participants.get(v.participantKey), v.participantKey);
        const day = localDate(instant(v.expressedAtLocal, v.timeZone), v.timeZone);
        if (author.kind === ParticipantKind.STATE && !(author.becamePartyOn && author.becamePartyOn <= day)) {
          failures.push(`${v.key}: ${author.name} was not a party on ${day}`);
        }
      }
      expect(failures).toEqual([]);
      const kinds = new Set(data.views.map((v) => must(participants.get(v.participantKey), 'author').kind));
      expect(kinds).toEqual(new Set([ParticipantKind.STATE, ParticipantKind.ORGANISATION]));
    });

    it('are placed at their meeting, on options tabled by then, while the matter was open', () => {
      const failures: string[] = [];
      for (const v of data.views) {
        const at = instant(v.expressedAtLocal, v.timeZone);
        const day = localDate(at, v.timeZone);
        const matter = must(matters.get(v.matterKey), v.matterKey);
        if (v.milestoneKey) {
          if (v.timeZone !== milestone(v.milestoneKey).timeZone) failures.push(`${v.key}: zone`);
          if (at < startOf(v.milestoneKey) || at > endOf(v.milestoneKey))
            failures.push(`${v.key}: outside ${v.milestoneKey}`);
        }
        if (v.optionKey) {
          if (optionMatter.get(v.optionKey) !== v.matterKey)
            failures.push(`${v.key}: option of another matter`);
          if (must(options.get(v.optionKey), v.optionKey).tabledOn > day)
            failures.push(`${v.key}: option not tabled yet`);
        }
        const status = statusAt(matter, at);
        if (status === null || status === MatterStatus.DECIDED || status === MatterStatus.WITHDRAWN) {
          failures.push(`${v.key}: matter is ${status ?? 'not identified'}`);
        }
        if (!v.comment?.trim()) failures.push(`${v.key}: no comment`);
      }
      expect(failures).toEqual([]);
    });

    it('are mostly supportive, with some objections and comments', () => {
      const count = (p: Position) => data.views.filter((v) => v.position === p).length;
      expect(data.views.length).toBeGreaterThanOrEqual(60);
      expect(count(Position.SUPPORTS) + count(Position.CAN_LIVE_WITH)).toBeGreaterThan(data.views.length / 2);
      expect(count(Position.OBJECTS)).toBeGreaterThan(0);
      expect(count(Position.COMMENT)).toBeGreaterThan(0);
    });
  });
});
