// A delegate on a phone: every screen fits 390 px in each language without the page scrolling sideways; a wide
// table scrolls inside its own frame, which the keyboard can reach.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInToApi } from './support/api';
import { expectAccessible, launchBrowser, signIn, visit, type Visit } from './support/browser';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');
const EVE = '2003-09-14';
const PHONE = { width: 390, height: 844 };

/**
 * What does not fit the screen: the page scrolling sideways; a dialog or form wider than its own box; a control,
 * label or link of one lying beyond the screen's edges; a label, legend or button whose words are cut. The forms in
 * a table's frame are left out: the frame scrolls sideways by design, and the keyboard reaches it.
 */
async function spills(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const named = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('type') ? `[${element.getAttribute('type')}]` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page is ${root.scrollWidth} px wide`);
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
    const boxes = dialog
      ? [dialog, ...dialog.querySelectorAll<HTMLElement>('form')]
      : [...document.querySelectorAll<HTMLElement>('main form')].filter(
          (form) => !form.closest('.table-scroll'),
        );
    for (const box of boxes) {
      if (box.scrollWidth > box.clientWidth + 1) {
        // The first innermost part beyond the box's edge, to say what widens it.
        const edge = box.getBoundingClientRect().left + box.clientWidth;
        const widest = [...box.querySelectorAll('*')].find(
          (inside) => inside.children.length === 0 && inside.getBoundingClientRect().right > edge + 0.5,
        );
        problems.push(
          `${named(box)} is ${box.scrollWidth} px wide in ${box.clientWidth} px` +
            (widest ? `, widened by ${named(widest)}` : ''),
        );
      }
      for (const part of box.querySelectorAll<HTMLElement>(
        'input, select, textarea, button, label, legend, a',
      )) {
        const edges = part.getBoundingClientRect();
        // Not shown, or shown to screen readers only.
        if (edges.width <= 1 || part.closest('.visually-hidden')) continue;
        if (edges.left < -0.5 || edges.right > root.clientWidth + 0.5)
          problems.push(`${named(part)} lies at ${Math.round(edges.left)}–${Math.round(edges.right)} px`);
        const words = ['LABEL', 'LEGEND', 'BUTTON', 'A'].includes(part.tagName);
        if (words && getComputedStyle(part).display !== 'inline' && part.scrollWidth > part.clientWidth + 1)
          problems.push(`${named(part)} is cut: ${part.scrollWidth} px of words in ${part.clientWidth} px`);
      }
    }
    return problems;
  });
  return found.map((problem) => `${where}: ${problem}`);
}

/** Opens each dialog the screen's buttons open (once per label), checks it, and closes it with Escape. */
async function dialogSpills(page: Page, where: string): Promise<{ problems: string[]; opened: number }> {
  const problems: string[] = [];
  const openers = page.locator('main button[aria-haspopup="dialog"]');
  const seen = new Set<string>();
  for (let index = 0; index < (await openers.count()); index += 1) {
    const opener = openers.nth(index);
    const label = (await opener.getAttribute('aria-label')) ?? (await opener.innerText());
    if (seen.has(label) || !(await opener.isVisible())) continue;
    seen.add(label);
    await opener.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForLoadState('networkidle');
    problems.push(...(await spills(page, `${where}, “${label}”`)));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }
  return { problems, opened: seen.size };
}

/** Chooses each value of a select in turn (each move shows the fields it asks for) and checks the page. */
async function choiceSpills(
  page: Page,
  select: string,
  where: string,
): Promise<{ problems: string[]; values: string[] }> {
  const problems: string[] = [];
  const control = page.locator(select).first();
  const values = await control
    .locator('option')
    .evaluateAll((options) =>
      options.map((option) => (option as HTMLOptionElement).value).filter((value) => value !== ''),
    );
  for (const value of values) {
    await control.selectOption(value);
    problems.push(...(await spills(page, `${where}, ${value}`)));
  }
  return { problems, values };
}

describe('a Co-Chair on a phone', () => {
  let browser: Browser;
  let v: Visit;

  /** Matters of the Co-Chair's own, so that each move's form shows: one ready for decision, one deferred. */
  const forms = { ready: '', deferred: '' };

  beforeAll(async () => {
    const chair = await signInToApi(baseUrl, scenario.coChair.email, scenario.coChair.password);
    const { process } = await chair.gql<{
      process: { id: string; milestones: { edges: { node: { id: string; title: string } }[] } };
    }>(`{ process { id milestones { edges { node { id title } } } } }`);
    const milestone = (title: string) =>
      process.milestones.edges.find(({ node }) => node.title === title)!.node.id;
    const matter = async (
      title: string,
      moves: { to: string; note?: string; targetMilestoneId?: string }[],
    ) => {
      const { createMatter } = await chair.gql<{ createMatter: { id: string } }>(
        `mutation ($input: CreateMatterInput!) { createMatter(input: $input) { id } }`,
        {
          input: { processId: process.id, title, decidingMilestoneId: milestone(scenario.milestone) },
        },
      );
      const { createOption } = await chair.gql<{ createOption: { id: string } }>(
        `mutation ($input: CreateOptionInput!) { createOption(input: $input) { id } }`,
        {
          input: { matterId: createMatter.id, text: 'A background paper on each matter, in every language' },
        },
      );
      await chair.gql(`mutation ($input: MoveOptionInput!) { moveOption(input: $input) { stage } }`, {
        input: { optionId: createOption.id, to: 'DRAFT_TEXT' },
      });
      for (const move of moves) {
        await chair.gql(`mutation ($input: MoveMatterInput!) { moveMatter(input: $input) { status } }`, {
          input: { matterId: createMatter.id, ...move },
        });
      }
      await chair.gql(`mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
        input: {
          title: 'Circulate the background paper',
          ownerRole: 'SUPPORT_UNIT',
          dueDate: '2004-11-01',
          servesMatterId: createMatter.id,
        },
      });
      return createMatter.id;
    };
    forms.ready = await matter('Background papers for the Review Conference', [
      { to: 'OPTIONS_DEVELOPING' },
      { to: 'READY_FOR_DECISION' },
    ]);
    forms.deferred = await matter('Translation of the background papers', [
      {
        to: 'DEFERRED',
        note: 'The support unit asks for time.',
        targetMilestoneId: milestone(scenario.meeting),
      },
    ]);

    browser = await launchBrowser();
    v = await visit(browser, baseUrl);
    await v.page.setViewportSize(PHONE);
    await signIn(v.page, scenario.coChair, '/preparations');
    await v.page.getByRole('heading', { level: 1, name: 'Preparations' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['en', 'fr', 'es'])('sees every screen within 390 px, in %s', async (language) => {
    const { page } = v;
    await page.evaluate((chosen) => localStorage.setItem('prepcom.language', chosen), language);
    await page.goto(`/?asOf=${EVE}`);
    await page.locator('.matters table').waitFor();
    const matterPage = await page.locator('.matters table a').first().getAttribute('href');
    const screens = [
      `/?asOf=${EVE}`,
      `/timeline?asOf=${EVE}`,
      `/matters?asOf=${EVE}`,
      `/participants?asOf=${EVE}`,
      `/state-of-play?asOf=${EVE}`,
      `${matterPage}`,
      '/preparations',
      '/inbox',
      '/invitations',
      '/processes',
    ];
    const overflowing: string[] = [];
    for (const screen of screens) {
      await page.goto(screen);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) overflowing.push(`${screen}: ${width} px`);
      if (screen === '/preparations' || screen.startsWith('/participants')) {
        await expectAccessible(page, `${screen} at 390 px in ${language}`);
      }
    }
    expect(overflowing).toEqual([]);
    expect(v.problems).toEqual([]);
  });

  it.each(['en', 'fr', 'es'])(
    'opens every form of the process within 390 px, every control and label whole, in %s',
    async (language) => {
      const { page } = v;
      await page.evaluate((chosen) => localStorage.setItem('prepcom.language', chosen), language);
      const problems: string[] = [];
      /** How many dialogs each screen opened, and which moves each move form offered. */
      const dialogs: Record<string, number> = {};
      const moves: Record<string, string[]> = {};
      /** Opens a screen once its controls (`shown`) are there, checks it and each dialog it opens. */
      const open = async (address: string, name: string, shown = 'main') => {
        await page.goto(address);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator(shown).first().waitFor();
        await page.waitForLoadState('networkidle');
        const opened = await dialogSpills(page, address);
        problems.push(...(await spills(page, address)), ...opened.problems);
        dialogs[name] = opened.opened;
      };
      const choose = async (select: string, name: string) => {
        const chosen = await choiceSpills(page, select, name);
        problems.push(...chosen.problems);
        moves[name] = chosen.values;
      };

      // A matter that may be decided: edit it, decide (outcome, meeting), defer, withdraw; its dependencies; its
      // option (table, edit, move) and its action (add, edit, moves).
      await open(`/matters/${forms.ready}`, 'ready matter', '.manage form.move');
      await choose('.manage form.move select', 'matter');
      await choose('.option__controls form.move select', 'option');
      // A deferred matter: reopen it.
      await open(`/matters/${forms.deferred}`, 'deferred matter', '.manage form.move');
      await choose('.manage form.move select', 'deferred');
      // The board and the timeline: a new matter, a new milestone.
      await open('/matters', 'board', 'main button[aria-haspopup="dialog"]');
      await open('/timeline', 'timeline', 'main button[aria-haspopup="dialog"]');
      // A meeting's page: edit it (convenors and contacts), reschedule, cancel, add and edit its actions; invite.
      await page.getByRole('link', { name: scenario.meeting, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: scenario.meeting }).waitFor();
      await open(new URL(page.url()).pathname, 'meeting', '.milestone-controls');
      await page.locator('.milestone-controls a.button').click();
      await page.locator('main form').first().waitFor();
      await open(new URL(page.url()).pathname + new URL(page.url()).search, 'invitation');
      // The preparations: add an action, mark actions done.
      await open('/preparations', 'preparations', '.add-action');

      // At least these dialogs (a screen may gain more): edit the matter, table an option, edit option 1, add an
      // action, edit it; a new matter; a new milestone and a new matter at each milestone; edit, reschedule and
      // cancel the meeting, add an action to it; add an action to the preparations.
      const atLeast = {
        'ready matter': 5,
        'deferred matter': 5,
        board: 1,
        timeline: 3,
        meeting: 4,
        preparations: 1,
      };
      expect(Object.entries(atLeast).filter(([name, least]) => (dialogs[name] ?? 0) < least)).toEqual([]);
      expect(moves).toEqual({
        matter: expect.arrayContaining(['DECIDED', 'DEFERRED', 'WITHDRAWN']),
        option: expect.arrayContaining(['ADOPTED', 'WITHDRAWN']),
        deferred: expect.arrayContaining(['OPTIONS_DEVELOPING']),
      });
      expect(problems).toEqual([]);
      expect(v.problems).toEqual([]);
    },
    // About forty dialogs and moves, each waited for: well within this on a busy machine, far over the default.
    300_000,
  );

  it.each([
    ['en', PHONE.width],
    ['fr', 1280],
    ['es', 1280],
    ['fr', PHONE.width],
  ])('keeps every card of the board within its edges, in %s at %i px', async (language, width) => {
    const { page } = v;
    await page.setViewportSize({ width, height: PHONE.height });
    await page.evaluate((chosen) => localStorage.setItem('prepcom.language', chosen), language);
    await page.goto(`/matters?asOf=${EVE}`);
    await page.locator('.card').first().waitFor();
    const spilling = await page.evaluate(() =>
      [...document.querySelectorAll('.card')].flatMap((card) => {
        const edge = card.getBoundingClientRect().right;
        return [...card.querySelectorAll('*')]
          .filter((inside) => inside.getBoundingClientRect().right > edge + 0.5)
          .map((inside) => `${card.querySelector('h3')?.textContent}: ${inside.textContent}`);
      }),
    );
    await page.setViewportSize(PHONE);
    expect(spilling).toEqual([]);
  });

  it('scrolls a wide table inside its frame, by keyboard', async () => {
    const { page } = v;
    await page.evaluate(() => localStorage.setItem('prepcom.language', 'en'));
    await page.goto(`/participants?asOf=${EVE}`);
    // The list of participants: its body takes the focus, and its frame scrolls sideways.
    const table = page.locator('.vtable');
    await table.locator('[role="row"]').nth(1).waitFor();
    const sizes = () => table.evaluate((e) => ({ wide: e.scrollWidth > e.clientWidth, left: e.scrollLeft }));
    expect(await sizes()).toEqual({ wide: true, left: 0 });
    await table.locator('.vtable__body').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await sizes()).left).toBeGreaterThan(0);
  });
});
