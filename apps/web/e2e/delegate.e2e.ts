// Kenya's delegate gives a view and sees it counted; the Co-Chair invites all States Parties to a dialogue and the
// delegate hears of it at once, reads it, tunes their email preferences and replies; the Co-Chair sees who is coming.
// Two people, two browser profiles, one product.
import type { Browser, Page } from 'playwright-core';
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

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');

/** The unread count the header shows (its figure; screen readers hear it in words), 0 when it shows none. */
async function unreadInHeader(page: Page): Promise<number> {
  const figure = page.getByRole('navigation', { name: 'Screens' }).locator('.nav__count');
  return (await figure.count()) === 0 ? 0 : Number(await figure.innerText());
}

describe('a State Party delegate and a Co-Chair', () => {
  let browser: Browser;
  let kenya: Visit;
  let chair: Visit;

  beforeAll(async () => {
    browser = await launchBrowser();
    kenya = await visit(browser, baseUrl);
    chair = await visit(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Kenya's unread count before the invitation is sent. */
  let unreadBefore = 0;

  stepByStep();

  it('the delegate signs in and opens a matter from the board', async () => {
    const { page } = kenya;
    await signIn(page, scenario.delegate, '/matters');
    await page.getByRole('heading', { level: 1, name: 'Matters' }).waitFor();
    await page.getByRole('link', { name: scenario.viewMatter.title }).click();
    await page.getByRole('heading', { level: 1, name: scenario.viewMatter.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/matters/${scenario.viewMatter.id}`);
  });

  it('gives Kenya’s view with the keyboard and sees it counted', async () => {
    const { page } = kenya;
    const positions = page.getByRole('region', { name: "States' positions" });
    await positions.getByText(/^0 of \d+ States Parties have given a view\./).waitFor();
    await positions.getByText(/have not yet given a view/).click();
    expect(await positions.locator('.names').innerText()).toContain('Kenya');

    const form = page.getByRole('form', { name: "Give Kenya's view" });
    await tabTo(page, form.getByRole('radio', { name: 'Supports' }));
    await page.keyboard.press('Space');
    await tabTo(page, form.getByRole('textbox', { name: 'Comment' }));
    await page.keyboard.type('Kenya supports a background paper on each matter.');
    await tabTo(page, form.getByRole('button', { name: 'Give this view' }));
    await page.keyboard.press('Enter');
    await page.getByText("Kenya's view is recorded: Supports.").waitFor();

    await positions.getByText(/^1 of \d+ States Parties have given a view\./).waitFor();
    const supports = positions.locator('.counts--positions li').filter({ hasText: 'Supports' });
    expect((await supports.innerText()).replace(/\s/g, '')).toBe('✓Supports1');
    expect(await positions.getByRole('row', { name: /Kenya/ }).innerText()).toContain('Supports');
    await page.getByRole('form', { name: "Change Kenya's view" }).waitFor();
    // The choice of the matter or one of its options stays within its column, however long an option's text.
    const column = (await page.locator('.matter-page__side').boundingBox())!;
    const choice = (await page.getByLabel('On', { exact: true }).boundingBox())!;
    expect(choice.x + choice.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
    unreadBefore = await unreadInHeader(page);
    await expectAccessible(page, 'the matter page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'matter');
  });

  it('the Co-Chair invites all States Parties to the dialogue ahead', async () => {
    const { page } = chair;
    await signIn(page, scenario.coChair, '/invitations');
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    const form = page.getByRole('form', { name: 'Invite to a meeting' });
    const meeting = form.getByLabel('Meeting');
    const value = await meeting.locator('option', { hasText: scenario.meeting }).getAttribute('value');
    await meeting.selectOption(value!);
    expect(await form.getByRole('checkbox', { name: 'All States Parties' }).first().isChecked()).toBe(true);
    await form.getByLabel('Your words').fill('The Co-Chairs look forward to your views on the follow-up.');
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    // Nothing goes before the Co-Chair has seen how many receive it.
    const confirm = form
      .getByRole('alert')
      .filter({ hasText: /^This invitation will go to \d+ participants\./ });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Send it now' }).click();
    await form.getByText(/^The invitation went to \d+ participants\.$/).waitFor();
  });

  it('the Co-Chair reads the matter’s history in French, in sentences, Kenya’s view once', async () => {
    const { page } = chair;
    await page.evaluate(() => localStorage.setItem('prepcom.language', 'fr'));
    await page.goto(`/matters/${scenario.viewMatter.id}`);
    const history = page.getByRole('region', { name: 'Historique' });
    const entries = history.getByRole('listitem');
    await entries.first().waitFor();
    const texts = await entries.allInnerTexts();
    expect(texts.filter((text) => text.includes('Kenya a donné son avis : Soutient.'))).toHaveLength(1);
    expect(texts.join('\n')).not.toMatch(/participantId|[0-9a-f]{8}-[0-9a-f]{4}-/);
    // Back where the Co-Chair's next step starts: the invitations, in English.
    await page.evaluate(() => localStorage.setItem('prepcom.language', 'en'));
    await page.goto('/invitations');
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
  });

  it('the delegate hears of it without reloading, reads it and marks it read', async () => {
    const { page } = kenya;
    const invitation = page.getByRole('article', { name: `Unread Invitation: ${scenario.meeting}` });
    // The header counts it as it arrives over the WebSocket: still on the matter page, never reloaded.
    await expect.poll(() => unreadInHeader(page), { timeout: 30_000 }).toBeGreaterThan(unreadBefore);
    expect(new URL(page.url()).pathname).toBe(`/matters/${scenario.viewMatter.id}`);
    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: /^Inbox/ })
      .click();
    await invitation.waitFor({ timeout: 30_000 });
    const before = await unreadInHeader(page);
    expect(before).toBeGreaterThan(0);
    await expectAccessible(page, 'the inbox');
    await screenshot(page, 'inbox');

    await invitation.getByRole('button', { name: 'Mark as read' }).click();
    await page.getByRole('article', { name: `Invitation: ${scenario.meeting}` }).waitFor();
    await expect.poll(() => unreadInHeader(page)).toBe(before - 1);
  });

  it('changes an email preference, and is told next to the control why another is refused', async () => {
    const { page } = kenya;
    const matters = page.getByRole('combobox', { name: 'Matters' });
    await matters.selectOption('DAILY');
    await page.getByText('Saved: Matters, Daily digest.').first().waitFor();

    const report = page.getByRole('combobox', { name: 'Readiness report' });
    await report.selectOption('IMMEDIATELY');
    const refusal = page.getByRole('alert').filter({ hasText: 'The readiness report sums up a period' });
    await refusal.waitFor();
    expect(await report.getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
    expect(await report.inputValue()).toBe('WEEKLY');
    await page.reload();
    expect(await page.getByRole('combobox', { name: 'Matters' }).inputValue()).toBe('DAILY');
    await expectAccessible(page, 'the preferences');
  });

  it('replies that two of Kenya’s delegation will attend', async () => {
    const { page } = kenya;
    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: 'Invitations' })
      .click();
    const card = page.getByRole('article', { name: scenario.meeting });
    const form = card.getByRole('form', { name: 'Reply for Kenya' });
    await form.getByRole('radio', { name: 'Attending', exact: true }).check();
    await form.getByLabel('How many people').fill('2');
    await form.getByLabel('Who (one name per line)').fill('Amina Mwangi\nBrian Otieno');
    await form.getByRole('button', { name: 'Send the reply' }).click();
    await form.getByText('Your reply is recorded: attending, 2 people.').waitFor();
    await card.getByText('Kenya attends, with 2 people.').waitFor();
    await expectAccessible(page, 'the invitations, as a delegate');
    await screenshot(page, 'invitations');
  });

  it('the Co-Chair sees who is coming', async () => {
    const { page } = chair;
    await page.reload();
    const card = page.getByRole('article', { name: scenario.meeting });
    await expect
      .poll(() => card.locator('.attendance__counts').innerText())
      .toContain('1 participant, 2 people');
    await card.getByText('1 reply').click();
    expect(await card.getByRole('row', { name: /Kenya/ }).innerText()).toContain(
      'Amina Mwangi, Brian Otieno',
    );
    await expectAccessible(page, 'the invitations, as a Co-Chair');
    await screenshot(page, 'invitations-co-chair');
  });

  it('reads the preparations and the handover as they stood on the eve of the Fifth Meeting', async () => {
    const { page } = chair;
    await page.goto('/preparations?asOf=2003-09-14');
    // By then the sample's actions were all done: they show once done ones are asked for.
    await page.getByText('0 actions shown; 0 overdue in all.').waitFor();
    await page.getByRole('checkbox', { name: 'Not done only' }).uncheck();
    const table = page.getByRole('table', { name: 'Actions, in the order chosen' });
    await table.getByRole('row').nth(1).waitFor();
    expect(Number(await table.getAttribute('aria-rowcount'))).toBeGreaterThan(1);
    await page.getByRole('region', { name: 'Handover between Presidencies' }).waitFor();
    await expectAccessible(page, 'the preparations');
    await screenshot(page, 'preparations');
    expect(kenya.problems).toEqual([]);
    expect(chair.problems).toEqual([]);
  });
});
