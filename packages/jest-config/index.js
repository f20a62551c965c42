// One Jest preset for every backend package: SWC compiles TypeScript (about 3x faster than ts-jest) and keeps the
// decorator metadata NestJS and TypeORM read at run time.
/** @type {(overrides?: import('jest').Config) => import('jest').Config} */
module.exports = function jestConfig(overrides = {}) {
  return {
    testEnvironment: 'node',
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            target: 'es2022',
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    moduleFileExtensions: ['ts', 'js', 'json'],
    ...overrides,
  };
};
