import { defineConfig } from 'vitest/config';

// Browser tests: Chromium against the built product (see e2e/support). One product for all files, one file at a
// time (a single browser and a shared database); run after `npx turbo run build`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
