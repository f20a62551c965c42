// An administrator starts the next round's preparations from the sample, with the keyboard: the new process opens
// with the sample's road on new dates and its questions identified; every screen says which process it shows and
// switches back; the sample, over since 2004, offers its replay as of the eve of the Fifth Meeting.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  chooseWithArrows,
  expectAccessible,
  launchBrowser,
  screenshot,
  signIn,
  tabTo,
  visit,
  type Visit,
} from './support/browser';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');
const SAMPLE = 'Preparatory process for the First Review Conference';
const NEW_TITLE = 'Preparatory process for the Second Review Conference';
const PHONE = { width: 390, height: 844 };

describe('an administrator starting a new process', () => {
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
  });

  it('copies the sample from the Processes screen with the keyboard, and lands on the new process', async () => {
    const { page } = v;
    await signIn(page, scenario.administrator, '/');
    await page.getByRole('banner').getByRole('link', { name: 'Processes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Processes' }).waitFor();
    await page.getByRole('heading', { name: 'Start a new process' }).waitFor();
    await expectAccessible(page, 'the Processes screen');

    const from = page.getByLabel('Start from');
    await tabTo(page, from);
    await chooseWithArrows(page, from, SAMPLE);
    await page.keyboard.press('Tab');
    await page.keyboard.type(NEW_TITLE);
    expect(await page.getByLabel('Convening body').inputValue()).not.toBe('');
    await tabTo(page, page.getByLabel('Target event', { exact: true }));
    await page.keyboard.type('Second Review Conference');
    // The milestones and the matters are taken by default; the day the target event opens is asked for.
    expect(await page.getByLabel('Its milestones, on new dates').isChecked()).toBe(true);
    expect(await page.getByLabel('Its matters, as identified').isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Create the process from this one' }));
    await page.keyboard.press('Enter');
    const missingDay = page.getByRole('alert').filter({ hasText: 'Choose the day the target event opens' });
    await missingDay.waitFor();
    // The focus goes to what must be put right.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('date');
    await page.getByLabel('The target event opens on').fill('2099-11-30');
    await expectAccessible(page, 'the new process form, filled');
    await tabTo(page, page.getByRole('button', { name: 'Create the process from this one' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    const processId = new URL(page.url()).searchParams.get('process');
    expect(processId).toMatch(/^[0-9a-f-]{36}$/);
    const switcher = page.getByRole('navigation', { name: 'Process:' });
    expect(await switcher.innerText()).toContain(NEW_TITLE);
    // A new round has not ended: no replay is offered.
    expect(await page.getByText(/has ended/).count()).toBe(0);
    await expectAccessible(page, 'the new process overview');
    await screenshot(page, 'new-process');
  });

  it('keeps the process from screen to screen, with the milestones on their new dates', async () => {
    const { page } = v;
    const processId = new URL(page.url()).searchParams.get('process');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Timeline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    expect(new URL(page.url()).searchParams.get('process')).toBe(processId);
    const summit = page
      .locator('li.milestone')
      .filter({ has: page.getByRole('heading', { name: /Nairobi Summit/ }) });
    expect(await summit.innerText()).toContain('30 Nov 2099');

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Matters' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matters' }).waitFor();
    expect(new URL(page.url()).searchParams.get('process')).toBe(processId);
    const identified = page.getByRole('region', { name: /^Identified/ }).getByRole('article');
    await identified.first().waitFor();
    expect(await identified.count()).toBeGreaterThanOrEqual(10);
    expect(
      await page
        .getByRole('region', { name: /^Decided/ })
        .getByRole('article')
        .count(),
    ).toBe(0);
  });

  it('switches back to the sample with the keyboard; over since 2004, it offers its replay as of the eve', async () => {
    const { page } = v;
    const switcher = page.getByRole('navigation', { name: 'Process:' });
    const summary = switcher.getByText('Switch process');
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    const sample = switcher.getByRole('link', { name: SAMPLE });
    await tabTo(page, sample);
    await page.keyboard.press('Enter');
    // The same screen, for the other process, live.
    await page.getByRole('heading', { level: 1, name: 'Matters' }).waitFor();
    await expect.poll(() => switcher.innerText()).toContain(SAMPLE);
    expect(new URL(page.url()).searchParams.get('asOf')).toBeNull();

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Overview' }).click();
    const ended = page.getByRole('region', { name: /has ended/ });
    await ended.waitFor();
    await expectAccessible(page, 'an ended process');
    const replay = ended.getByRole('link', { name: /replay as of 14 Sept 2003/ });
    await tabTo(page, replay);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2003-09-14');
    expect(new URL(page.url()).searchParams.get('process')).not.toBeNull();
    await page.getByRole('button', { name: /Eve of 5MSP/, pressed: true }).waitFor();
    await page.getByRole('table', { name: /Matters still open as of 14 Sept 2003/ }).waitFor();
    expect(await page.getByRole('region', { name: /has ended/ }).count()).toBe(0);
    expect(v.problems).toEqual([]);
  });

  it.each(['en', 'fr', 'es'])(
    'fits the Processes screen and the switcher in 390 px, in %s',
    async (language) => {
      const { page } = v;
      await page.setViewportSize(PHONE);
      await page.evaluate((chosen) => localStorage.setItem('prepcom.language', chosen), language);
      await page.goto('/processes');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.process-switcher').waitFor();
      await page.locator('.process-switcher summary').click();
      await page.locator('form.new-process select').selectOption({ index: 1 });
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await expectAccessible(page, `the Processes screen at 390 px in ${language}`);
      if (language === 'en') await screenshot(page, 'processes-phone');
    },
  );
});
