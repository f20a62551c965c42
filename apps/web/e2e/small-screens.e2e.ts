// A delegate on a phone: every screen fits 390 px in each language without the page scrolling sideways; a wide
// table scrolls inside its own frame, which the keyboard can reach.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, signIn, visit, type Visit } from './support/browser';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');
const EVE = '2003-09-14';
const PHONE = { width: 390, height: 844 };

describe('a Co-Chair on a phone', () => {
  let browser: Browser;
  let v: Visit;

  beforeAll(async () => {
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
