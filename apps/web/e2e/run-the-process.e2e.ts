// A Co-Chair runs the process from the dashboard: makes a matter, tables an option and brings it to draft text,
// makes the matter ready and decides it (and the overview follows); defers another to a later meeting (and the
// timeline shows it there); and two Co-Chairs editing the same matter see each other's change, not lose it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, signIn, visit, type Visit } from './support/browser';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');

const DECIDED = 'Dates of the intersessional work programme after the Review Conference';
const DEFERRED = 'Review of the sponsorship programme’s terms of reference';
const FOLLOW_UP = 'Follow-up dialogue';

/** The overview's count of matters still open and readiness of open matters, as shown. */
async function overviewFigures(page: Page): Promise<{ open: string; readiness: string; rows: string[] }> {
  await page.getByRole('link', { name: 'Overview' }).click();
  const table = page.getByRole('table', { name: /Matters still open as of/ });
  await table.waitFor();
  const tile = (label: string) =>
    page
      .locator('.tile')
      .filter({ has: page.locator('.tile__label', { hasText: new RegExp(`^${label}$`) }) });
  return {
    open: await tile('Matters still open').locator('.tile__value').innerText(),
    readiness: await tile('Readiness of open matters').locator('.readiness__number').innerText(),
    rows: await table.getByRole('rowheader').allTextContents(),
  };
}

/** Moves the matter on its page to `status`, filling what the move asks for. */
async function moveMatter(page: Page, status: string, fill: (page: Page) => Promise<void> = async () => {}) {
  const manage = page.getByRole('region', { name: 'Manage this matter' });
  await manage.getByLabel('Move to').selectOption({ label: status });
  await fill(page);
  await manage.getByRole('button', { name: 'Move' }).click();
}

describe('running the process from the dashboard', () => {
  let browser: Browser;
  let v: Visit;

  beforeAll(async () => {
    browser = await launchBrowser();
    v = await visit(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  // Each step goes on from where the last one left the browser: after a failure the rest are skipped.
  let failed = false;
  beforeEach((context) => {
    if (failed) context.skip();
  });
  afterEach((context) => {
    if (context.task.result?.state === 'fail') failed = true;
    expect(v.problems).toEqual([]);
  });

  let before: Awaited<ReturnType<typeof overviewFigures>>;

  it('creates a matter from the board in a dialog that Escape closes, and lands on its page', async () => {
    const { page } = v;
    await signIn(page, scenario.coChair, '/matters');
    const create = page.getByRole('button', { name: 'New matter' });
    await create.click();
    const dialog = page.getByRole('dialog', { name: 'New matter' });
    await dialog.waitFor();
    // The focus is in the dialog's first field; Escape closes it and gives the focus back.
    await expect
      .poll(() => dialog.getByLabel('Title').evaluate((e) => e === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => create.evaluate((e) => e === document.activeElement)).toBe(true);

    await create.click();
    // The server's message sits next to the field, and what was typed stays.
    await dialog.getByLabel('Description').fill('When the Standing Committees meet in 2005.');
    await dialog.getByRole('button', { name: 'Create the matter' }).click();
    const problem = dialog.getByRole('alert').first();
    await problem.waitFor();
    expect(await dialog.getByLabel('Description').inputValue()).toBe(
      'When the Standing Committees meet in 2005.',
    );
    await expectAccessible(page, 'the new matter dialog with a refusal');

    await dialog.getByLabel('Title').fill(DECIDED);
    await dialog.getByLabel('To be decided by').selectOption({ label: 'Nairobi Summit' });
    await screenshot(page, 'matter-new');
    await dialog.getByRole('button', { name: 'Create the matter' }).click();
    await page.getByRole('heading', { level: 1, name: DECIDED }).waitFor();
    before = await overviewFigures(page);
    expect(before.rows).toContain(DECIDED);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: DECIDED }).waitFor();
  });

  it('tables an option, moves it to draft text, and sees its stage history', async () => {
    const { page } = v;
    await page.getByRole('button', { name: 'Table an option' }).click();
    const dialog = page.getByRole('dialog', { name: 'Table an option' });
    await dialog.getByLabel('Text of the option').fill('Meet in February and June 2005 in Geneva');
    await dialog.getByLabel('Proposed by').selectOption({ label: 'Kenya' });
    await dialog.getByRole('button', { name: 'Table the option' }).click();
    await dialog.waitFor({ state: 'detached' });
    const option = page.locator('.option').filter({ hasText: 'Meet in February and June 2005 in Geneva' });
    await option.getByText('Tabled', { exact: true }).waitFor();

    await option.getByLabel('Move the option to').selectOption({ label: 'Draft text' });
    await option.getByRole('button', { name: 'Move' }).click();
    await option.getByText('Draft text', { exact: true }).first().waitFor();
    await option.getByText('2 stage steps').click();
    await option.getByText('Tabled → Draft text').waitFor();
    await expectAccessible(page, "a matter's page with its controls");
  });

  it('moves the matter to ready, decides it with an outcome, and the overview follows', async () => {
    const { page } = v;
    const manage = page.getByRole('region', { name: 'Manage this matter' });
    await moveMatter(page, 'Options being developed');
    await page.locator('.facts').getByText('Options being developed').waitFor();
    await moveMatter(page, 'Ready for decision');
    await page.locator('.facts').getByText('Ready for decision').waitFor();
    await screenshot(page, 'matter-manage');

    await moveMatter(page, 'Decided', async () => {
      await manage
        .getByLabel('Outcome: what was decided')
        .fill('The Standing Committees meet in February and June.');
      await manage.getByLabel('Decided at').selectOption({ label: 'Nairobi Summit' });
    });
    await manage.getByRole('button', { name: 'Yes, decide it' }).click();
    await page.locator('.facts').getByText('Decided', { exact: true }).waitFor();
    await page.getByText('The Standing Committees meet in February and June.').first().waitFor();

    const after = await overviewFigures(page);
    expect(after.rows).not.toContain(DECIDED);
    expect(Number(after.open)).toBe(Number(before.open) - 1);
    expect(after.readiness).not.toBe(before.readiness);
  });

  it('defers a matter made from the timeline to a later meeting, and the timeline shows it there', async () => {
    const { page } = v;
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.getByRole('button', { name: 'Add a matter to decide at Nairobi Summit' }).click();
    const dialog = page.getByRole('dialog', { name: 'New matter' });
    expect(
      await dialog
        .getByLabel('To be decided by')
        .evaluate((e: HTMLSelectElement) => e.selectedOptions[0]?.text),
    ).toBe('Nairobi Summit');
    await dialog.getByLabel('Title').fill(DEFERRED);
    await dialog.getByRole('button', { name: 'Create the matter' }).click();
    await page.getByRole('heading', { level: 1, name: DEFERRED }).waitFor();

    const manage = page.getByRole('region', { name: 'Manage this matter' });
    await moveMatter(page, 'Deferred', async () => {
      await manage.getByLabel('Defer to').selectOption({ label: FOLLOW_UP });
      await manage.getByLabel('Why it is deferred').fill('The Review Conference had no time left for it.');
    });
    await page.locator('.facts').getByText('Deferred', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Timeline' }).click();
    const meeting = page
      .locator('.milestone')
      .filter({ has: page.getByRole('heading', { name: scenario.meeting }) });
    await meeting.getByRole('link', { name: DEFERRED }).waitFor();
    const conference = page
      .locator('.milestone')
      .filter({ has: page.getByRole('heading', { name: scenario.milestone }) });
    expect(await conference.getByRole('link', { name: DEFERRED }).count()).toBe(0);
    await expectAccessible(page, 'the timeline with a deferred matter');
  });

  it('shows the second of two people editing the same matter who changed what, and re-applies theirs', async () => {
    const first = v.page;
    const other = await visit(browser, baseUrl);
    try {
      await signIn(other.page, scenario.coChair, '/matters');
      await other.page.getByRole('heading', { level: 1, name: 'Matters' }).waitFor();
      await first.getByRole('link', { name: DEFERRED }).click();
      await first.getByRole('heading', { level: 1, name: DEFERRED }).waitFor();
      await other.page.goto(first.url());
      for (const page of [first, other.page]) {
        await page.getByRole('heading', { level: 1, name: DEFERRED }).waitFor();
        await page.getByRole('button', { name: 'Edit the matter' }).click();
      }
      const mine = first.getByRole('dialog', { name: 'Edit the matter' });
      await mine.getByLabel('Description').fill('Its terms of reference, reviewed before 2005.');
      await mine.getByRole('button', { name: 'Save the matter' }).click();
      await mine.waitFor({ state: 'detached' });

      const theirs = other.page.getByRole('dialog', { name: 'Edit the matter' });
      await theirs.getByLabel('Title').fill(`${DEFERRED} and its budget`);
      await theirs.getByRole('button', { name: 'Save the matter' }).click();
      const conflict = theirs.getByRole('alert').filter({ hasText: 'Someone else changed this meanwhile' });
      await conflict.waitFor();
      await conflict.getByText('Delegate of Norway changed Description').waitFor();
      const description = conflict.getByRole('row', { name: /^Description/ });
      expect(await description.innerText()).toContain('Its terms of reference, reviewed before 2005.');
      const title = conflict.getByRole('row', { name: /^Title/ });
      expect(await title.innerText()).toContain(`${DEFERRED} and its budget`);
      // Nothing typed is lost.
      expect(await theirs.getByLabel('Title').inputValue()).toBe(`${DEFERRED} and its budget`);
      await expectAccessible(other.page, 'an edit that met a newer version');
      await screenshot(other.page, 'matter-conflict');

      await conflict.getByRole('button', { name: 'Re-apply mine' }).click();
      await theirs.waitFor({ state: 'detached' });
      await other.page.getByRole('heading', { level: 1, name: `${DEFERRED} and its budget` }).waitFor();
      // Both changes stand: the re-applied edit sent only what this person changed.
      await other.page.getByText('Its terms of reference, reviewed before 2005.').first().waitFor();
      expect(other.problems).toEqual([]);
    } finally {
      await other.context.close();
    }
  });
});
