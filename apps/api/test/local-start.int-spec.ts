import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/database/embedded-postgres';
import { API_PACKAGE_ROOT } from '../src/config/paths';

const LOCAL_ENTRY = path.join(API_PACKAGE_ROOT, 'dist', 'cli', 'local.js');

/** Resolves once the process prints `line`; rejects if it exits first or takes longer than `ms`. */
function waitForLine(child: ChildProcess, line: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`No "${line}" within ${ms} ms:\n${output}`)), ms);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (line.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Exited with ${code} before "${line}":\n${output}`));
    });
  });
}

/**
 * The README's start path with nothing configured: the built product starts an embedded PostgreSQL in an empty
 * data folder, migrates, seeds and serves. (The rest of the suite runs on DATABASE_URL when CI sets it.)
 */
describe('npm start on the embedded default', () => {
  let child: ChildProcess | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prepcom-start-'));

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the sample data at /graphql from an empty data folder', async () => {
    expect(fs.existsSync(LOCAL_ENTRY)).toBe(true);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PREPCOM_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    child = spawn(process.execPath, [LOCAL_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    await waitForLine(child, /GraphQL: http:\/\/localhost:\d+\/graphql/, 90_000);

    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ process { title milestones(kinds: [INFORMAL_DIALOGUE]) { edges { node { room startsAtLocal } } } } }',
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: {
        process: {
          title: string;
          milestones: { edges: { node: { room: string; startsAtLocal: string } }[] };
        };
      };
    };
    expect(body.data.process.title).toMatch(/First Review Conference/);
    expect(body.data.process.milestones.edges[0]!.node).toEqual({
      room: 'Room VII',
      startsAtLocal: '2002-06-27T15:00:00+02:00',
    });
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    // The dashboard is served from the same origin, and client-side routes fall back to it.
    for (const page of ['/', '/timeline']) {
      const html = await (await fetch(`http://127.0.0.1:${port}${page}`)).text();
      expect(html).toMatch(/<title>prepcom/);
    }
  }, 120_000);
});
