// An administrator starts the next round's preparations from the sample, with the keyboard: the new process opens
// with the sample's road on new dates and its questions identified; every screen says which process it shows and
// switches back; the sample, over since 2004, offers its replay as of the eve of the Fifth Meeting. Then the whole
// journey of a new round, on a product of its own just as `npm start` leaves it: copy the sample, import the States
// Parties, invite Norway's delegate by email, who sets a password and sees the new process, make Norway Co-Chair,
// and the delegate moves a matter.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  choosePassword,
  chooseWithArrows,
  expectAccessible,
  launchBrowser,
  screenshot,
  signIn,
  stepByStep,
  tabTo,
  type Visit,
  visit,
} from './support/browser';
import { followEmailLink } from './support/mail';
import { previewStatesPartiesImport, STATES_PARTIES_CSV } from './support/people';
import { startStack, type Stack } from './support/stack';

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

  stepByStep();

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

describe('a new round from npm start to a Co-Chair’s first move, through real emails', () => {
  const DELEGATE = 'delegate.norway@prepcom.local';
  const DELEGATE_PASSWORD = 'Fjords under the midnight sun';
  let stack: Stack;
  let browser: Browser;
  let admin: Visit;
  let norway: Visit;
  let processId = '';

  beforeAll(async () => {
    // A product of its own, as `npm start` leaves it: the sample and its accounts, no term running today.
    stack = await startStack();
    browser = await launchBrowser();
    admin = await visit(browser, stack.url);
    norway = await visit(browser, stack.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  stepByStep();

  it('the administrator creates the new process by copying the sample', async () => {
    const { page } = admin;
    await signIn(
      page,
      { email: 'admin@prepcom.local', password: stack.passwords['admin@prepcom.local']! },
      '/processes',
    );
    await page.getByRole('heading', { name: 'Start a new process' }).waitFor();
    await page.getByLabel('Start from').selectOption({ label: SAMPLE });
    await page.getByLabel('Title').fill(NEW_TITLE);
    await page.getByLabel('Target event', { exact: true }).fill('Second Review Conference');
    await page.getByLabel('The target event opens on').fill('2099-11-30');
    await page.getByRole('button', { name: 'Create the process from this one' }).click();
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    processId = new URL(page.url()).searchParams.get('process')!;
    expect(processId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('imports the States Parties from the CSV: the sample holds them already, so the preview finds nothing to write', async () => {
    const { page } = admin;
    const preview = await previewStatesPartiesImport(page, STATES_PARTIES_CSV);
    expect(preview).toEqual({ added: 0, changed: 0, unchanged: 152, refused: 0 });
    await page.getByText('The file adds and changes nothing: there is nothing to confirm.').waitFor();
    expect(await page.getByRole('button', { name: /^Confirm: import/ }).count()).toBe(0);
  });

  it('invites a delegate of Norway by email', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    await page.getByLabel('Their email', { exact: true }).fill(DELEGATE);
    await page.getByLabel('Their name').fill('Delegate of Norway');
    await page.getByLabel('Acts for').selectOption({ label: 'Norway' });
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText(`Invitation emailed to ${DELEGATE}`).waitFor();
  });

  it('the delegate opens the emailed link, sets a password and sees the new process', async () => {
    const { page } = norway;
    await followEmailLink(page, stack.mailDir, DELEGATE, '/accept-invitation');
    await page.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
    await choosePassword(page, DELEGATE_PASSWORD);
    const switcher = page.getByRole('navigation', { name: 'Process:' });
    await switcher.getByText('Switch process').click();
    await switcher.getByRole('link', { name: NEW_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: NEW_TITLE }).waitFor();
    expect(new URL(page.url()).searchParams.get('process')).toBe(processId);
    // A State Party's delegate, not yet Co-Chair: the board offers no move.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Matters' }).click();
    await page
      .getByRole('region', { name: /^Identified/ })
      .getByRole('article')
      .first()
      .waitFor();
    expect(await page.getByLabel('Move to').count()).toBe(0);
  });

  it('the administrator makes Norway Co-Chair', async () => {
    const { page } = admin;
    await page.goto('/people/roles');
    await page.getByRole('heading', { level: 1, name: 'Role terms' }).waitFor();
    // As a person would: the terms listed first. On a loaded CI machine, a dialog opened before them once showed no
    // "Held by" field for a minute (not reproduced since, not explained).
    await page.getByRole('region', { name: 'Every role term' }).getByRole('row').nth(1).waitFor();
    await page.getByRole('button', { name: 'Add a role term' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a role term' });
    await dialog.getByLabel('Held by').selectOption({ label: 'Norway' });
    await dialog.getByLabel('Role').selectOption('CO_CHAIR');
    await dialog
      .getByLabel('Body', { exact: true })
      .fill('Standing Committee on the General Status and Operation of the Convention');
    await dialog.getByRole('button', { name: 'Add a role term' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('region', { name: 'Every role term' })
      .getByRole('row')
      .filter({ hasText: 'Norway' })
      .filter({ hasText: 'Co-Chair' })
      .first()
      .waitFor();
  });

  it('the delegate, now Co-Chair, defers a matter of the new process to its first preparatory meeting', async () => {
    const { page } = norway;
    await page.goto(`/matters?process=${processId}`);
    const card = page
      .getByRole('region', { name: /^Identified/ })
      .getByRole('article')
      .first();
    const title = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
    const moveTo = card.getByLabel('Move to');
    await moveTo.waitFor();
    await moveTo.selectOption({ label: 'Deferred' });
    await card.getByLabel('Defer to').selectOption({ label: '1st Preparatory Meeting' });
    await card
      .getByLabel('Why it is deferred')
      .fill('The agenda is settled once the preparatory meetings are.');
    await card.getByRole('button', { name: 'Move' }).click();
    await page.getByText(`“${title}” moved to Deferred.`).waitFor();
    await page
      .getByRole('region', { name: /^Deferred/ })
      .getByRole('heading', { level: 3, name: title })
      .waitFor();
    await expectAccessible(page, 'the new process’s board after a move');
    expect(norway.problems).toEqual([]);
    expect(admin.problems).toEqual([]);
  });
});
