import fs from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for the dashboard. One operation per `.graphql` file, beside the screen that uses it.
// The output in src/generated/ is committed and never edited by hand: run `npm run codegen` after changing
// an operation or when the API's schema (apps/api/schema.gql) changes.
//
// - src/generated/graphql.ts: the types of every operation (and the enums and inputs they use);
// - src/generated/<folder>/<file>.ts: each operation file's document, typed against those types.
// Each screen imports its own documents from their own module, so a bundler puts them in that screen's chunk: one
// module holding every document would land whole in the first screen's JavaScript.

const OPERATIONS = 'src';
const GENERATED = 'src/generated';

function operationFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : operationFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

const typeConfig = {
  useTypeImports: true,
  // Enums as string-literal unions (what `enumsAsTypes: true` was called before client-preset 5);
  // they match the SCREAMING_CASE values of @prepcom/domain.
  enumType: 'string-literal',
  strictScalars: true,
  scalars: { DateTime: 'string', LocalDate: 'string', JSON: 'unknown' },
};

const documentModules = Object.fromEntries(
  operationFiles(OPERATIONS).map((file) => {
    const output = path.posix.join(
      GENERATED,
      path.posix.relative(OPERATIONS, file).replace(/\.graphql$/, '.ts'),
    );
    const types = path.posix.relative(path.posix.dirname(output), path.posix.join(GENERATED, 'graphql'));
    return [
      output,
      {
        documents: [file],
        plugins: [
          { add: { content: `/* eslint-disable */\nimport type * as Types from '${types}';` } },
          'typed-document-node',
        ],
        config: { ...typeConfig, importOperationTypesFrom: 'Types' },
      },
    ];
  }),
);

const config: CodegenConfig = {
  schema: '../api/schema.gql',
  ignoreNoDocuments: false,
  generates: {
    [`${GENERATED}/graphql.ts`]: {
      documents: [`${OPERATIONS}/**/*.graphql`],
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-operations'],
      config: typeConfig,
    },
    ...documentModules,
  },
};

export default config;
