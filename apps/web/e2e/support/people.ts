// Driving the States Parties import from the dashboard, for any journey that needs States Parties: the file goes in
// through the file input, the preview is read, and the import is confirmed, as a person would do it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './stack';

/** The shared data set the import was made for: every State Party and signatory of the Convention to 2004. */
export const STATES_PARTIES_CSV = path.join(
  REPO_ROOT,
  'apps',
  'api',
  'src',
  'seed',
  'data',
  'states-parties-2004.csv',
);

/** Writes `text` to a CSV file of its own in the temporary folder and returns its path. */
export function csvFile(name: string, text: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-import-'));
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
}

export interface ImportCounts {
  added: number;
  changed: number;
  unchanged: number;
  refused: number;
}

/** The counts the preview (or the result) shows, read from the screen in English. */
async function countsShown(page: Page, heading: string): Promise<ImportCounts> {
  const panel = page.locator('section').filter({ has: page.getByRole('heading', { name: heading }) });
  const count = async (label: string) =>
    Number(
      (await panel.locator('.import-count').filter({ hasText: label }).locator('strong').innerText()).replace(
        /\D/g,
        '',
      ),
    );
  return {
    added: await count('to add'),
    changed: await count('to change'),
    unchanged: await count('unchanged'),
    refused: await count('refused'),
  };
}

/**
 * Opens the import screen (signed in as an administrator or the support unit), gives it `file` and asks for the
 * preview; returns what the preview says the import would do. Nothing is written yet.
 */
export async function previewStatesPartiesImport(page: Page, file: string): Promise<ImportCounts> {
  await page.goto('/people/import');
  await page.getByRole('heading', { level: 1, name: 'Import States Parties' }).waitFor();
  await page.getByLabel('CSV file').setInputFiles(file);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await page.getByRole('heading', { name: 'What the import would do' }).waitFor();
  return countsShown(page, 'What the import would do');
}

/** Confirms the import previewed on the screen and returns what it did. */
export async function confirmStatesPartiesImport(page: Page): Promise<ImportCounts> {
  await page.getByRole('button', { name: /^Confirm: import/ }).click();
  await page.getByRole('heading', { name: 'What the import did' }).waitFor();
  return countsShown(page, 'What the import did');
}
