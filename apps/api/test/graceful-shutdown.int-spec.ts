import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { API_PACKAGE_ROOT } from '../src/config/paths';
import { freePort } from '../src/database/embedded-postgres';
import { eventually } from './support/smtp-catcher';
import { createTestDatabase, type TestDatabase } from './support/test-run';

const API_ENTRY = path.join(API_PACKAGE_ROOT, 'dist', 'main.js');

/** Whether a new TCP connection to the port is accepted right now. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * The built API (`npm run build` first), as production runs it, told to stop (SIGTERM, what Kubernetes and
 * `docker stop` send) while a request is in flight: the request is held by a table lock this test takes.
 */
describe('the API on SIGTERM', () => {
  let database: TestDatabase;
  let locker: Client;
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    database = await createTestDatabase();
    locker = new Client({ connectionString: database.url });
    await locker.connect();
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await locker?.end();
    await database?.drop();
  });

  it('stops accepting connections, finishes the request in flight, then exits 0', async () => {
    expect(fs.existsSync(API_ENTRY)).toBe(true);
    const port = await freePort();
    child = spawn(process.execPath, [API_ENTRY], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        HOST: '127.0.0.1',
        PORT: String(port),
        PREPCOM_WEB_DIST: '/nonexistent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => (output += chunk.toString());
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    await eventually(
      async () => {
        if (child!.exitCode !== null) throw new Error(`The API exited with ${child!.exitCode}:\n${output}`);
        return (await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null))?.status;
      },
      (status) => status === 200,
    );

    // Hold every read of the process table until this transaction ends.
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE process IN ACCESS EXCLUSIVE MODE');
    let settled = false;
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Slow { process { title } }' }),
    }).finally(() => (settled = true));
    // Waiting for the lock (while PostgreSQL parses it, the statement still shows the connection's previous one).
    await eventually(
      async () =>
        (
          await locker.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
        ).rows[0]!.n,
      (waiting) => waiting === '1',
    );

    child.kill('SIGTERM');
    await eventually(
      () => accepts(port),
      (accepted) => !accepted,
      10_000,
    );
    expect(settled).toBe(false);
    expect(child.exitCode).toBeNull();

    await locker.query('COMMIT');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toHaveProperty('data');
    expect(await exited).toBe(0);
    // The pool closed after the request was answered, not under it.
    expect(output).not.toMatch(/"level":"error"/);
  });
});
