// The domain's reasons and refusals reach the screen in the reader's language: the same refused move reads in
// English, then in French, and the overview's reasons follow the language too.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, visit, type Visit } from './support/browser';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');

describe('a Co-Chair reading the board in French', () => {
  let browser: Browser;
  let v: Visit;

  beforeAll(async () => {
    browser = await launchBrowser();
    v = await visit(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is told why a matter may not be ready yet in English, then in French', async () => {
    const { page } = v;
    await page.goto('/sign-in?next=%2Fmatters');
    await page.getByLabel('Email').fill(scenario.coChair.email);
    await page.getByLabel('Password').fill(scenario.coChair.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Matters' }).waitFor();

    const card = page.getByRole('article', { name: scenario.unready });
    await card.getByLabel('Move to').selectOption({ label: 'Ready for decision' });
    await card.getByRole('button', { name: 'Move' }).click();
    const english = card.getByRole('alert');
    await english.waitFor();
    expect(await english.innerText()).toContain(
      'An option must reach the draft-text stage before the matter can be ready for decision',
    );

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Questions' }).waitFor();
    await card.getByLabel('Passer à').selectOption({ label: 'Prête pour décision' });
    await card.getByRole('button', { name: 'Valider' }).click();
    const french = card.getByRole('alert');
    await french.filter({ hasText: 'Une option doit atteindre le stade du projet de texte' }).waitFor();
    const said = await french.innerText();
    expect(said).toContain(
      'Une option doit atteindre le stade du projet de texte avant que la question soit prête pour décision',
    );
    // Its stage in the words the board uses for it, and nothing left in English.
    expect(said).toMatch(/« (Présentée|Développée|En convergence) »/);
    expect(said).not.toContain('An option must');
    await expectAccessible(page, 'the board with a refused move, in French');
    await screenshot(page, 'matters-board-refusal-fr');

    await page.getByRole('link', { name: 'Vue d’ensemble' }).click();
    const open = page.getByRole('table', { name: /Questions encore ouvertes/ });
    await open.waitFor();
    const reasons = open.getByRole('row').filter({ hasText: scenario.unready }).locator('details.reasons');
    await reasons.locator('summary').click();
    // The meeting has begun without a decision: the health reason, in French.
    await reasons.getByText(/a commencé le .* et la question n’est pas tranchée\./).waitFor();
    expect(await reasons.innerText()).not.toMatch(/started on|not decided/);
    expect(v.problems).toEqual([]);
  });
});
