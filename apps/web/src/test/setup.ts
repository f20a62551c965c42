import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n/i18n';

await initI18n('en');

// Screens are lazy routes: their first import can take more than the default second on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

// Every test starts in English, with nothing remembered, at the root address.
beforeEach(async () => {
  localStorage.clear();
  await chooseLanguage('en');
  localStorage.clear();
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});
