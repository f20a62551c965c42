import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import texts from 'virtual:texts/searchDialog';
import { useAsOf } from '../app/as-of';
import { useProcessId } from '../app/process';
import { SearchDocument } from '../generated/search/search';
import { addTexts } from '../i18n/i18n';
import { errorText } from '../ui/errors';
import { Marked } from './Marked';
import { hitPath } from './search-links';

export const textsLoaded = addTexts(texts);

/** Typing pauses this long before the search is asked, so each key press does not cost a request. */
const PAUSE_MS = 150;

/**
 * The search, keyboard first: type, arrows choose, Enter opens, Escape closes. A combobox over a list of hits, best
 * first, with the words found marked; as of the day the screens show.
 */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const asOf = useAsOf();
  const processId = useProcessId();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const [active, setActive] = useState(0);

  useEffect(() => {
    const shown = dialog.current;
    // happy-dom and old browsers lack showModal: the dialog is then simply open.
    if (shown && !shown.open) shown.showModal?.();
  }, []);
  useEffect(() => {
    const timer = window.setTimeout(() => setAsked(text.trim()), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const [{ data, fetching, error }] = useQuery({
    query: SearchDocument,
    variables: { processId, text: asked, asOf: asOf.instant },
    pause: asked.length < 2 || !asOf.ready,
  });
  const hits = asked.length >= 2 ? (data?.process.search ?? []) : [];
  // A new answer starts the choice again at its best hit: set while rendering, not in an effect that a key pressed
  // before it runs would then undo.
  const [answered, setAnswered] = useState(data);
  if (answered !== data) {
    setAnswered(data);
    setActive(0);
  }

  const open = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onClose();
    void navigate(hitPath(hit, { processId, asOfDay: asOf.isLive ? undefined : asOf.day }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = hits.length - 1;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (active >= last ? 0 : active + 1),
      ArrowUp: () => (active <= 0 ? last : active - 1),
      Home: () => 0,
      End: () => last,
    };
    if (moves[event.key] && hits.length > 0) {
      event.preventDefault();
      setActive(moves[event.key]!());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(active);
    } else if (event.key === 'Escape') {
      // A search field would only clear itself on the first Escape: here Escape closes, as the hint says.
      event.preventDefault();
      onClose();
    }
  };
  const optionId = (index: number) => `${id}-hit-${index}`;
  const status = error
    ? errorText(error, t)
    : asked.length < 2
      ? t('searchDialog.typeMore')
      : fetching && !data
        ? t('searchDialog.searching')
        : hits.length === 0
          ? t('searchDialog.nothing', { text: asked })
          : t('searchDialog.found', { count: hits.length });

  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-heading`}>{asOf.isLive ? t('searchDialog.heading') : t('searchDialog.headingAsOf')}</h2>
      <input
        className="search-dialog__input"
        type="search"
        role="combobox"
        aria-label={t('searchDialog.label')}
        aria-describedby={`${id}-hint`}
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-hits`}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="muted search-dialog__hint">
        {t('searchDialog.hint')}
      </p>
      <ul
        id={`${id}-hits`}
        role="listbox"
        aria-label={t('searchDialog.hits')}
        className="search-dialog__hits"
      >
        {hits.map((hit, index) => (
          <li
            key={`${hit.kind}-${hit.id}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="search-hit"
            onMouseMove={() => setActive(index)}
            onClick={() => open(index)}
          >
            <span className="search-hit__kind">{t(`searchDialog.kind.${hit.kind}`)}</span>
            <span className="search-hit__title">
              <Marked text={hit.title} marks={hit.titleMarks} />
            </span>
            {hit.context && <span className="search-hit__context">{hit.context}</span>}
            {hit.excerpt && (
              <span className="search-hit__excerpt">
                <Marked text={hit.excerpt} marks={hit.excerptMarks} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="muted search-dialog__status" role="status">
        {status}
      </p>
      <button type="button" onClick={onClose}>
        {t('searchDialog.close')}
      </button>
    </dialog>
  );
}
