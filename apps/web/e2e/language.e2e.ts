// Switching to French translates the screen, its dates and numbers, and is remembered.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, visit, type Visit } from './support/browser';

const baseUrl = inject('baseUrl');

describe('a French-speaking delegate', () => {
  let browser: Browser;
  let v: Visit;

  beforeAll(async () => {
    browser = await launchBrowser();
    v = await visit(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('switches the dashboard to French, and finds it still in French on the next visit', async () => {
    const { page } = v;
    await page.goto('/?asOf=2003-09-14');
    await page.getByRole('table', { name: /Matters still open/ }).waitFor();
    // Arrow keys move between the languages without switching: only the chosen one switches.
    const english = page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' });
    await english.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Français' }).click();

    await page.getByRole('heading', { name: 'Questions encore ouvertes' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.title()).toBe('Vue d’ensemble — prepcom');
    const nav = page.getByRole('navigation', { name: 'Écrans' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Vue d’ensemble',
      'Calendrier',
      'Questions',
      'Participants',
    ]);
    // Dates, numbers and statuses in French, the server's data as it is.
    await page
      .getByText(
        'Le processus tel qu’il était à la fin du 14 sept. 2003, heure du lieu de ses décisions (Asia/Bangkok).',
        { exact: false },
      )
      .waitFor();
    expect(
      await page.locator('.tile').filter({ hasText: 'Préparation des questions ouvertes' }).innerText(),
    ).toMatch(/79\s%/);
    expect(await page.getByRole('cell', { name: 'Options en élaboration' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('▲À risque').count()).toBeGreaterThan(0);
    expect(await page.getByText('▲At risk').count()).toBe(0);

    await page.getByRole('link', { name: 'Calendrier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
    await page.getByText('Au 14 sept. 2003', { exact: true }).waitFor();
    await expectAccessible(page, 'the timeline in French');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    await page.getByRole('link', { name: 'Vue d’ensemble' }).click();
    await page.getByRole('heading', { name: 'Questions encore ouvertes' }).waitFor();
    await page.getByRole('heading', { name: 'Préparation au fil du temps' }).scrollIntoViewIfNeeded();
    await page.getByText(/Si la tendance récente des questions à décider à 5MSP se poursuit/).waitFor();
    await expectAccessible(page, 'the overview in French');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'overview-fr');
    expect(v.problems).toEqual([]);
  });
});
