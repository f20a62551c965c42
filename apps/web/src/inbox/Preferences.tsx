import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { DeliveryFrequency, NotificationKind } from '../generated/graphql';
import { NotificationPreferencesDocument } from '../generated/inbox/notificationPreferences';
import { SetMyLanguageDocument } from '../generated/inbox/setMyLanguage';
import { SetNotificationPreferenceDocument } from '../generated/inbox/setNotificationPreference';
import { isLanguage, LANGUAGES } from '../i18n/i18n';
import { errorText } from '../ui/errors';
import { FieldProblems } from '../ui/FieldProblems';
import { ErrorPanel, LoadingPanel } from '../ui/StatePanels';

export const FREQUENCIES: readonly DeliveryFrequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER'];

/**
 * How the person hears of each kind of event by email, and in which language. Each choice is saved as it is made;
 * the server has the last word (the readiness report cannot go out at once) and its refusal is shown next to the
 * control, which goes back to what is saved.
 */
export function Preferences() {
  const { t } = useTranslation();
  const id = useId();
  const [{ data, error }, reexecute] = useQuery({ query: NotificationPreferencesDocument });
  const [, setPreference] = useMutation(SetNotificationPreferenceDocument);
  const [, setLanguage] = useMutation(SetMyLanguageDocument);
  const [problems, setProblems] = useState<Partial<Record<NotificationKind | 'language', string>>>({});
  // What the person chose while the server has not answered yet; the saved value shows again after a refusal.
  const [pending, setPending] = useState<Partial<Record<NotificationKind | 'language', string>>>({});
  const [answered, setAnswered] = useState<typeof data>(undefined);
  const [saved, setSaved] = useState('');
  const shown = answered ?? data;

  const settle = (key: NotificationKind | 'language', problem: string | undefined) => {
    setPending(({ [key]: _settled, ...others }) => others);
    setProblems((previous) => ({ ...previous, [key]: problem }));
  };

  const choose = async (kind: NotificationKind, frequency: DeliveryFrequency) => {
    setSaved('');
    setPending((previous) => ({ ...previous, [kind]: frequency }));
    const result = await setPreference({ kind, frequency });
    if (result.data && shown)
      setAnswered({ ...shown, notificationPreferences: result.data.setNotificationPreference });
    settle(kind, result.error ? errorText(result.error, t) : undefined);
    if (!result.error) {
      setSaved(
        t('preferences.saved', {
          kind: t(`notificationKind.${kind}.name`),
          frequency: t(`frequency.${frequency}`),
        }),
      );
    }
  };

  const chooseLanguage = async (language: string) => {
    setSaved('');
    setPending((previous) => ({ ...previous, language }));
    const result = await setLanguage({ language });
    const account = result.data?.setMyLanguage.account;
    if (account && shown) setAnswered({ ...shown, me: { account } });
    settle('language', result.error ? errorText(result.error, t) : undefined);
    if (!result.error && isLanguage(language)) {
      setSaved(t('preferences.languageSaved', { language: t(`language.names.${language}`) }));
    }
  };

  const described = (key: NotificationKind | 'language', hint: string) =>
    problems[key] ? `${id}-${key}-problem` : hint;

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('preferences.heading')}</h2>
      <p className="muted">{t('preferences.intro')}</p>
      {error && <ErrorPanel error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!shown && !error && <LoadingPanel label={t('preferences.loading')} />}
      {shown && (
        <form
          className="preferences"
          aria-label={t('preferences.heading')}
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="preferences__row">
            <div className="preferences__what">
              <label htmlFor={`${id}-language`}>{t('preferences.language')}</label>
              <span id={`${id}-language-hint`} className="form__hint">
                {t('preferences.languageHint')}
              </span>
            </div>
            <div>
              <select
                id={`${id}-language`}
                value={pending.language ?? shown.me.account?.language ?? 'en'}
                aria-invalid={problems.language ? true : undefined}
                aria-describedby={described('language', `${id}-language-hint`)}
                onChange={(event) => void chooseLanguage(event.target.value)}
              >
                {LANGUAGES.map((language) => (
                  <option key={language} value={language} lang={language}>
                    {t(`language.names.${language}`)}
                  </option>
                ))}
              </select>
              <FieldProblems
                id={`${id}-language-problem`}
                messages={problems.language ? [problems.language] : undefined}
              />
            </div>
          </div>
          {shown.notificationPreferences.map((preference) => {
            const hint = `${id}-${preference.kind}-hint`;
            return (
              <div key={preference.kind} className="preferences__row">
                <div className="preferences__what">
                  <label htmlFor={`${id}-${preference.kind}`}>
                    {t(`notificationKind.${preference.kind}.name`)}
                  </label>
                  <span id={hint} className="form__hint">
                    {t(`notificationKind.${preference.kind}.about`)}
                    {preference.isDefault && ` ${t('preferences.isDefault')}`}
                  </span>
                </div>
                <div>
                  <select
                    id={`${id}-${preference.kind}`}
                    value={pending[preference.kind] ?? preference.frequency}
                    aria-invalid={problems[preference.kind] ? true : undefined}
                    aria-describedby={described(preference.kind, hint)}
                    onChange={(event) =>
                      void choose(
                        preference.kind,
                        FREQUENCIES.find((f) => f === event.target.value) ?? 'NEVER',
                      )
                    }
                  >
                    {FREQUENCIES.map((frequency) => (
                      <option key={frequency} value={frequency}>
                        {t(`frequency.${frequency}`)}
                      </option>
                    ))}
                  </select>
                  <FieldProblems
                    id={`${id}-${preference.kind}-problem`}
                    messages={problems[preference.kind] ? [problems[preference.kind]!] : undefined}
                  />
                </div>
              </div>
            );
          })}
          <p className="visually-hidden" role="status">
            {saved}
          </p>
          {saved && (
            <p className="saved" aria-hidden="true">
              {saved}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
