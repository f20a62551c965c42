// The fast tier: the unit tests beside the code (src/**/*.spec.ts), pure functions and helpers that need neither
// Nest nor PostgreSQL nor Redis, so no template database is made: `npm run test:fast` gives feedback in seconds.
// The integration tier (test/*.int-spec.ts, real PostgreSQL and Redis, with the real migrations) runs in `npm test`.
const { globalSetup, globalTeardown, ...all } = require('./jest.config');

module.exports = { ...all, roots: ['<rootDir>/src'], testRegex: '\\.spec\\.ts$' };
