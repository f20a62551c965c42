import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, LANGUAGES } from '../i18n/i18n';

/**
 * One button per language, pressed for the one shown. A select switched the whole dashboard on every arrow key
 * (a change of context on input); a button changes it only when the reader chooses it.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const current = currentLanguage();
  return (
    <div className="language" role="group" aria-labelledby={id}>
      <span id={id}>{t('language.label')}</span>
      {LANGUAGES.map((language) => (
        // Each language is named in itself, so a reader finds theirs whatever is on screen now.
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => {
            if (language !== current) void chooseLanguage(language);
          }}
        >
          {t(`language.names.${language}`)}
        </button>
      ))}
    </div>
  );
}
