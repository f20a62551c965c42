// Types every t() key against the English resources (the dashboard's and the shared catalogue's): a missing or
// misspelt key fails the type check.
import 'i18next';
import type shared from '../../../../packages/texts/src/catalogue/en.json';
import type own from './locales/en.json';

type En = typeof own & typeof shared;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: En };
  }
}
