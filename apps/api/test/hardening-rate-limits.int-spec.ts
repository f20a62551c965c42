import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { capacities } }`;
const WRONG_PASSWORD = { input: { email: 'nobody@test.example', password: 'not the password' } };
const wrongPasswordFor = (email: string) => ({ input: { email, password: 'not the password' } });
const ADMINISTRATOR = { email: 'admin@test.example', password: 'a long enough test password' };
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
        SIGN_IN_FAILURES_PER_ACCOUNT: '3',
        SIGN_IN_FAILURES_PER_ADDRESS: '6',
        COSTLY_QUERY_RATE_LIMIT: '2',
        COSTLY_QUERY_RATE_WINDOW_SECONDS: '60',
      },
    });
    cookie = await signInAdministrator(t);
  });

  afterAll(() => t.close());

  const send = (query: string, variables: Record<string, unknown>, from: From) =>
    sendTo(t, query, variables, from);

  it('pauses an account after its failed sign-ins, from whichever address, and says when to try again', async () => {
    const email = 'guessed@test.example';
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      const refused = await send(SIGN_IN, wrongPasswordFor(email), { ip });
      expect(refused.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
      expect(refused.retryAfter).toBeUndefined();
    }
    expectThrottled(
      await send(SIGN_IN, wrongPasswordFor(email.toUpperCase()), { ip: '203.0.113.4' }),
      'ACCOUNT',
      /^Too many failed sign-ins to this account; try again in 10 minutes, or reset the password\.$/,
      600,
    );
    // Someone else at the same address is not paused.
    const colleague = await send(SIGN_IN, wrongPasswordFor('colleague@test.example'), { ip: '203.0.113.1' });
    expect(colleague.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
  });

  it('allows an address far more failures than an account, then pauses the address', async () => {
    const from = { ip: '203.0.113.9' };
    for (let person = 1; person <= 6; person += 1) {
      const refused = await send(SIGN_IN, wrongPasswordFor(`delegate${person}@test.example`), from);
      expect(refused.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    }
    expectThrottled(
      await send(SIGN_IN, wrongPasswordFor('delegate7@test.example'), from),
      'ADDRESS',
      /^Too many failed sign-ins from your network address; try again in 10 minutes\.$/,
      600,
    );
  });

  it('does not count a right password as a failure', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const signedIn = await send(SIGN_IN, { input: ADMINISTRATOR }, { ip: '203.0.113.10' });
      expect(signedIn.errors).toBeUndefined();
    }
  });

  it('counts every aliased attempt in one request', async () => {
    const fourAttempts = `mutation {
      a: requestPasswordReset(email: "x@test.example") b: requestPasswordReset(email: "x@test.example")
      ...MoreAttempts }
      fragment MoreAttempts on Mutation {
        c: requestPasswordReset(email: "x@test.example") d: requestPasswordReset(email: "x@test.example") }`;
    expectRateLimited(await send(fourAttempts, {}, { ip: '203.0.113.3' }), /password reset requests/, 600);
  });

  it('limits each invitation and password-reset mutation on its own', async () => {
    const from = { ip: '203.0.113.4' };
    const requestReset = 'mutation { requestPasswordReset(email: "nobody@test.example") }';
    const signInBefore = await send(SIGN_IN, WRONG_PASSWORD, from);
    expect(signInBefore.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await send(requestReset, {}, from)).data).toEqual({ requestPasswordReset: true });
    }
    expectRateLimited(await send(requestReset, {}, from), /^Too many password reset requests from you/, 600);
    // Another mutation's count is its own.
    const signIn = await send(SIGN_IN, WRONG_PASSWORD, from);
    expect(signIn.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');

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
  const LIMITS = {
    SIGN_IN_FAILURES_PER_ADDRESS: '2',
    SIGN_IN_FAILURES_PER_ACCOUNT: '1000',
    AUTH_RATE_WINDOW_SECONDS: '600',
  };
  const apps: TestApp[] = [];

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  async function startWith(env: NodeJS.ProcessEnv = {}) {
    const t = await startTestApp({ env: { ...LIMITS, ...env } });
    apps.push(t);
    /** A failed sign-in arriving from `peer` with the X-Forwarded-For it was given; returns its error code. */
    // RATE_LIMITED below stands for the sign-in throttle's code, SIGN_IN_THROTTLED.
    return async (peer: string, forwardedFor?: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: peer,
        headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
        payload: { query: SIGN_IN, variables: WRONG_PASSWORD },
      });
      const code = response.json<Omit<GraphQLResponse, 'status'>>().errors![0]!.extensions.code;
      return code === 'SIGN_IN_THROTTLED' ? 'RATE_LIMITED' : code;
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

type From = { ip: string; cookie?: string };

/** One GraphQL request from a given address, optionally signed in. */
async function sendTo(t: TestApp, query: string, variables: Record<string, unknown>, from: From) {
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

async function signInAdministrator(t: TestApp): Promise<string> {
  const db = new Client({ connectionString: t.database.url });
  await db.connect();
  try {
    await db.query(
      `INSERT INTO account (email, password_hash, display_name, participant_id, account_role)
       VALUES ($1, $2, 'Administrator', NULL, 'ADMINISTRATOR')`,
      [ADMINISTRATOR.email, await hash(ADMINISTRATOR.password)],
    );
  } finally {
    await db.end();
  }
  const response = await sendTo(t, SIGN_IN, { input: ADMINISTRATOR }, { ip: '198.51.100.1' });
  return response.setCookie.find((value) => value.startsWith('prepcom_session='))!.split(';')[0]!;
}

type Sent = Awaited<ReturnType<typeof sendTo>>;

function expectRateLimited(response: Sent, message: RegExp, windowSeconds: number) {
  expect(response.status).toBe(429);
  expect(response.data).toBeNull();
  expect(response.errors!.map((error) => error.extensions.code)).toEqual(['RATE_LIMITED']);
  expect(response.errors![0]!.message).toMatch(message);
  expect(Number(response.retryAfter)).toBeGreaterThan(0);
  expect(Number(response.retryAfter)).toBeLessThanOrEqual(windowSeconds);
}

function expectThrottled(response: Sent, scope: string, message: RegExp, windowSeconds: number) {
  expect(response.status).toBe(429);
  expect(response.data).toBeNull();
  expect(response.errors!.map((error) => error.extensions.code)).toEqual(['SIGN_IN_THROTTLED']);
  expect(response.errors![0]!.extensions).toMatchObject({
    scope,
    retryAfterSeconds: Number(response.retryAfter),
  });
  expect(response.errors![0]!.message).toMatch(message);
  expect(Number(response.retryAfter)).toBeGreaterThan(0);
  expect(Number(response.retryAfter)).toBeLessThanOrEqual(windowSeconds);
}

describe('rate limits shared by every API replica', () => {
  const apps: TestApp[] = [];

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('counts failed sign-ins and costly queries once across two API instances on one Redis prefix', async () => {
    const env = {
      QUEUE_PREFIX: `shared-limits-${randomBytes(4).toString('hex')}`,
      SIGN_IN_FAILURES_PER_ACCOUNT: '3',
      SIGN_IN_FAILURES_PER_ADDRESS: '1000',
      COSTLY_QUERY_RATE_LIMIT: '2',
    };
    apps.push(await startTestApp({ env }), await startTestApp({ env }));
    const [a, b] = apps as [TestApp, TestApp];
    const email = 'spread@test.example';
    for (const [replica, ip] of [
      [a, '203.0.113.40'],
      [b, '203.0.113.41'],
      [a, '203.0.113.42'],
    ] as const) {
      const failed = await sendTo(replica, SIGN_IN, wrongPasswordFor(email), { ip });
      expect(failed.errors![0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    }
    for (const replica of [b, a]) {
      expectThrottled(
        await sendTo(replica, SIGN_IN, wrongPasswordFor(email), { ip: '203.0.113.43' }),
        'ACCOUNT',
        /^Too many failed sign-ins to this account/,
        900,
      );
    }

    const from = { ip: '203.0.113.44' };
    expect((await sendTo(a, COSTLY, {}, from)).errors).toBeUndefined();
    expect((await sendTo(b, COSTLY, {}, from)).errors).toBeUndefined();
    expectRateLimited(await sendTo(a, COSTLY, {}, from), /^Too many large queries from you/, 60);
    expectRateLimited(await sendTo(b, COSTLY, {}, from), /^Too many large queries from you/, 60);
  });
});
