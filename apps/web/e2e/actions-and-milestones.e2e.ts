// A Presidency's delegate adds an action owned by "the current Presidency", due 10 days before a meeting, from the
// meeting's page and marks it done on the preparations screen; the support unit reschedules the meeting, is told
// first what moves, and the action's due date follows; then it cancels another action, saying why.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { acceptedDelegate, signInToApi, type Session } from './support/api';
import {
  expectAccessible,
  launchBrowser,
  screenshot,
  signIn,
  stepByStep,
  type Visit,
  visit,
} from './support/browser';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');
const passwords = inject('passwords');

const ACTION = 'Circulate the draft programme of work';
/** The test's own meeting, so that no other test's actions count when it moves. */
const MEETING = 'Second Preparatory Meeting';
const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/**
 * Two days before today in UTC: a day already past wherever the reader is. The browser (in New York) and the API
 * (in UTC) name today differently from 00:00 to 05:00 UTC, so Austria's term runs from here and ends here.
 */
const pastDay = () => isoDay(Date.now() - 2 * DAY_MS);

/** A day as the dashboard writes it (en-GB, medium), by the browser's own Intl. */
const shown = (page: Page, isoDate: string) =>
  page.evaluate(
    (day) =>
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
    isoDate,
  );

describe('actions and milestones from the dashboard', () => {
  let browser: Browser;
  let v: Visit;
  let admin: Session;
  let presidency: { email: string; password: string };
  let meetingId = '';
  let austriaTerm: { id: string; version: number } | undefined;
  /** The meeting's local start day at the venue (Geneva; 13:00 UTC is the same day there). */
  let meetingDay = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    // The administrator records Austria as the current Presidency (a term running since yesterday) and makes an
    // account for its delegate, as in the real process a new President's delegation is given one.
    admin = await signInToApi(baseUrl, 'admin@prepcom.local', passwords['admin@prepcom.local']!);
    const { participants, process } = await admin.gql<{
      participants: { edges: { node: { id: string } }[] };
      process: { id: string };
    }>(`{ participants(filter: { search: "Austria" }) { edges { node { id } } } process { id } }`);
    const { createRoleTerm } = await admin.gql<{ createRoleTerm: { id: string; version: number } }>(
      `mutation ($input: CreateRoleTermInput!) { createRoleTerm(input: $input) { id version } }`,
      {
        input: {
          participantId: participants.edges[0]!.node.id,
          role: 'PRESIDENT',
          body: 'Meeting of the States Parties',
          startsOn: pastDay(),
        },
      },
    );
    austriaTerm = createRoleTerm;
    presidency = await acceptedDelegate(baseUrl, admin, 'Austria');
    // The Co-Chair schedules it six weeks ahead, 10:00 to 18:00 in Geneva.
    meetingDay = isoDay(Date.now() + 42 * DAY_MS);
    const chair = await signInToApi(baseUrl, scenario.coChair.email, scenario.coChair.password);
    const { createMilestone } = await chair.gql<{ createMilestone: { id: string } }>(
      `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
      {
        input: {
          processId: process.id,
          kind: 'PREPARATORY_MEETING',
          title: MEETING,
          shortTitle: '2PM',
          startsAt: `${meetingDay}T08:00:00Z`,
          endsAt: `${meetingDay}T16:00:00Z`,
          timeZone: 'Europe/Zurich',
          venue: 'Palais des Nations, Geneva',
          room: 'Room XIX',
        },
      },
    );
    meetingId = createMilestone.id;
  });

  afterAll(async () => {
    await browser?.close();
    // The stack is shared by the other files: Austria's Presidency ends where it began, so none runs today again,
    // in the browser's time zone as in the API's.
    if (austriaTerm) {
      await admin.gql(`mutation ($input: UpdateRoleTermInput!) { updateRoleTerm(input: $input) { id } }`, {
        input: {
          id: austriaTerm.id,
          expectedVersion: austriaTerm.version,
          endsOn: pastDay(),
        },
      });
    }
  });

  stepByStep();

  it('lets the Presidency’s delegate add, from the meeting’s page, an action for “the current Presidency” due 10 days before it', async () => {
    v = await visit(browser, baseUrl);
    const { page } = v;
    await signIn(page, presidency, '/timeline');
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    // The timeline's title of a meeting leads to its page (where notifications and calendar entries point too).
    await page.getByRole('link', { name: MEETING, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: MEETING, exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/milestones/${meetingId}`);
    await expectAccessible(page, 'a meeting’s page');

    await page.getByRole('button', { name: 'Add an action' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an action' });
    await dialog.waitFor();
    // The focus starts on the first field; Escape closes the dialog and gives the focus back to its button.
    await expect
      .poll(() => dialog.getByLabel('What is to be done').evaluate((e) => e === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(
      await page
        .getByRole('button', { name: 'Add an action' })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByLabel('What is to be done').fill(ACTION);
    // Owned by a role, the current Presidency; due relative to this meeting, 10 days before.
    expect(await dialog.getByLabel('A role, held by whoever holds it on the day').isChecked()).toBe(true);
    await dialog.getByLabel('Role', { exact: true }).selectOption({ label: 'The current Presidency' });
    expect(await dialog.getByLabel('Some days before or after a meeting').isChecked()).toBe(true);
    await dialog.getByLabel('Days', { exact: true }).fill('10');
    await dialog.getByLabel('Before or after', { exact: true }).selectOption('before');
    expect(await dialog.getByLabel('The start of', { exact: true }).inputValue()).toBe(meetingId);
    await expectAccessible(page, 'the form adding an action');
    await screenshot(page, 'action-form');
    await dialog.getByRole('button', { name: 'Add the action' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `Action “${ACTION}” added.` })
      .waitFor();

    const row = page.getByRole('row').filter({ hasText: ACTION });
    await row.waitFor();
    const due = isoDay(Date.parse(`${meetingDay}T00:00:00Z`) - 10 * DAY_MS);
    expect(await row.textContent()).toContain(await shown(page, due));
    expect(await row.textContent()).toContain('The current Presidency');
  });

  it('lets the owner’s delegate mark it done on the preparations screen', async () => {
    const { page } = v;
    await page.getByRole('link', { name: 'Preparations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preparations' }).waitFor();
    const select = page.getByRole('checkbox', { name: `Select “${ACTION}”` });
    await select.check();
    await page.getByRole('button', { name: 'Mark 1 action done' }).click();
    await page.getByRole('status').filter({ hasText: '1 action marked done.' }).waitFor();
    // Done, it leaves the list of actions not done (the list is read again).
    await expect.poll(() => page.getByRole('row').filter({ hasText: ACTION }).count()).toBe(0);
    await expectAccessible(page, 'the preparations screen with actions to mark done');
    await screenshot(page, 'preparations-mark-done');
    const { process } = await admin.gql<{
      process: { actions: { edges: { node: { title: string; status: string } }[] } };
    }>(`{ process { actions(first: 500) { edges { node { title status } } } } }`);
    expect(process.actions.edges.find((edge) => edge.node.title === ACTION)?.node.status).toBe('DONE');
  });

  it('lets the support unit reschedule the meeting, saying first what moves, and the relative due date moves', async () => {
    await v.context.close();
    v = await visit(browser, baseUrl);
    const { page } = v;
    await signIn(
      page,
      { email: 'isu@prepcom.local', password: passwords['isu@prepcom.local']! },
      `/milestones/${meetingId}`,
    );
    await page.getByRole('heading', { level: 1, name: MEETING, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Reschedule' }).click();
    const dialog = page.getByRole('dialog', { name: `Reschedule “${MEETING}”` });
    await dialog.waitFor();
    // A week later, at the same local hours in Geneva.
    const start = dialog.getByLabel(/^Starts \(local time/);
    const end = dialog.getByLabel(/^Ends \(local time/);
    const later = (local: string) =>
      `${isoDay(Date.parse(`${local.slice(0, 10)}T00:00:00Z`) + 7 * DAY_MS)}${local.slice(10)}`;
    await start.fill(later(await start.inputValue()));
    await end.fill(later(await end.inputValue()));
    await dialog.getByRole('button', { name: 'Save' }).click();
    // Nothing is saved yet: the form says what the move sets in motion, counted by the server.
    const impact = dialog.getByRole('alert').filter({ hasText: 'falls due on a new date' });
    await impact.waitFor();
    expect(await impact.textContent()).toMatch(
      /^1 action falls due on a new date; \d+ calendar entr(y|ies) (will|is|are)/,
    );
    const dueBefore = isoDay(Date.parse(`${meetingDay}T00:00:00Z`) - 10 * DAY_MS);
    const dueAfter = isoDay(Date.parse(`${meetingDay}T00:00:00Z`) - 3 * DAY_MS);
    expect(await impact.textContent()).toContain(
      `“${ACTION}”: ${await shown(page, dueBefore)} → ${await shown(page, dueAfter)}`,
    );
    await expectAccessible(page, 'the reschedule form with what it moves');
    await screenshot(page, 'milestone-reschedule');
    await dialog.getByRole('button', { name: 'Save the new dates' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const row = page.getByRole('row').filter({ hasText: ACTION });
    await expect.poll(() => row.textContent()).toContain(await shown(page, dueAfter));
    await expectAccessible(page, 'a rescheduled meeting’s page');
    await screenshot(page, 'milestone');
    expect(v.problems).toEqual([]);
  });

  it('lets the support unit cancel an action with the reason, and the meeting’s page says so', async () => {
    const DROPPED = 'Book interpretation into Russian';
    const REASON = 'The meeting is held in English, French and Spanish only.';
    const chair = await signInToApi(baseUrl, scenario.coChair.email, scenario.coChair.password);
    await chair.gql(`mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
      input: {
        title: DROPPED,
        ownerRole: 'SUPPORT_UNIT',
        dueMilestoneId: meetingId,
        dueOffsetDays: -5,
        servesMilestoneId: meetingId,
      },
    });
    const { page } = v;
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: DROPPED });
    await row.getByRole('button', { name: `Cancel…: ${DROPPED}` }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel “${DROPPED}”` });
    await dialog.waitFor();
    // Without a reason the server refuses, and says so next to the field.
    await dialog.getByRole('button', { name: 'Cancel the action' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Say why the action is cancelled' }).waitFor();
    await dialog.getByLabel('Why is it cancelled?').fill(REASON);
    await expectAccessible(page, 'the dialog cancelling an action');
    await dialog.getByRole('button', { name: 'Cancel the action' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `“${DROPPED}” cancelled.` })
      .waitFor();
    await expect.poll(() => row.textContent()).toContain(`Cancelled${REASON}`);
    expect(await row.getByRole('button', { name: `Reinstate: ${DROPPED}` }).count()).toBe(1);
    expect(v.problems).toEqual([]);
  });
});
