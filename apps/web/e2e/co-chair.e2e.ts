// A Co-Chair signs in, moves matters on the board with the keyboard, and sees the overview follow.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  chooseWithArrows,
  expectAccessible,
  launchBrowser,
  screenshot,
  stepByStep,
  tabTo,
  type Visit,
  visit,
} from './support/browser';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');

describe('a Co-Chair', () => {
  let browser: Browser;
  let v: Visit;

  beforeAll(async () => {
    browser = await launchBrowser();
    v = await visit(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  stepByStep();

  it('signs in from the board, and the server’s message about a wrong password is shown next to it', async () => {
    const { page } = v;
    await page.goto('/matters');
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await expect.poll(() => page.url()).toContain('/sign-in?next=%2Fmatters');
    await page.getByLabel('Email').fill(scenario.coChair.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const problem = page
      .getByRole('alert')
      .filter({ hasText: 'That email and password do not match an account.' });
    await problem.waitFor();
    expect(await page.getByLabel('Password').getAttribute('aria-describedby')).toBe(
      await problem.getAttribute('id'),
    );
    await expectAccessible(page, 'the sign-in screen with an error');

    await page.getByLabel('Password').fill(scenario.coChair.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matters' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/matters');
    await page.getByText('Norway · Co-Chair, State Party').waitFor();
  });

  let readinessBefore = '';

  it('sees the two matters still open on the overview, off track since their meeting has begun', async () => {
    const { page } = v;
    await page.getByRole('link', { name: 'Overview' }).click();
    const open = page.getByRole('table', { name: /Matters still open as of/ });
    await open.waitFor();
    expect(await open.getByRole('rowheader').allTextContents()).toEqual(
      expect.arrayContaining([scenario.ready, scenario.unready]),
    );
    // Their meeting has begun and they are not decided: off track, in words and with an icon.
    const row = open.getByRole('row').filter({ hasText: scenario.ready });
    expect(await row.textContent()).toContain('✕Off track');
    readinessBefore = await page
      .locator('.tile')
      .filter({ hasText: 'Readiness of open matters' })
      .locator('.readiness__number')
      .innerText();
    await expectAccessible(page, 'the overview, signed in');
  });

  it('moves a matter to Ready for decision with the keyboard alone', async () => {
    const { page } = v;
    await page.getByRole('link', { name: 'Matters' }).click();
    const card = page.getByRole('article', { name: scenario.ready });
    const moveTo = card.getByLabel('Move to');
    await moveTo.waitFor();
    await page.getByRole('link', { name: 'Matters' }).focus();
    await tabTo(page, moveTo);
    await chooseWithArrows(page, moveTo, 'Ready for decision');
    await tabTo(page, card.getByRole('button', { name: 'Move' }));
    await page.keyboard.press('Enter');

    await page.getByText(`“${scenario.ready}” moved to Ready for decision.`).waitFor();
    const ready = page.getByRole('region', { name: /^Ready for decision/ });
    const moved = ready.getByRole('heading', { level: 3, name: scenario.ready });
    await moved.waitFor();
    // Focus followed the matter to its new column.
    await expect.poll(() => moved.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('is told next to the control why another matter may not be ready yet', async () => {
    const { page } = v;
    const card = page.getByRole('article', { name: scenario.unready });
    const moveTo = card.getByLabel('Move to');
    await tabTo(page, moveTo);
    await chooseWithArrows(page, moveTo, 'Ready for decision');
    await tabTo(page, card.getByRole('button', { name: 'Move' }));
    await page.keyboard.press('Enter');
    const refusal = card.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(
      'An option must reach the draft-text stage before the matter can be ready for decision',
    );
    expect(await moveTo.getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    await expectAccessible(page, 'the board with a refused move');
    await screenshot(page, 'matters-board');
  });

  it('decides it, with the outcome the server asks for, and sees it leave the matters still open', async () => {
    const { page } = v;
    const card = page.getByRole('article', { name: scenario.ready });
    const moveTo = card.getByLabel('Move to');
    await tabTo(page, moveTo);
    await chooseWithArrows(page, moveTo, 'Decided');
    await tabTo(page, card.getByRole('button', { name: 'Move' }));
    await page.keyboard.press('Enter');
    // Deciding is final: asked a second time before anything is sent.
    await tabTo(page, card.getByRole('button', { name: 'Yes, decide it' }));
    await page.keyboard.press('Enter');
    const outcome = card.getByLabel('Outcome: what was decided');
    const asked = card.getByRole('alert').filter({ hasText: 'Record the outcome' });
    await asked.waitFor();
    expect(await outcome.getAttribute('aria-describedby')).toBe(await asked.getAttribute('id'));
    // The refusal takes the focus to the field to put right.
    await expect
      .poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.id}`))
      .toBe(`TEXTAREA ${await outcome.getAttribute('id')}`);

    await page.keyboard.type(
      'The States Parties agreed to fund one delegate from each State Party that asks.',
    );
    await tabTo(page, card.getByRole('button', { name: 'Move' }));
    await page.keyboard.press('Enter');
    await tabTo(page, card.getByRole('button', { name: 'Yes, decide it' }));
    await page.keyboard.press('Enter');
    await page
      .getByRole('region', { name: /^Decided/ })
      .getByRole('heading', { level: 3, name: scenario.ready })
      .waitFor();

    await page.getByRole('link', { name: 'Overview' }).click();
    const open = page.getByRole('table', { name: /Matters still open as of/ });
    await open.waitFor();
    expect(await open.getByRole('rowheader').allTextContents()).not.toContain(scenario.ready);
    expect(await open.getByRole('rowheader').allTextContents()).toContain(scenario.unready);
    const readinessAfter = await page
      .locator('.tile')
      .filter({ hasText: 'Readiness of open matters' })
      .locator('.readiness__number')
      .innerText();
    expect(readinessAfter).not.toBe(readinessBefore);
  });

  it('makes a private calendar whose address, copied or subscribed to, is on the host in use and answers', async () => {
    const { page } = v;
    await page.goto('/invitations');
    const calendars = page.getByRole('region', { name: 'Calendars' });
    await calendars.getByLabel('Name of a new calendar').fill('Phone');
    await calendars.getByRole('button', { name: 'Make a private calendar' }).click();
    const address = await calendars.getByLabel('Address').inputValue();
    expect(new URL(address).origin).toBe(new URL(baseUrl).origin);
    const subscribe = calendars.getByRole('link', { name: 'Subscribe in your calendar program' }).last();
    expect(await subscribe.getAttribute('href')).toBe(address.replace(/^http:/, 'webcal:'));
    const feed = await page.request.get(address);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect(v.problems).toEqual([]);
  });

  it('signs out, and is back in the public view', async () => {
    const { page } = v;
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Public view').waitFor();
    await page.getByText(/No matter is open as of/).waitFor();
    expect(await page.getByText(scenario.unready).count()).toBe(0);
    expect(v.problems).toEqual([]);
  });
});
