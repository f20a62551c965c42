// The dashboard's languages: every string lives in locales/{en,fr,es}.json. The choice is remembered in the browser,
// reflected in <html lang> and the page title, and drives every date and number (see format.ts). English is in the
// first screen's code (and the fallback); French and Spanish are loaded when chosen.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: typeof en }>> = {
  fr: () => import('./locales/fr.json'),
  es: () => import('./locales/es.json'),
};

/** Makes the language's texts available; the first time for French or Spanish, it fetches them. */
async function load(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', (await LOADERS[language]()).default);
}

const STORAGE_KEY = 'prepcom.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The remembered choice, else the first of the browser's preferred languages we have, else English. */
export function initialLanguage(
  stored: string | null = readStored(),
  preferred: readonly string[] = navigator.languages ?? [navigator.language],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the browser's preference still applies
  }
}

function remember(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits, but the switch still works for this one.
  }
}

/** The language in use, narrowed to one we have. */
export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage;
  return isLanguage(language) ? language : 'en';
}

export async function chooseLanguage(language: Language): Promise<void> {
  await load(language);
  await i18next.changeLanguage(language);
  remember(language);
}

/** Initialises the shared i18next instance in the language given, its texts loaded, before anything renders. */
export async function initI18n(language: Language = initialLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', () => {
      document.documentElement.lang = currentLanguage();
    });
    await i18next.use(initReactI18next).init({
      resources: { en: { translation: en } },
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false }, // React escapes
    });
  }
  await load(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = currentLanguage();
  return i18next;
}
