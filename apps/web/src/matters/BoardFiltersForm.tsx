import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type BoardFilters, HEALTHS, type Owner } from './filters';

interface Props {
  value: BoardFilters;
  onChange: (filters: BoardFilters) => void;
  milestones: readonly { id: string; shortTitle: string }[];
  owners: readonly Owner[];
}

/** Filters apply as soon as they change; every one is a plain form control, so the keyboard reaches them all. */
export function BoardFiltersForm({ value, onChange, milestones, owners }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const change = (patch: Partial<BoardFilters>) => onChange({ ...value, ...patch });
  return (
    <form
      className="filters"
      aria-label={t('board.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="filters__field">
        <label htmlFor={`${id}-milestone`}>{t('board.filters.milestone')}</label>
        <select
          id={`${id}-milestone`}
          value={value.milestoneId ?? ''}
          onChange={(event) => change({ milestoneId: event.target.value || null })}
        >
          <option value="">{t('board.filters.anyMilestone')}</option>
          {milestones.map((m) => (
            <option key={m.id} value={m.id}>
              {m.shortTitle}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-health`}>{t('board.filters.health')}</label>
        <select
          id={`${id}-health`}
          value={value.health ?? ''}
          aria-describedby={`${id}-health-hint`}
          onChange={(event) => change({ health: HEALTHS.find((h) => h === event.target.value) ?? null })}
        >
          <option value="">{t('board.filters.anyHealth')}</option>
          {HEALTHS.map((health) => (
            <option key={health} value={health}>
              {t(`health.${health}`)}
            </option>
          ))}
        </select>
        <span id={`${id}-health-hint`} className="filters__hint">
          {t('board.filters.healthHint')}
        </span>
      </div>
      <div className="filters__field">
        <label htmlFor={`${id}-owner`}>{t('board.filters.owner')}</label>
        <select
          id={`${id}-owner`}
          value={value.owner ?? ''}
          aria-describedby={`${id}-owner-hint`}
          onChange={(event) => change({ owner: event.target.value || null })}
        >
          <option value="">{t('board.filters.anyOwner')}</option>
          {owners.map((owner) => (
            <option key={owner.key} value={owner.key}>
              {'participant' in owner ? owner.participant : t(`ownerRole.${owner.role}`)}
            </option>
          ))}
        </select>
        <span id={`${id}-owner-hint`} className="filters__hint">
          {t('board.filters.ownerHint')}
        </span>
      </div>
      <div className="filters__check">
        <input
          id={`${id}-open`}
          type="checkbox"
          checked={value.openOnly}
          onChange={(event) => change({ openOnly: event.target.checked })}
        />
        <label htmlFor={`${id}-open`}>{t('board.filters.openOnly')}</label>
      </div>
      {(value.milestoneId || value.health || value.owner || value.openOnly) && (
        <button
          type="button"
          onClick={() => onChange({ milestoneId: null, health: null, owner: null, openOnly: false })}
        >
          {t('board.filters.clear')}
        </button>
      )}
    </form>
  );
}
