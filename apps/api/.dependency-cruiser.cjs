// The API's import direction, checked by `npm run lint` (docs/architecture.md, "Layers"):
//   common (a leaf) <- data access (database/, *.entity.ts, *.repository.ts) <- features <- entry points
// No folder may import one that imports it back. Violations that predate the rule are listed in
// .dependency-cruiser-known-violations.json and may only shrink: a new one fails the build.
const ENTRY_POINTS = '^src/(main|bootstrap|app\\.module)\\.ts$|^src/(cli|worker)/';
const DATA_ACCESS = '^src/database/|\\.(entity|repository)\\.ts$';
// Where statements may be written: repositories, entities, the database's own set-up, and common/database's tools.
const STATEMENTS = '^src/database/|^src/common/database/|\\.(entity|repository)\\.ts$';
const DATABASE_DRIVERS = 'node_modules/(typeorm|pg|@nestjs/typeorm)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules that import each other cannot be understood, tested or moved apart.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'common-is-a-leaf',
      comment: 'common/ holds what every feature may use; it knows no feature.',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: '^src/', pathNot: '^src/common/' },
    },
    {
      name: 'events-know-no-feature',
      comment:
        'Features announce their changes through events/ (the outbox) and the notification pipeline consumes them: ' +
        'events/ needs none of them (decision 35).',
      severity: 'error',
      from: { path: '^src/events/' },
      to: { path: '^src/', pathNot: '^src/(events|common)/' },
    },
    {
      name: 'data-access-knows-no-feature-logic',
      comment:
        'Entities and repositories read and write rows; services, resolvers and modules use them, not the reverse.',
      severity: 'error',
      from: { path: DATA_ACCESS },
      to: { path: '\\.(service|resolver|module|controller|listener)\\.ts$' },
    },
    {
      name: 'database-access-in-repositories',
      comment:
        'A reviewer finds every statement the product runs in a *.repository.ts: services begin transactions with ' +
        'UnitOfWork and hand the opaque Tx to repositories (decision 46). Modules may register entities.',
      severity: 'error',
      from: { path: '^src/', pathNot: `${STATEMENTS}|\\.module\\.ts$` },
      to: { path: DATABASE_DRIVERS },
    },
    {
      name: 'modules-only-register-entities',
      severity: 'error',
      from: { path: '\\.module\\.ts$' },
      to: { path: 'node_modules/(typeorm|pg)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'only-repositories-run-a-transaction-s-statements',
      comment: 'managerOf turns a Tx back into statements: for repositories only.',
      severity: 'error',
      from: { path: '^src/', pathNot: STATEMENTS },
      to: { path: '^src/common/database/tx-manager\\.ts$' },
    },
    {
      name: 'entry-points-are-not-imported',
      comment: 'The API and worker entry points compose features; a feature never reaches back into one.',
      severity: 'error',
      from: { path: '^src/', pathNot: ENTRY_POINTS },
      to: { path: ENTRY_POINTS },
    },
    {
      name: 'no-test-code-in-the-product',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^test/|\\.spec\\.ts$' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
  },
};
