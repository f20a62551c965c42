import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { startTestApp, type TestApp } from './support/test-app';

const TRUSTED_ORIGIN = 'https://dashboard.example.org';
const COOKIE = 'prepcom_session=any-value';
const ME = JSON.stringify({ query: '{ me { capacities } }' });

describe('HTTP hardening', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { CORS_ORIGINS: `${TRUSTED_ORIGIN}, http://localhost:5173` } });
  });

  afterAll(() => t.close());

  /** A request to /graphql as a browser would shape it: JSON POST with the session cookie unless told otherwise. */
  function send(overrides: Partial<InjectOptions> & { headers?: Record<string, string> } = {}) {
    return t.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: ME,
      ...overrides,
      headers: {
        host: 'prepcom.example.org',
        'content-type': 'application/json',
        cookie: COOKIE,
        ...overrides.headers,
      },
    });
  }

  async function expectRefused(response: Awaited<ReturnType<typeof send>>, message: RegExp) {
    expect(response.statusCode).toBe(403);
    const body = response.json<{ data: null; errors: { message: string; extensions: { code: string } }[] }>();
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions.code).toBe('CSRF_REFUSED');
    expect(body.errors[0]!.message).toMatch(message);
  }

  describe('cross-site request forgery, for requests that carry cookies', () => {
    it('accepts a JSON POST from the same origin, or with no Origin at all', async () => {
      expect((await send({ headers: { origin: 'http://prepcom.example.org' } })).statusCode).toBe(200);
      expect((await send()).statusCode).toBe(200);
      expect(
        (await send({ headers: { 'content-type': 'application/json; charset=utf-8' } })).statusCode,
      ).toBe(200);
    });

    it('accepts a JSON POST from an origin listed in CORS_ORIGINS', async () => {
      expect((await send({ headers: { origin: TRUSTED_ORIGIN } })).statusCode).toBe(200);
      expect((await send({ headers: { origin: 'http://localhost:5173' } })).statusCode).toBe(200);
    });

    it('refuses a JSON POST from any other origin, a sibling subdomain or an opaque one included', async () => {
      for (const origin of ['https://evil.example.net', 'http://other.example.org', 'null']) {
        await expectRefused(await send({ headers: { origin } }), /^Pages from .+ may not send requests/);
      }
    });

    it("compares the Origin's scheme too: a plain-HTTP page is not the TLS site", async () => {
      // inject() arrives over plain HTTP (no trusted proxy says otherwise): an https page of the same host is
      // another origin, as a plain-HTTP page is for a TLS site.
      await expectRefused(
        await send({ headers: { origin: 'https://prepcom.example.org' } }),
        /^Pages from .+ may not send requests/,
      );
      await expectRefused(
        await send({ headers: { origin: 'https://prepcom.example.org', 'x-forwarded-proto': 'https' } }),
        /^Pages from .+ may not send requests/,
      );
    });

    it('refuses what a form on another site can send: other content types', async () => {
      for (const [contentType, payload] of [
        ['text/plain', ME],
        ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
        ['multipart/form-data; boundary=x', '--x--'],
        ['application/graphql', '{ __typename }'],
      ] as const) {
        await expectRefused(
          await send({ headers: { 'content-type': contentType }, payload }),
          /as a POST with Content-Type application\/json/,
        );
      }
    });

    it('refuses GET, which Mercurius would otherwise answer', async () => {
      await expectRefused(
        await send({ method: 'GET', url: '/graphql?query=%7B__typename%7D', payload: undefined }),
        /as a POST/,
      );
    });

    it('lets a GET without cookies read, from no Origin or its own', async () => {
      const get = await t.app.inject({ method: 'GET', url: '/graphql?query=%7B__typename%7D' });
      expect(get.statusCode).toBe(200);
      expect(get.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('login CSRF: requests without cookies are checked the same way', () => {
    const SIGN_IN =
      'mutation { signIn(email: "attacker@example.net", password: "the attacker password") { id } }';
    const ACCEPT =
      'mutation { acceptInvitation(token: "an-attackers-token", password: "the attacker password") { id } }';

    it('refuses a cross-site form post to signIn or acceptInvitation, without any cookie', async () => {
      for (const query of [SIGN_IN, ACCEPT]) {
        for (const [contentType, payload] of [
          ['application/x-www-form-urlencoded', `query=${encodeURIComponent(query)}`],
          ['text/plain', JSON.stringify({ query })],
          [
            'multipart/form-data; boundary=x',
            `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${query}\r\n--x--`,
          ],
        ] as const) {
          const response = await send({
            headers: { cookie: '', 'content-type': contentType, origin: 'https://evil.example.net' },
            payload,
          });
          await expectRefused(response, /as a POST with Content-Type application\/json/);
          expect(response.headers['set-cookie']).toBeUndefined();
        }
      }
    });

    it('refuses a JSON post from a foreign Origin without any cookie', async () => {
      for (const query of [SIGN_IN, ACCEPT]) {
        const response = await send({
          headers: { cookie: '', origin: 'https://evil.example.net' },
          payload: JSON.stringify({ query }),
        });
        await expectRefused(response, /^Pages from https:\/\/evil\.example\.net may not send requests/);
      }
    });

    it('refuses a GET from a foreign Origin, and any mutation over GET', async () => {
      await expectRefused(
        await t.app.inject({
          method: 'GET',
          url: '/graphql?query=%7B__typename%7D',
          headers: { origin: 'https://evil.example.net' },
        }),
        /^Pages from .+ may not send requests/,
      );
      const mutation = await t.app.inject({
        method: 'GET',
        url: `/graphql?query=${encodeURIComponent(SIGN_IN)}`,
      });
      expect(mutation.statusCode).toBe(400);
      expect(mutation.headers['set-cookie']).toBeUndefined();
      expect(mutation.body).toMatch(/mutation/i);
    });
  });

  it('sends security headers with /graphql answers, refusals included', async () => {
    for (const response of [await send(), await send({ headers: { origin: 'https://evil.example.net' } })]) {
      expect(response.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      });
      const policy = String(response.headers['content-security-policy']);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
    }
  });

  it('lets GraphiQL (development only) load its code from a CDN: no policy on /graphiql', async () => {
    const graphiql = await t.app.inject({ method: 'GET', url: '/graphiql' });
    expect(graphiql.statusCode).toBe(200);
    expect(graphiql.headers['content-security-policy']).toBeUndefined();
    expect(graphiql.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe("HTTP hardening of the dashboard's files", () => {
  let t: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-web-'));
    fs.mkdirSync(path.join(webDist, 'assets'));
    fs.writeFileSync(
      path.join(webDist, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app-1a2b3c.js"></script>',
    );
    fs.writeFileSync(path.join(webDist, 'assets', 'app-1a2b3c.js'), 'export const shown = true;\n');
    t = await startTestApp({ env: { PREPCOM_WEB_DIST: webDist } });
  });

  afterAll(async () => {
    await t?.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('sends the page its policy and every document header', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(page.headers).toMatchObject({
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
    });
  });

  it('sends a file the page loads the headers it obeys, without those only a document obeys', async () => {
    const script = await t.app.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
    });
    for (const header of [
      'content-security-policy',
      'x-frame-options',
      'cross-origin-opener-policy',
      'origin-agent-cluster',
      'x-xss-protection',
    ])
      expect({ header, value: script.headers[header] }).toEqual({ header, value: undefined });
  });
});
