// The support unit keeps the registry: it adds a person to a delegation and imports the States Parties from a CSV,
// reading the preview before confirming; an administrator then hands the Presidency over in one act.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectAccessible,
  launchBrowser,
  screenshot,
  signIn,
  stepByStep,
  tabTo,
  type Visit,
  visit,
} from './support/browser';
import {
  confirmStatesPartiesImport,
  csvFile,
  previewStatesPartiesImport,
  STATES_PARTIES_CSV,
} from './support/people';

const baseUrl = inject('baseUrl');
const passwords = inject('passwords');
const PHONE = { width: 390, height: 844 };

/**
 * The shared file as it might come back a year later: its columns in another order, Ukraine a party (it ratified
 * in 2005), Bhutan new (it acceded in 2005), and one row that cannot be read.
 */
function laterCsv(): string {
  const [header, ...rows] = fs.readFileSync(STATES_PARTIES_CSV, 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  const reorder = (fields: string[]) => [...fields.slice(5), ...fields.slice(0, 5)].join(',');
  const simple = (line: string) =>
    line
      .split(',')
      .slice(0, columns.length - 1)
      .concat('');
  const edited = rows.map((line) =>
    line.startsWith('Ukraine,')
      ? ['Ukraine', 'UKR', 'party', 'ratification', '2005-12-27', '2006-06-01', 'no', 'Eastern European', '']
      : simple(line),
  );
  return [
    reorder(columns),
    ...edited.map(reorder),
    reorder(['Bhutan', 'BTN', 'party', 'accession', '2005-08-18', '2006-02-01', 'no', 'Asia-Pacific', '']),
    reorder(['Atlantis', 'ATL', 'member', '', '', '', '', '', '']),
  ].join('\n');
}

describe('people and roles', () => {
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

  it('the support unit adds a person to a delegation, with the keyboard', async () => {
    const { page } = v;
    await signIn(page, { email: 'isu@prepcom.local', password: passwords['isu@prepcom.local']! }, '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: 'People and roles' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'People and roles' }).waitFor();
    await page.getByLabel('Find').fill('Kenya');
    await page.getByRole('link', { name: 'Kenya' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kenya' }).waitFor();
    await expectAccessible(page, 'a participant and its people');

    const add = page.getByRole('button', { name: 'Add a person' });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    // The dialog puts the focus in its first field.
    await expect
      .poll(() => dialog.getByLabel('Name').evaluate((e) => e === document.activeElement))
      .toBe(true);
    await page.keyboard.type('Ms W. Njeri');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Counsellor, Permanent Mission of Kenya, Geneva');
    await dialog.getByLabel('Email').fill('not an address');
    await dialog.getByLabel('Language').selectOption('fr');
    await expectAccessible(page, 'the person form');
    await dialog.getByLabel('Email').press('Enter');
    // The server's refusal sits next to the field, and nothing typed is lost.
    await dialog.getByRole('alert').filter({ hasText: 'is not an email address' }).waitFor();
    expect(await dialog.getByLabel('Name').inputValue()).toBe('Ms W. Njeri');
    await dialog.getByLabel('Email').fill('w.njeri@kenya.example');
    await dialog.getByRole('button', { name: 'Add the person' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: 'Ms W. Njeri' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Français');
  });

  it('imports States Parties from a CSV: the preview first, nothing written until confirmed', async () => {
    const { page } = v;
    const file = csvFile('states-parties-2006.csv', laterCsv());
    const preview = await previewStatesPartiesImport(page, file);
    expect(preview).toEqual({ added: 1, changed: 1, unchanged: 151, refused: 1 });
    const table = page.getByRole('table', { name: 'Rows of the file and what becomes of each' });
    expect(await table.getByRole('row').filter({ hasText: 'Ukraine' }).innerText()).toMatch(
      /Entry into force: — → 1 Jun 2006/,
    );
    expect(await table.getByRole('row').filter({ hasText: 'Atlantis' }).innerText()).toMatch(
      /CSV_UNKNOWN_STATUS/,
    );
    await expectAccessible(page, 'the import preview');
    await screenshot(page, 'import-preview');

    // Nothing is written before the confirmation.
    await page.goto('/people');
    await page.getByLabel('Find').fill('Bhutan');
    await page.getByText('No participant matches.').waitFor();

    await previewStatesPartiesImport(page, file);
    expect(await confirmStatesPartiesImport(page)).toEqual({
      added: 1,
      changed: 1,
      unchanged: 151,
      refused: 1,
    });
    await page.getByRole('status').filter({ hasText: 'Imported: 1 added, 1 changed, 1 refused.' }).waitFor();
    await page.goto('/people');
    await page.getByLabel('Find').fill('Bhutan');
    await page.getByRole('link', { name: 'Bhutan' }).waitFor();
  });

  it('fits a phone in every language', async () => {
    const { page } = v;
    await page.setViewportSize(PHONE);
    for (const language of ['fr', 'es', 'en']) {
      await page.evaluate((chosen) => localStorage.setItem('prepcom.language', chosen), language);
      for (const screen of ['/people', '/people/import', '/people/roles']) {
        await page.goto(screen);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        // The elements reaching past the phone's edge, named, should the page scroll sideways.
        const wide = await page.evaluate(
          (limit) =>
            document.documentElement.scrollWidth <= limit
              ? []
              : [...document.querySelectorAll('body *')]
                  .filter((element) => element.getBoundingClientRect().right > limit)
                  .map((element) => `${element.tagName}.${element.className}`),
          PHONE.width,
        );
        expect(wide, `${screen} in ${language}`).toEqual([]);
        await expectAccessible(page, `${screen} at 390 px in ${language}`);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(v.problems).toEqual([]);
  });

  it('the support unit may not record a Presidency: the handover is not offered', async () => {
    const { page } = v;
    await page.goto('/people/roles');
    await page.getByRole('heading', { level: 2, name: 'Every role term' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Presidency handover' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Add a role term' }).click();
    const roles = await page.getByRole('dialog').getByLabel('Role').locator('option').allTextContents();
    expect(roles).toEqual(expect.arrayContaining(['Support unit']));
    expect(roles).not.toContain('President');
    await page.keyboard.press('Escape');
  });

  it('an administrator records a Presidency, then hands it over in one act', async () => {
    const { page } = v;
    await page.context().clearCookies();
    await signIn(
      page,
      { email: 'admin@prepcom.local', password: passwords['admin@prepcom.local']! },
      '/people/roles',
    );
    await page.getByRole('heading', { level: 1, name: 'Role terms' }).waitFor();
    await page.getByText('No Presidency runs today: add a President term instead.').waitFor();

    await page.getByRole('button', { name: 'Add a role term' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a role term' });
    await dialog.getByLabel('Held by').selectOption({ label: 'Thailand' });
    await dialog.getByLabel('Role').selectOption('PRESIDENT');
    await dialog.getByLabel('Body', { exact: true }).fill('Meetings of the States Parties');
    await dialog.getByRole('button', { name: 'Add a role term' }).click();
    await dialog.waitFor({ state: 'detached' });

    const handover = page.getByRole('form', { name: 'Presidency handover' });
    await handover.getByText('The current Presidency is Thailand').waitFor();
    await handover.getByLabel('Incoming Presidency').selectOption({ label: 'Croatia' });
    await handover.getByRole('button', { name: 'Hand over the Presidency' }).click();
    // Said back once, then sent.
    await handover.getByText(/Thailand hands the Presidency over to Croatia on/).waitFor();
    await expectAccessible(page, 'the handover, before it is confirmed');
    await handover.getByRole('button', { name: 'Confirm the handover' }).click();
    await handover
      .getByRole('status')
      .filter({ hasText: /Croatia holds the Presidency from/ })
      .waitFor();
    await screenshot(page, 'role-terms');

    const terms = page.getByRole('table', { name: 'Role terms, latest first' });
    const croatia = terms
      .getByRole('row')
      .filter({ hasText: 'Croatia' })
      .filter({ hasText: 'President' })
      .first();
    expect(await croatia.innerText()).toContain('Open-ended');
    const thailand = terms
      .getByRole('row')
      .filter({ hasText: 'Thailand' })
      .filter({ hasText: 'Meetings of the States Parties' })
      .first();
    expect(await thailand.innerText()).not.toContain('Open-ended');
    expect(v.problems).toEqual([]);
  });
});
