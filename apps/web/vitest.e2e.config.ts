import { defineConfig } from 'vitest/config';

// Browser tests: Chromium against the built product (see e2e/support). One product for all files, one file at a
// time (a single browser and a shared database); run after `npx turbo run build`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    fileParallelism: false,
    // Limits that catch a hang, not a slow machine: under a load of 30 on 2 cores one journey step took over a minute,
    // and expect.poll's default of one second gave up on screens that were still coming.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 60_000 } },
  },
});
