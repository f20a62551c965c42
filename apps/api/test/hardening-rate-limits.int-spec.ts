import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { capacities } }`;
const WRONG_PASSWORD = { input: { email: 'nobody@test.example', password: 'not the password' } };
/** Costs 51,501 points: over COSTLY_QUERY_COST's default of 20,000, under the 200,000 limit. */
const COSTLY = '{ processes(first: 500) { edges { node { milestones(first: 100) { totalCount } } } } }';

describe('rate limits per person', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        AUTH_RATE_LIMIT: '3',
        AUTH_RATE_WINDOW_SECONDS: '600',
        COSTLY_QUERY_RATE_LIMIT: '2',
        COSTLY_QUERY_RATE_WINDOW_SECONDS: '60',
      },
    });
    cookie = await signInAdministrator();
  });

  afterAll(() => t.close());

  /** One GraphQL request from a given address, optionally signed in. */
  async function send(
    query: string,
    variables: Record<string, unknown> = {},
    from: { ip: string; cookie?: string },
  ) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: from.ip,
      headers: from.cookie ? { cookie: from.cookie } : {},
      payload: { query, variables },
    });
    return {
      ...response.json<Omit<GraphQLResponse, 'status'>>(),
      status: response.statusCode,
      retryAfter: response.headers['retry-after'],
      setCookie: [response.headers['set-cookie'] ?? []].flat(),
    };
  }

  async function signInAdministrator(): Promise<string> {
    const db = new Client({ connectionString: t.database.url });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO account (email, password_hash, display_name, participant_id, account_role)
         VALUES ('admin@test.example', $1, 'Administrator', NULL, 'ADMINISTRATOR')`,
        [await hash('a long enough test password')],
      );
    } finally {
      await db.end();
    }
    const response = await send(
      SIGN_IN,
      { input: { email: 'admin@test.example', password: 'a long enough test password' } },
      { ip: '198.51.100.1' },
    );
    return response.setCookie.find((value) => value.startsWith('prepcom_session='))!.split(';')[0]!;
  }

  function expectRateLimited(
    response: Awaited<ReturnType<typeof send>>,
    message: RegExp,
    windowSeconds: number,
  ) {
    expect(response.status).toBe(429);
    expect(response.data).toBeNull();
    expect(response.errors!.map((error) => error.extensions.code)).toEqual(['RATE_LIMITED']);
    expect(response.errors![0]!.message).toMatch(message);
    expect(Number(response.retryAfter)).toBeGreaterThan(0);
    expect(Number(response.retryAfter)).toBeLessThanOrEqual(windowSeconds);
  }

  it('limits sign-in attempts per address, and says when to try again', async () => {
    const from = { ip: '203.0.113.1' };
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const refused = await send(SIGN_IN, WRONG_PASSWORD, from);
      expect(refused.errors![0]!.extensions.code).not.toBe('RATE_LIMITED');
      expect(refused.retryAfter).toBeUndefined();
    }
    expectRateLimited(
      await send(SIGN_IN, WRONG_PASSWORD, from),
      /^Too many sign-in attempts from you; try again in 10 minutes\.$/,
      600,
    );
    const elsewhere = await send(SIGN_IN, WRONG_PASSWORD, { ip: '203.0.113.2' });
    expect(elsewhere.errors![0]!.extensions.code).not.toBe('RATE_LIMITED');
  });

  it('counts every aliased attempt in one request', async () => {
    const fourAttempts = `mutation ($input: SignInInput!) {
      a: signIn(input: $input) { capacities } b: signIn(input: $input) { capacities }
      ...MoreAttempts }
      fragment MoreAttempts on Mutation { c: signIn(input: $input) { capacities } d: signIn(input: $input) { capacities } }`;
    expectRateLimited(
      await send(fourAttempts, WRONG_PASSWORD, { ip: '203.0.113.3' }),
      /sign-in attempts/,
      600,
    );
  });

  it('limits each invitation and password-reset mutation on its own', async () => {
    const from = { ip: '203.0.113.4' };
    const requestReset = 'mutation { requestPasswordReset(email: "nobody@test.example") }';
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await send(requestReset, {}, from)).data).toEqual({ requestPasswordReset: true });
    }
    expectRateLimited(await send(requestReset, {}, from), /^Too many password reset requests from you/, 600);
    // Another mutation's count is its own.
    const signIn = await send(SIGN_IN, WRONG_PASSWORD, from);
    expect(signIn.errors![0]!.extensions.code).not.toBe('RATE_LIMITED');

    const reset = `mutation { resetPassword(input: { token: "made-up", password: "a long enough new password" }) { capacities } }`;
    const accept = reset.replace('resetPassword', 'acceptInvitation');
    const invite = `mutation { inviteAccount(input: { email: "new@test.example", displayName: "New" }) { path } }`;
    for (const [mutation, message] of [
      [reset, /^Too many password resets from you/],
      [accept, /^Too many attempts to accept an invitation from you/],
      [invite, /^Too many invitations from you/],
    ] as const) {
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const answered = await send(mutation, {}, { ip: '203.0.113.5', cookie });
        expect(answered.errors?.[0]?.extensions.code).not.toBe('RATE_LIMITED');
      }
      expectRateLimited(await send(mutation, {}, { ip: '203.0.113.5', cookie }), message, 600);
    }
  });

  it('limits costly queries per signed-in account, else per address', async () => {
    const signedIn = { ip: '203.0.113.6', cookie };
    expect((await send(COSTLY, {}, signedIn)).errors).toBeUndefined();
    expect((await send(COSTLY, {}, { ...signedIn, ip: '203.0.113.7' })).errors).toBeUndefined();
    expectRateLimited(
      await send(COSTLY, {}, signedIn),
      /^Too many large queries from you \(each costing 20,000 points or more\); smaller pages \(first\) cost less; try again in \d+ seconds\.$/,
      60,
    );
    // The same address without the session is another person; cheap queries are never counted.
    expect((await send(COSTLY, {}, { ip: '203.0.113.6' })).errors).toBeUndefined();
    expect((await send('{ me { capacities } }', {}, signedIn)).errors).toBeUndefined();
  });
});

describe('rate limits behind a reverse proxy (TRUST_PROXY)', () => {
  const PROXY = '10.0.0.5';
  const LIMITS = { AUTH_RATE_LIMIT: '2', AUTH_RATE_WINDOW_SECONDS: '600' };
  const apps: TestApp[] = [];

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  async function startWith(env: NodeJS.ProcessEnv = {}) {
    const t = await startTestApp({ env: { ...LIMITS, ...env } });
    apps.push(t);
    /** A failed sign-in arriving from `peer` with the X-Forwarded-For it was given; returns its error code. */
    return async (peer: string, forwardedFor?: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: peer,
        headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
        payload: { query: SIGN_IN, variables: WRONG_PASSWORD },
      });
      return response.json<Omit<GraphQLResponse, 'status'>>().errors![0]!.extensions.code;
    };
  }

  it('counts per forwarded client when the proxy is trusted, and ignores what others forward', async () => {
    const signIn = await startWith({ TRUST_PROXY: '10.0.0.0/8' });
    expect(await signIn(PROXY, '203.0.113.10')).not.toBe('RATE_LIMITED');
    expect(await signIn(PROXY, '203.0.113.10')).not.toBe('RATE_LIMITED');
    expect(await signIn(PROXY, '203.0.113.10')).toBe('RATE_LIMITED');
    // Another client behind the same proxy has its own count.
    expect(await signIn(PROXY, '203.0.113.11')).not.toBe('RATE_LIMITED');
    // A client that is not a trusted proxy cannot pass itself off as someone else: it counts as itself.
    expect(await signIn('198.51.100.7', '203.0.113.11')).not.toBe('RATE_LIMITED');
    expect(await signIn('198.51.100.7', '203.0.113.11')).not.toBe('RATE_LIMITED');
    expect(await signIn('198.51.100.7', '203.0.113.12')).toBe('RATE_LIMITED');
    expect(await signIn(PROXY, '203.0.113.11')).not.toBe('RATE_LIMITED');
  });

  it('with a hop count, takes the address the nearest proxy saw, not what the client wrote before it', async () => {
    const signIn = await startWith({ TRUST_PROXY: '1' });
    expect(await signIn(PROXY, '192.0.2.1, 203.0.113.20')).not.toBe('RATE_LIMITED');
    expect(await signIn(PROXY, '192.0.2.2, 203.0.113.20')).not.toBe('RATE_LIMITED');
    expect(await signIn(PROXY, '192.0.2.3, 203.0.113.20')).toBe('RATE_LIMITED');
    expect(await signIn(PROXY, '203.0.113.21')).not.toBe('RATE_LIMITED');
  });

  it('without TRUST_PROXY, counts everyone behind the proxy as the proxy', async () => {
    const signIn = await startWith();
    expect(await signIn(PROXY, '203.0.113.30')).not.toBe('RATE_LIMITED');
    expect(await signIn(PROXY, '203.0.113.31')).not.toBe('RATE_LIMITED');
    expect(await signIn(PROXY, '203.0.113.32')).toBe('RATE_LIMITED');
  });
});
