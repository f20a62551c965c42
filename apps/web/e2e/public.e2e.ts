// An anonymous visitor sees exactly what the API gives to anonymous: the public sample, not the States Parties'
// matters the Co-Chair works on. Also the screenshots of each screen, on the eve of the Fifth Meeting.
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot, visit, type Visit } from './support/browser';

const baseUrl = inject('baseUrl');
const scenario = inject('scenario');
const EVE = '2003-09-14';

describe('an anonymous visitor', () => {
  let browser: Browser;
  let v: Visit;

  beforeAll(async () => {
    browser = await launchBrowser();
    v = await visit(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks for the readiness series and the chart only when the chart comes near the screen', async () => {
    const { page } = v;
    const history: string[] = [];
    const watch = (request: Request) => {
      if (request.postData()?.includes('ReadinessSeries')) history.push(request.url());
    };
    page.on('request', watch);
    await page.goto(`/?asOf=${EVE}`);
    await page.getByRole('table', { name: /Matters still open/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(history).toEqual([]);
    expect(await page.locator('.chart__surface').count()).toBe(0);
    await page.getByRole('heading', { name: 'Readiness over time' }).scrollIntoViewIfNeeded();
    await page.locator('.chart__canvas .chart__surface').waitFor();
    expect(history).toHaveLength(1);
    page.off('request', watch);
  });

  it('sees only public matters, and no way to move them', async () => {
    const { page } = v;
    await page.goto('/matters');
    await page.getByRole('heading', { level: 1, name: 'Matters' }).waitFor();
    await page
      .getByRole('region', { name: /^Decided/ })
      .getByRole('article')
      .first()
      .waitFor();
    expect(
      await page
        .getByRole('region', { name: /^Decided/ })
        .getByRole('article')
        .count(),
    ).toBe(10);
    expect(await page.getByText(scenario.ready).count()).toBe(0);
    expect(await page.getByText(scenario.unready).count()).toBe(0);
    expect(await page.getByLabel('Move to').count()).toBe(0);
    await page.getByText('Co-Chairs and the support unit move matters after signing in.').waitFor();

    await page.goto('/');
    await page.getByText(/No matter is open as of/).waitFor();
    expect(await page.locator('.tile').filter({ hasText: 'Matters still open' }).innerText()).toContain(
      'of 10 matters',
    );

    // The Review Conference shows the public matter due there, not the two States Parties' ones.
    await page.goto('/timeline');
    const conference = page
      .locator('li.milestone')
      .filter({ has: page.getByRole('heading', { name: scenario.milestone }) });
    await conference.waitFor();
    expect(await conference.innerText()).toContain('1 matter due here');
    expect(await conference.innerText()).not.toContain(scenario.ready);
    expect(v.problems).toEqual([]);
  });

  it('opens any screen from its address, filters and as-of day included', async () => {
    const { page } = v;
    await page.goto(`/matters?asOf=${EVE}&health=AT_RISK`);
    const column = page.getByRole('region', { name: /^Options being developed/ });
    await column.getByRole('article').first().waitFor();
    expect(await page.getByLabel('Health').inputValue()).toBe('AT_RISK');
    expect(await page.getByLabel('As of').inputValue()).toBe('14/09/2003');
    expect(await page.getByText('7 matters shown.').count()).toBe(1);
  });

  it('ends the eve of the Fifth Meeting at midnight in Bangkok, where it opens the next morning', async () => {
    const { page } = v;
    await page.goto(`/?asOf=${EVE}`);
    const next = page.locator('.tile').filter({ hasText: 'Next milestone' });
    await next.getByText('Fifth Meeting of the States Parties').waitFor();
    expect(await next.innerText()).toContain('tomorrow');
    await page
      .getByText('at the end of 14 Sept 2003 at the venue of its decisions (Asia/Bangkok time)')
      .waitFor();
    expect(v.problems).toEqual([]);
  });

  it('replays the eve of the Fifth Meeting without the terms decided there', async () => {
    const { page } = v;
    await page.goto(`/participants?asOf=${EVE}`);
    const terms = page.getByRole('table', { name: 'Role terms, latest first' });
    await terms.getByRole('row').nth(1).waitFor();
    const rows = await terms.getByRole('row').allInnerTexts();
    const holding = (role: string, holder: string) =>
      rows.some((row) => row.includes(role) && row.includes(holder));
    // Elected at the Fifth Meeting, on 19 September: not known on the 14th.
    expect(holding('President-designate', 'Austria')).toBe(false);
    expect(holding('Co-Chair', 'Mexico') || holding('Co-Chair', 'Netherlands')).toBe(false);
    expect(holding('Co-Rapporteur', 'Mexico')).toBe(true);
    // Known a year ahead: Thailand presides over the meeting that opens the next morning.
    expect(holding('President', 'Thailand')).toBe(true);
    await page.goto('/participants?asOf=2003-09-20');
    await terms.getByRole('row').filter({ hasText: 'President-designate' }).first().waitFor();
    expect(v.problems).toEqual([]);
  });

  it('goes to a typed day once it is complete, keystroke by keystroke as a person types', async () => {
    const { page } = v;
    await page.goto(`/timeline?asOf=${EVE}`);
    const field = page.getByLabel('As of');
    await field.fill('');
    await field.pressSequentially('27/06/2002');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(EVE);
    await field.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2002-06-27');
    await expect.poll(() => field.inputValue()).toBe('27/06/2002');
  });

  it.each([
    ['overview', `/?asOf=${EVE}`, 'First Review Conference'],
    ['timeline', `/timeline?asOf=${EVE}`, 'Timeline'],
    ['matters', `/matters?asOf=${EVE}`, 'Matters'],
    ['sign-in', '/sign-in', 'Sign in'],
    ['participants', `/participants?asOf=${EVE}`, 'Participants'],
  ])(
    'finds the %s screen accessible, as it stood on the eve of the Fifth Meeting',
    async (name, path, heading) => {
      const { page } = v;
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: new RegExp(heading) }).waitFor();
      if (name === 'overview') {
        await page.getByRole('table', { name: /Matters still open/ }).waitFor();
        await page.getByRole('heading', { name: 'Readiness over time' }).scrollIntoViewIfNeeded();
        await page.locator('.chart__canvas .chart__surface').waitFor();
        await page.getByText(/If the recent trend/).waitFor();
      }
      if (name === 'timeline') await page.getByText('As of 14 Sept 2003', { exact: true }).waitFor();
      if (name === 'matters') await page.getByRole('article').first().waitFor();
      if (name === 'participants') {
        await page.getByRole('table', { name: 'Participants, by name' }).getByRole('row').nth(1).waitFor();
        await page.getByRole('region', { name: 'Who holds which role when' }).waitFor();
      }
      await expectAccessible(page, `the ${name} screen`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, name);
      expect(v.problems).toEqual([]);
    },
  );
});
