// Shared ESLint presets: `base` for every TypeScript package, `node` for server code, `react` for the web app.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export const base = tseslint.config(
  { ignores: ['dist/**', 'coverage/**', '**/generated/**', '*.config.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  prettier,
);

export const node = [
  ...base,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      // NestJS and TypeORM read types from decorator metadata: an import used only in a decorated signature is a
      // runtime import, and the lint rules must know it.
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
  },
];

export const react = [...base, { languageOptions: { globals: { ...globals.browser } } }];
