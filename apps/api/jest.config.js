// Unit tests sit beside the code (src/**/*.spec.ts); integration tests against a real PostgreSQL with the real
// migrations live in test/ (*.int-spec.ts). The global setup makes one migrated template database per run.
module.exports = require('@prepcom/jest-config')({
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '\\.(spec|int-spec)\\.ts$',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // A limit that catches a hang, not a slow machine: on 2 busy cores the scale-out test alone takes minutes. Waits
  // inside tests poll for what they expect with deadlines of their own.
  testTimeout: 600_000,
  esmPackages: ['content-disposition', 'mercurius', 'quick-lru', '@fastify/cookie', 'cookie'],
});
