// A Co-Chair opens the state of play of the Fifth Meeting as of its eve, in French, from the timeline; it matches
// the timeline of that day; the PDF comes down in French with the day on every page; the print view is clean.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  SCREENSHOTS,
  signIn,
  stepByStep,
  type Visit,
  visit,
} from './support/browser';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');
const FIFTH = 'Fifth Meeting of the States Parties';

/** The top of the page as a reader first sees it: the whole report is many screens long. */
async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

/** The text of each page of a PDF, read with PDF.js. */
async function pdfPages(file: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const { items } = await (await pdf.getPage(number)).getTextContent();
    pages.push(items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

describe('the state of play', () => {
  let browser: Browser;
  let v: Visit;
  /** Each matter due at the Fifth Meeting on the timeline of 14 September 2003, with its readiness. */
  let timeline: string[] = [];
  let titles: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    v = await visit(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  stepByStep();

  it('is linked, in French, from the Fifth Meeting on the timeline of its eve', async () => {
    const { page } = v;
    await signIn(page, scenario.coChair, '/timeline?asOf=2003-09-14');
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
    const fifth = page.locator('li.milestone').filter({ has: page.getByRole('heading', { name: FIFTH }) });
    timeline = await fifth
      .locator('.milestone__matters li')
      .evaluateAll((items) =>
        items.map(
          (item) =>
            `${item.querySelector('.milestone__matter-title')?.textContent} ${item.querySelector('.readiness__number')?.textContent}`,
        ),
      );
    titles = await fifth.locator('.milestone__matter-title').allTextContents();
    expect(timeline.length).toBeGreaterThan(0);
    await fifth.getByRole('link', { name: `État des lieux : ${FIFTH}` }).click();
    await page.getByRole('heading', { level: 1, name: /État des lieux/ }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/state-of-play');
    expect(url.searchParams.get('asOf')).toBe('2003-09-14');
    expect(url.searchParams.get('milestone')).toBeTruthy();
  });

  it('shows the summary first and every matter of that day as the timeline shows it, for its reader', async () => {
    const { page } = v;
    await page.getByText('Au 14 sept. 2003', { exact: true }).first().waitFor();
    await page.getByText(/Établi pour .*Norway/).waitFor();
    await page.getByText('Montre ce qui est ouvert à : Coprésidents.', { exact: false }).waitFor();
    await page.getByText('1 jour avant la réunion').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Synthèse' }).waitFor();
    const report = await page
      .locator('.state-of-play__matter')
      .evaluateAll((sections) =>
        sections.map(
          (section) =>
            `${section.querySelector('h2')?.textContent} ${section.querySelector('.state-of-play__facts .readiness__number')?.textContent}`,
        ),
      );
    expect(report.sort()).toEqual([...timeline].sort());
    expect(await page.getByRole('heading', { level: 3, name: 'Positions des États parties' }).count()).toBe(
      report.length,
    );
    await expectAccessible(page, 'the state of play in French');
    await screenshot(page, 'state-of-play-fr');
  });

  it('downloads the PDF in French, with the day and the page number on every page', async () => {
    const { page } = v;
    expect(await page.getByLabel('Langue du PDF').inputValue()).toBe('fr');
    const [download] = await Promise.all([
      // The file comes once the server has rendered it: seconds on a busy machine.
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('link', { name: 'Télécharger le PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^state-of-play-.*-2003-09-14-fr\.pdf$/);
    const file = path.join(fs.mkdtempSync('/tmp/prepcom-e2e-'), 'report.pdf');
    await download.saveAs(file);
    const pages = await pdfPages(file);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text).toContain('Au 14 septembre 2003');
      expect(text).toContain(`Page ${index + 1} sur ${pages.length}`);
    });
    const all = pages.join('\n');
    expect(pages[0]).toContain('État des lieux');
    expect(pages[0]).toMatch(/Établi pour .*Norway/);
    // Titles may wrap across lines: compare their words.
    const words = all.replace(/\s+/g, ' ');
    for (const title of titles) expect(words).toContain(title.replace(/\s+/g, ' '));
  });

  it('prints without the screen’s controls, each matter on a page of its own', async () => {
    const { page } = v;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.masthead').isVisible()).toBe(false);
    expect(await page.locator('.state-of-play__controls').isVisible()).toBe(false);
    expect(await page.locator('.state-of-play__print-footer').isVisible()).toBe(true);
    await screenshot(page, 'state-of-play-print');
    await page.emulateMedia({ media: 'screen' });
    expect(v.problems).toEqual([]);
  });

  it('reads in Spanish and English too, accessible in each', async () => {
    const { page } = v;
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: /Estado de situación/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Resumen' }).waitFor();
    await expectAccessible(page, 'the state of play in Spanish');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /State of play/ }).waitFor();
    await page.getByText('1 day to the meeting').waitFor();
    await expectAccessible(page, 'the state of play in English');
    expect(v.problems).toEqual([]);
  });
});
