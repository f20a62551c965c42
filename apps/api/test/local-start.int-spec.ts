import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/database/embedded-postgres';
import { API_PACKAGE_ROOT } from '../src/config/paths';

const LOCAL_ENTRY = path.join(API_PACKAGE_ROOT, 'dist', 'cli', 'local.js');

let output = '';

/** Resolves once the process has printed `line`; rejects if it exits first or takes longer than `ms`. */
function waitForLine(child: ChildProcess, line: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (line.test(output)) return resolve();
    const timer = setTimeout(() => reject(new Error(`No "${line}" within ${ms} ms:\n${output}`)), ms);
    const onData = () => {
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
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      PREPCOM_DATA_DIR: dataDir,
      QUEUE_PREFIX: `prepcom-start-test-${port}`,
    };
    delete env.DATABASE_URL;
    delete env.SMTP_URL;
    child = spawn(process.execPath, [LOCAL_ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => (output += chunk.toString());
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    await waitForLine(child, /GraphQL: http:\/\/localhost:\d+\/graphql/, 90_000);
    await waitForLine(child, /\[prepcom worker\] relaying/, 30_000);
    // The API and the worker connect as a role that can only append to the audit trail, not as the owner.
    expect(output).toMatch(/connect as prepcom_app, which can only append to the audit trail/);

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

    // A printed sample account signs in, and the worker mails what it does to the local mailbox.
    const password = /isu@prepcom\.local\s+(\S+)/.exec(output)![1]!;
    const graphql = async <T = unknown>(
      query: string,
      variables: Record<string, unknown>,
      cookie?: string,
    ) => {
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return {
        cookie: answer.headers.get('set-cookie')?.split(';')[0],
        body: (await answer.json()) as { data: T },
      };
    };
    const { cookie } = await graphql(
      `
        mutation ($i: SignInInput!) {
          signIn(input: $i) {
            capacities
          }
        }
      `,
      {
        i: { email: 'isu@prepcom.local', password },
      },
    );
    const { body: listed } = await graphql<{
      process: { id: string; milestones: { edges: { node: { id: string } }[] } };
    }>(
      `
        {
          process {
            id
            milestones(kinds: [DEADLINE]) {
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      `,
      {},
      cookie,
    );
    const created = await graphql<{ createMatter: { id: string } }>(
      `
        mutation ($i: CreateMatterInput!) {
          createMatter(input: $i) {
            id
          }
        }
      `,
      {
        i: {
          processId: listed.data.process.id,
          title: 'A matter for the mailbox',
          decidingMilestoneId: listed.data.process.milestones.edges[0]!.node.id,
        },
      },
      cookie,
    );
    const matterId = created.body.data.createMatter.id;
    await graphql(
      `
        mutation ($i: CreateOptionInput!) {
          createOption(input: $i) {
            id
          }
        }
      `,
      { i: { matterId, text: 'Option A' } },
      cookie,
    );
    await graphql(
      `
        mutation ($i: MoveMatterInput!) {
          moveMatter(input: $i) {
            status
          }
        }
      `,
      { i: { matterId, to: 'OPTIONS_DEVELOPING' } },
      cookie,
    );
    const mailbox = path.join(dataDir, 'mail');
    const deadline = Date.now() + 30_000;
    let mails: string[] = [];
    while (Date.now() < deadline) {
      mails = fs.existsSync(mailbox) ? fs.readdirSync(mailbox) : [];
      if (
        mails.some((file) =>
          fs.readFileSync(path.join(mailbox, file), 'utf8').includes('A matter for the mailbox'),
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(
      mails.some((file) =>
        fs.readFileSync(path.join(mailbox, file), 'utf8').includes('A matter for the mailbox'),
      ),
    ).toBe(true);
  });
});
