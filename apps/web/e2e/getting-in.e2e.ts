// Getting in, by email: the administrator invites Chile's delegate from the Accounts screen; the invitation arrives
// in French, naming the administrator and Chile; its link opens the accept page, which sets a password and signs in,
// once. The delegate later forgets the password and resets it from the sign-in page, by email again. The
// administrator disables the account (its session ends at once) and enables it; the failed-jobs screen shows.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  choosePassword,
  expectAccessible,
  launchBrowser,
  screenshot,
  signIn,
  stepByStep,
  tabTo,
  type Visit,
  visit,
} from './support/browser';
import { emailsTo, followEmailLink, waitForEmail } from './support/mail';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');
const mailDir = inject('mailDir');
const PHONE = { width: 390, height: 844 };
const ADDRESS = 'chile.delegate@prepcom.local';
const FIRST_PASSWORD = 'Valparaiso harbour at dawn';
const SECOND_PASSWORD = 'Atacama desert after rain';

/**
 * A browser profile for one person; its pages may take longer than the usual 10 s to load on a machine shared by many
 * runs (each step here starts from a fresh navigation, which is what such a machine delays).
 */
async function person(browser: Browser): Promise<Visit> {
  const opened = await visit(browser, baseUrl);
  opened.context.setDefaultNavigationTimeout(30_000);
  return opened;
}

/** What sticks out past the viewport's right edge (none when the page fits), to say where it does not fit. */
const sticksOut = (visit: Visit, width: number) =>
  visit.page.evaluate((viewport) => {
    if (document.documentElement.scrollWidth <= viewport) return [];
    return [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1)
      .filter((element) => !element.closest('.table-scroll'))
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className}: ${element.getBoundingClientRect().right}`,
      );
  }, width);

describe('getting in by email', () => {
  let browser: Browser;
  let admin: Visit;
  let chile: Visit;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await person(browser);
    chile = await person(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  stepByStep();

  it('the administrator invites Chile’s delegate from the Accounts screen, in French', async () => {
    const { page } = admin;
    await signIn(page, scenario.administrator, '/');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.getByRole('table').waitFor();
    await page.getByLabel('Their email', { exact: true }).fill(ADDRESS);
    await page.getByLabel('Their name').fill('Delegate of Chile');
    await page.getByLabel('Acts for').selectOption({ label: 'Chile' });
    await page.getByLabel('Language of their emails').selectOption({ label: 'Français' });
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText(`Invitation emailed to ${ADDRESS}`).waitFor();
    const row = page.getByRole('row', { name: /Delegate of Chile/ });
    await expect.poll(() => row.innerText()).toMatch(/Chile\s+Delegate\s+Français\s+Never\s+Invited/);
    await expectAccessible(page, 'the accounts screen');
    await screenshot(page, 'accounts');
  });

  it('the invitation arrives in French, names who invited and for whom, and its link sets a password and signs in', async () => {
    const { page } = chile;
    const email = await followEmailLink(page, mailDir, ADDRESS, '/accept-invitation');
    expect(email.subject).toBe('Votre compte prepcom pour Chile');
    expect(email.text).toMatch(/^Administrator vous invite à rejoindre prepcom, pour agir au nom de Chile\./);
    expect(email.text).toContain(`${baseUrl}/accept-invitation?token=`);
    await page.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
    await expectAccessible(page, 'the accept-invitation page');
    // By keyboard alone: to the password, type it, Enter.
    const password = page.getByLabel('New password', { exact: true });
    await tabTo(page, password);
    await page.keyboard.type(FIRST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expect.poll(() => page.locator('.session__name').innerText()).toBe('Delegate of Chile');
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('the same link does not work twice', async () => {
    const reused = await person(browser);
    await followEmailLink(reused.page, mailDir, ADDRESS, '/accept-invitation');
    await reused.page.getByLabel('New password', { exact: true }).fill('someone else entirely');
    await reused.page.getByRole('button', { name: 'Set my password and sign in' }).click();
    await reused.page.getByText('This link is not valid any more').waitFor();
    await expect.poll(() => reused.page.getByRole('link', { name: 'Ask for a new link' }).count()).toBe(1);
    await expectAccessible(reused.page, 'a used invitation link');
    await reused.context.close();
  });

  it('a forgotten password is reset from the sign-in page, by email, answered alike for an unknown address', async () => {
    const forgetful = await person(browser);
    const { page } = forgetful;
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('nobody.at.all@prepcom.local');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password' }).waitFor();
    await expectAccessible(page, 'the forgot-password page');
    await expect.poll(() => page.getByLabel('Email').inputValue()).toBe('nobody.at.all@prepcom.local');
    await page.getByRole('button', { name: 'Email me a link' }).click();
    const unknownAnswer = await page.getByRole('status').filter({ hasText: 'If ' }).innerText();

    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(ADDRESS);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    const knownAnswer = await page.getByRole('status').filter({ hasText: 'If ' }).innerText();
    expect(knownAnswer.replace(ADDRESS, 'X')).toBe(unknownAnswer.replace('nobody.at.all@prepcom.local', 'X'));

    const email = await followEmailLink(page, mailDir, ADDRESS, '/reset-password', 2);
    expect(email.subject).toBe('Choisir un nouveau mot de passe prepcom');
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await expectAccessible(page, 'the reset-password page');
    await choosePassword(page, SECOND_PASSWORD);
    expect(emailsTo(mailDir, 'nobody.at.all@prepcom.local')).toEqual([]);
    await forgetful.context.close();

    // The new password ended the delegate's other session.
    await chile.page.reload();
    await chile.page.getByRole('link', { name: 'Sign in' }).waitFor();
    await signIn(chile.page, { email: ADDRESS, password: SECOND_PASSWORD }, '/');
    await chile.page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('the administrator disables the account, which ends its session at once, and enables it again', async () => {
    const { page } = admin;
    await page.reload();
    await page.getByRole('button', { name: 'Disable the account of Delegate of Chile' }).click();
    await page
      .getByText('The account of Delegate of Chile (chile.delegate@prepcom.local) is disabled')
      .waitFor();
    await chile.page.reload();
    await chile.page.getByRole('link', { name: 'Sign in' }).waitFor();

    await page.getByRole('button', { name: 'Enable the account of Delegate of Chile' }).click();
    await page.getByText('is enabled again').waitFor();
    await signIn(chile.page, { email: ADDRESS, password: SECOND_PASSWORD }, '/');
    await chile.page.getByRole('button', { name: 'Sign out' }).waitFor();

    // A reset link made by the administrator is emailed too, and shown to pass on.
    await page.getByRole('button', { name: 'Send a reset link to Delegate of Chile' }).click();
    await page.getByText('A reset link is emailed to Delegate of Chile').waitFor();
    const shown = await page.locator('.link-to-pass-on').innerText();
    const email = await waitForEmail(mailDir, ADDRESS, 3);
    expect(email.text).toContain(shown);
  });

  it('the administrator sees the failed notification jobs', async () => {
    const { page } = admin;
    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: 'Failed jobs' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Failed notification jobs' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /failed job/ }).waitFor();
    await expectAccessible(page, 'the failed jobs screen');
    expect(admin.problems).toEqual([]);
    expect(chile.problems).toEqual([]);
  });

  it.each(['en', 'fr', 'es'])('the new screens fit 390 px in %s', async (language) => {
    const { page } = admin;
    await page.setViewportSize(PHONE);
    await page.evaluate((chosen) => localStorage.setItem('prepcom.language', chosen), language);
    const wide: string[] = [];
    for (const screen of ['/accounts', '/failed-jobs', '/forgot-password', '/accept-invitation?token=x']) {
      await page.goto(screen);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const outside = await sticksOut(admin, PHONE.width);
      if (outside.length > 0) wide.push(`${screen}: ${outside.join('; ')}`);
      if (screen === '/accounts') await expectAccessible(page, `/accounts at 390 px in ${language}`);
    }
    expect(wide).toEqual([]);
    await page.evaluate(() => localStorage.setItem('prepcom.language', 'en'));
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
