import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { AddMatterDependencyDocument } from '../generated/matter-forms/addMatterDependency';
import { RemoveMatterDependencyDocument } from '../generated/matter-forms/removeMatterDependency';
import type { MatterStatus } from '../generated/graphql';
import { BusyButton } from '../ui/BusyButton';
import { Field, Form } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';

const FIELDS = ['dependsOnId'] as const;
const MOST_SHOWN = 8;

// Readiness counts what a matter waits for, so every screen showing it asks again.
const DEPENDENCY_CHANGES = { additionalTypenames: ['Matter', 'Dashboard', 'Process'] };

interface MatterChoice {
  id: string;
  title: string;
  status: MatterStatus;
}

/** The matters whose title holds every word typed, in any case and order, at most a few. */
export function matchingMatters(
  matters: readonly MatterChoice[],
  typed: string,
  excluded: ReadonlySet<string>,
): MatterChoice[] {
  const words = typed.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return matters
    .filter((matter) => !excluded.has(matter.id))
    .filter((matter) => words.every((word) => matter.title.toLocaleLowerCase().includes(word)))
    .slice(0, MOST_SHOWN);
}

/**
 * What must be decided before a matter: each one with a button that removes it, and a search of the other matters
 * by title to add one. The server refuses a dependency that would close a circle, and says which.
 */
export function DependenciesEditor({
  matter,
  matters,
}: {
  matter: { id: string; dependencies: readonly MatterChoice[] };
  /** The process's matters to choose from. */
  matters: readonly MatterChoice[];
}) {
  const { t } = useTranslation();
  const form = useForm(FIELDS);
  const [typed, setTyped] = useState('');
  const [{ fetching: adding }, add] = useMutation(AddMatterDependencyDocument);
  const [{ fetching: removing }, remove] = useMutation(RemoveMatterDependencyDocument);
  const excluded = new Set([matter.id, ...matter.dependencies.map((dependency) => dependency.id)]);
  const matches = matchingMatters(matters, typed, excluded);

  const addOne = (dependsOn: MatterChoice) =>
    form.run(
      () => add({ input: { matterId: matter.id, dependsOnId: dependsOn.id } }, DEPENDENCY_CHANGES),
      () => t('matterForms.dependencies.added', { title: dependsOn.title }),
    );
  const removeOne = (dependsOn: MatterChoice) =>
    form.run(
      () => remove({ input: { matterId: matter.id, dependsOnId: dependsOn.id } }, DEPENDENCY_CHANGES),
      () => t('matterForms.dependencies.removed', { title: dependsOn.title }),
    );

  return (
    <Form
      form={form}
      onSubmit={() => matches[0] && addOne(matches[0])}
      label={t('matterForms.dependencies.label')}
    >
      {matter.dependencies.length > 0 && (
        <ul className="dependencies-editor__list">
          {matter.dependencies.map((dependency) => (
            <li key={dependency.id}>
              <span>{dependency.title}</span>{' '}
              <BusyButton
                busy={removing}
                onClick={() => removeOne(dependency)}
                aria-label={t('matterForms.dependencies.remove', { title: dependency.title })}
              >
                {t('matterForms.dependencies.removeShort')}
              </BusyButton>
            </li>
          ))}
        </ul>
      )}
      <Field
        form={form}
        name="dependsOnId"
        label={t('matterForms.dependencies.search')}
        hint={t('matterForms.dependencies.searchHint')}
      >
        {(control) => (
          <input
            {...control}
            type="search"
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        )}
      </Field>
      {typed.trim() !== '' && (
        <div role="region" aria-live="polite" aria-label={t('matterForms.dependencies.results')}>
          {matches.length === 0 ? (
            <p className="muted">{t('matterForms.dependencies.noMatch')}</p>
          ) : (
            <ul className="dependencies-editor__list">
              {matches.map((match) => (
                <li key={match.id}>
                  <span>{match.title}</span>{' '}
                  <BusyButton
                    busy={adding}
                    onClick={() => addOne(match)}
                    aria-label={t('matterForms.dependencies.add', { title: match.title })}
                  >
                    {t('matterForms.dependencies.addShort')}
                  </BusyButton>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Form>
  );
}
