// Runs before the browser tests (`npm run test:e2e`, part of `npm test`): they drive Debian's Chromium, which a fresh
// machine does not have. Installs it when the machine allows it (root with apt-get, as in CI and the project's
// containers); otherwise says exactly what to run, and fails before any test starts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import process from 'node:process';

const DEFAULT = '/usr/bin/chromium';
const chosen = process.env.CHROMIUM_PATH;
const executable = chosen ?? DEFAULT;

const runs = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const fail = (message) => {
  console.error(`\nThe browser tests need Chromium: ${message}\n`);
  process.exit(1);
};
const apt = (...args) =>
  spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  }).status === 0;

if (!runs(executable)) {
  if (chosen) fail(`CHROMIUM_PATH is ${chosen}, and there is no program there.`);
  const root = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!root || !hasApt) {
    fail(
      `${DEFAULT} is missing. Install Debian's package (\`sudo apt-get install -y chromium\`; on Ubuntu, Chromium ` +
        `from a .deb, not the snap), or point CHROMIUM_PATH at a Chromium or Chrome, then run the tests again.`,
    );
  }
  console.log(
    `${DEFAULT} is missing: installing Debian's Chromium (apt-get install -y chromium, about a minute).`,
  );
  if (!apt('update') || !apt('install', '-y', 'chromium') || !runs(DEFAULT)) {
    fail(`\`apt-get install -y chromium\` did not install ${DEFAULT}; see apt's messages above.`);
  }
}
