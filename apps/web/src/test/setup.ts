import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { chooseLanguage, initI18n } from '../i18n/i18n';

// The reader is in UTC, wherever the machine is (Node applies a new TZ at once, Intl's default zone included).
process.env.TZ = 'UTC';

await initI18n('en');

// Screens are lazy routes: their first import takes about a second here and can take well over five on a machine
// busy with other work. The waits poll for what the test expects, so a long limit costs nothing when all is well.
configure({ asyncUtilTimeout: 30_000 });

// Every test starts at the same instant, whatever the machine's clock says (a Saturday morning in Geneva, with the
// sample process's meetings in the past and the invitations' fixtures in the future). Only Date is replaced: timers,
// and Testing Library's waits with them, run as usual. A test that needs another instant calls vi.setSystemTime.
const TEST_NOW = new Date('2026-11-28T09:00:00Z');

// Every test starts in English, with nothing remembered, at the root address.
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW });
  localStorage.clear();
  await chooseLanguage('en');
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});
