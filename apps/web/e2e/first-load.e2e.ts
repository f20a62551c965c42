// The first screen as a delegate on a slow link receives it: compressed files, cached for a year when their name
// carries their hash, and few enough bytes for a 1.6 Mbps line. The bytes are counted on the wire by Chromium itself
// (the DevTools protocol's encoded length), not recomputed from the files.
import type { Browser, CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit, type Visit } from './support/browser';

const baseUrl = inject('baseUrl');

/** The slow link of the issue: 1.6 Mbps down, 750 kbps up, 150 ms latency, a CPU four times slower. */
const SLOW_LINK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const FIRST_SCREEN_BUDGET = 150_000;

interface Received {
  url: string;
  type: string;
  encoding: string | undefined;
  cacheControl: string | undefined;
  /** Whether the response carries a Content-Security-Policy: a document's header, not a loaded file's. */
  policy: boolean;
  nosniff: boolean;
  /** As it crossed the network: headers and compressed body. */
  bytes: number;
  /** The body once decoded. */
  decodedBytes: number;
}

/** Everything the page receives from now on, as the network saw it. */
async function recordWire(cdp: CDPSession): Promise<() => Received[]> {
  const pending = new Map<string, Omit<Received, 'bytes' | 'decodedBytes'>>();
  const received: Received[] = [];
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    const header = (name: string) =>
      Object.entries(response.headers).find(([key]) => key.toLowerCase() === name)?.[1];
    pending.set(requestId, {
      url: response.url,
      type,
      encoding: header('content-encoding'),
      cacheControl: header('cache-control'),
      policy: header('content-security-policy') !== undefined,
      nosniff: header('x-content-type-options') === 'nosniff',
    });
  });
  const decoded = new Map<string, number>();
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) =>
    decoded.set(requestId, (decoded.get(requestId) ?? 0) + dataLength),
  );
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = pending.get(requestId);
    if (response)
      received.push({ ...response, bytes: encodedDataLength, decodedBytes: decoded.get(requestId) ?? 0 });
  });
  await cdp.send('Network.enable');
  return () => received;
}

describe('the first screen on a slow link', () => {
  let browser: Browser;
  let v: Visit;

  beforeAll(async () => {
    browser = await launchBrowser();
    v = await visit(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`arrives compressed, cacheable, and within ${FIRST_SCREEN_BUDGET / 1000} kB`, async () => {
    const { page } = v;
    const cdp = await page.context().newCDPSession(page);
    const wire = await recordWire(cdp);
    await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('/', { timeout: 60_000 });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const firstContent = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('Network.emulateNetworkConditions', {
      ...SLOW_LINK,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });

    const received = wire();
    const files = received.filter((r) => new URL(r.url).pathname.startsWith('/assets/'));
    const document = received.find((r) => r.type === 'Document');
    const sum = (responses: Received[]) => responses.reduce((total, r) => total + r.bytes, 0);
    // The product's own files are budgeted; the data (GraphQL answers) depends on the process shown.
    const product = sum(files) + (document?.bytes ?? 0);
    // The time is reported, not asserted: it depends on how busy this machine is.
    console.log(
      `First screen over the wire: ${(product / 1000).toFixed(1)} kB of HTML, CSS and JavaScript in ` +
        `${files.length + 1} files, ${(sum(received) / 1000).toFixed(1)} kB with the data; ` +
        `first content after ${firstContent?.toFixed(0)} ms`,
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files.filter((r) => r.decodedBytes >= 1_024)) {
      expect({ file: file.url, encoding: file.encoding }).toEqual({ file: file.url, encoding: 'br' });
      expect(file.cacheControl).toBe('public, max-age=31536000, immutable');
    }
    // A loaded file keeps the headers it obeys and goes without the document's (about 0.5 kB each).
    for (const file of files)
      expect({ file: file.url, policy: file.policy, nosniff: file.nosniff }).toEqual({
        file: file.url,
        policy: false,
        nosniff: true,
      });
    expect(document?.cacheControl).toBe('no-cache');
    expect(document?.policy).toBe(true);
    expect(product).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
    expect(v.problems).toEqual([]);
  });

  it('takes the hashed files from the cache on the next visit', async () => {
    const { page } = v;
    const cdp = await page.context().newCDPSession(page);
    const fromCache = new Set<string>();
    const assets: { requestId: string; url: string; fromDiskCache: boolean }[] = [];
    cdp.on('Network.requestServedFromCache', ({ requestId }) => fromCache.add(requestId));
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      if (new URL(response.url).pathname.startsWith('/assets/'))
        assets.push({ requestId, url: response.url, fromDiskCache: response.fromDiskCache ?? false });
    });
    await cdp.send('Network.enable');
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(assets.length).toBeGreaterThan(0);
    const fetchedAgain = assets
      .filter((a) => !a.fromDiskCache && !fromCache.has(a.requestId))
      .map((a) => a.url);
    expect(fetchedAgain).toEqual([]);
  });
});
