import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for the dashboard. One operation per `.graphql` file, beside the screen that uses it.
// The output in src/generated/ is committed and never edited by hand: run `npm run codegen` after changing
// an operation or when the API's schema (apps/api/schema.gql) changes.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Enums as string-literal unions (what `enumsAsTypes: true` was called before client-preset 5);
        // they match the SCREAMING_CASE values of @prepcom/domain.
        enumType: 'string-literal',
        strictScalars: true,
        scalars: { DateTime: 'string', LocalDate: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
