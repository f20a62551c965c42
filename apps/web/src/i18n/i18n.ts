// The dashboard's languages: every string lives in locales/{en,fr,es}.json, or, for the words the emails share (the
// vocabulary and the domain's reasons), in packages/texts/src/catalogue. The choice is remembered in the browser,
// reflected in <html lang> and the page title, and drives every date and number (see format.ts). Each file is
// served in sections (vite.config.ts): the sections every screen shares come before the first render, each screen's
// with its code, in the language in use only; choosing another language fetches its sections of the screens seen.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import shared from 'virtual:texts/app,nav,search,liveChanges,form,language,session,capacity,asOf,process,state,errors,notFound,routeError,matterStatus,health,milestoneKind,milestoneStatus,confidentiality,ownerRole,actionStatus,roleKind,organisationType,list,position,optionStage,stateOfPlayLink';
import type sharedEn from '../../../../packages/texts/src/catalogue/en.json';
import type en from './locales/en.json';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export type ScreenTexts = Record<Language, () => Promise<{ default: Partial<typeof en & typeof sharedEn> }>>;

/** Every group of sections registered so far: the shell's, then each screen's as its code loads. */
const registered: ScreenTexts[] = [shared];

/** Adds these groups' sections in one language (each fetched once: its module stays loaded). */
async function addSections(language: Language, groups: readonly ScreenTexts[]): Promise<void> {
  const modules = await Promise.all(groups.map((group) => group[language]()));
  for (const { default: texts } of modules)
    i18next.addResourceBundle(language, 'translation', texts, true, true);
}

/**
 * A screen's texts: its module calls this as it loads, and the router waits for it, so they are there, in the
 * language in use, before the screen renders. A language chosen later fetches them too.
 */
export async function addTexts(texts: ScreenTexts): Promise<void> {
  registered.push(texts);
  // Before initI18n, which adds every group registered by then.
  if (i18next.isInitialized) await addSections(currentLanguage(), [texts]);
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
  await addSections(language, registered);
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
      resources: {},
      lng: language,
      fallbackLng: 'en',
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false }, // React escapes
    });
  }
  await addSections(language, registered);
  await i18next.changeLanguage(language);
  document.documentElement.lang = currentLanguage();
  return i18next;
}
