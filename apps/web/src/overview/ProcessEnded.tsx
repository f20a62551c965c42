import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { asOfSearch, useAsOf } from '../app/as-of';
import { useFormat } from '../i18n/format';

interface Props {
  title: string;
  decidingMeeting: { title: string } | null;
  eve: string | null;
}

/**
 * A process that is over says so first, and offers what is worth seeing in it: how things stood on the eve of the
 * meeting that decided, when every decision was still open (today, nothing is).
 */
export function ProcessEnded({ title, decidingMeeting, eve }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const asOf = useAsOf();
  return (
    <section className="panel process-ended" aria-labelledby="process-ended-title">
      <h2 id="process-ended-title">{t('processEnded.title', { title })}</h2>
      {decidingMeeting && eve ? (
        <p>
          {t('processEnded.replayWhy', { meeting: decidingMeeting.title })}{' '}
          <Link
            className="button-link"
            to={{ pathname: '/', search: asOfSearch({ processId: asOf.processId, isLive: false, day: eve }) }}
          >
            {t('processEnded.replay', { date: format.calendarDay(eve) })}
          </Link>
        </p>
      ) : (
        <p>{t('processEnded.noReplay')}</p>
      )}
    </section>
  );
}
