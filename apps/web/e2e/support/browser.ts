// Debian's Chromium driven by playwright-core, with the flags this machine needs (no background networking: the
// network is closed and Chromium would keep trying), and what every test checks on every page: no script error,
// nothing refused by the Content-Security-Policy, and no serious or critical accessibility violation (axe-core).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { REPO_ROOT } from './stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Script errors and CSP refusals seen so far; every test expects none. */
  problems: string[];
}

/**
 * A fresh browser profile (nothing remembered, no cookie) reading in British English from New York, so the
 * reader's own clock differs from every venue's. axe is added through the DevTools protocol, which the page's
 * Content-Security-Policy (scripts from the same origin only) does not apply to.
 */
export async function visit(browser: Browser, baseUrl: string): Promise<Visit> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'en-GB',
    timezoneId: 'America/New_York',
    viewport: { width: 1280, height: 900 },
  });
  // Waits poll for what the test expects, so a long limit costs nothing when all is well; a machine loaded with other
  // work (a load of 30 on 2 cores) took more than 10 s to show a screen.
  context.setDefaultTimeout(60_000);
  await context.addInitScript({ content: AXE_SOURCE });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

/** Signs in through the sign-in screen, as a person would, and goes on to `next`. */
export async function signIn(
  page: Page,
  who: { email: string; password: string },
  next: string,
): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * On the page an emailed link opened (accepting an invitation, resetting a password): chooses the password and
 * submits, which signs the person in and goes to the overview.
 */
export async function choosePassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByRole('button', { name: /sign in$/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Fails on any serious or critical axe violation of the page as it is now. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe.run(document),
  );
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  expect(serious, `axe on ${what}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

/** Presses Tab until `target` has the focus, as a keyboard user would reach it; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Chooses an option of the focused <select> with the arrow keys. */
export async function chooseWithArrows(page: Page, select: Locator, label: string): Promise<void> {
  const labels = await select.locator('option').allTextContents();
  const from = labels.indexOf(
    await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.text ?? ''),
  );
  const to = labels.indexOf(label);
  if (to < 0) throw new Error(`No option "${label}" among ${labels.join(', ')}`);
  for (let i = from; i !== to; i += to > from ? 1 : -1)
    await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await expect
    .poll(() => select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.text))
    .toBe(label);
}

/**
 * For a describe block whose steps go on from where the last one left the browser: once one fails, the rest are
 * skipped rather than failing for a reason that is not theirs.
 */
export function stepByStep(): void {
  let failed = false;
  beforeEach((context) => {
    if (failed) context.skip();
  });
  afterEach((context) => {
    if (context.task.result?.state === 'fail') failed = true;
  });
}
