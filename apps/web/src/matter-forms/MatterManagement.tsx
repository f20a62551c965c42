import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { asOfSearch, useAsOf } from '../app/as-of';
import { useProcessId } from '../app/process';
import { may, useMe } from '../app/session';
import type { MatterScreenQuery, OptionStage } from '../generated/graphql';
import { MatterFormChoicesDocument } from '../generated/matter-forms/matterFormChoices';
import { useFormat } from '../i18n/format';
import { MoveMatterForm, movesFor } from '../matters/MoveMatterForm';
import { matterPath } from '../ui/MatterLink';
import { DialogButton } from '../ui/form/Dialog';
import { PastDayNote } from '../ui/form/PastDayNote';
import { DependenciesEditor } from './DependenciesEditor';
import { MatterForm } from './MatterForm';
import { MoveOptionForm } from './MoveOptionForm';
import { OptionForm } from './OptionForm';

type Matter = MatterScreenQuery['matter'];
type Option = Matter['options'][number];

/** The process's milestones, matters and participants, which the forms offer as choices. */
export function useMatterFormChoices(pause = false) {
  const processId = useProcessId();
  const [{ data }] = useQuery({ query: MatterFormChoicesDocument, variables: { processId }, pause });
  return {
    processId: data?.process.id,
    milestones: data?.process.milestones.edges.map((edge) => edge.node) ?? [],
    matters: data?.process.matters.edges.map((edge) => edge.node) ?? [],
    participants: data?.participants.edges.map((edge) => edge.node) ?? [],
  };
}

/**
 * A new matter, from the board or from a milestone on the timeline (which it is then decided by). Once made, its
 * page opens.
 */
export function CreateMatterButton({ milestoneId, label }: { milestoneId?: string; label?: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const asOf = useAsOf();
  const navigate = useNavigate();
  const { processId, milestones } = useMatterFormChoices(!may(me, 'matter.write'));
  if (!may(me, 'matter.write') || !asOf.isLive || !processId) return null;
  return (
    <DialogButton label={label ?? t('matterForms.matter.new')} title={t('matterForms.matter.new')}>
      {() => (
        <MatterForm
          processId={processId}
          milestones={milestones}
          initial={milestoneId ? { decidingMilestoneId: milestoneId } : undefined}
          onDone={(created) => void navigate({ pathname: matterPath(created.id), search: asOfSearch(asOf) })}
        />
      )}
    </DialogButton>
  );
}

/**
 * The Co-Chairs' and support unit's controls on a matter's page: edit it, move it (decide, defer, withdraw, reopen,
 * as far as their role and its workflow allow) and say what must be decided first. On a past day, a note and a way
 * back to today stand where the controls would be.
 */
export function MatterManagement({ matter }: { matter: Matter }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { me } = useMe();
  const asOf = useAsOf();
  const writes = may(me, 'matter.write');
  const moves = movesFor(me, matter.allowedMoves);
  const choices = useMatterFormChoices(!writes || !asOf.isLive);
  if (!writes && moves.length === 0) return null;
  return (
    <section className="panel matter-section manage" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matterForms.manage.heading')}</h2>
      {!asOf.isLive ? (
        <PastDayNote />
      ) : (
        <>
          {writes && choices.processId && (
            <DialogButton label={t('matterForms.matter.edit')}>
              {(close) => (
                <MatterForm
                  processId={choices.processId!}
                  milestones={choices.milestones}
                  matter={{
                    id: matter.id,
                    version: matter.version,
                    title: matter.title,
                    description: matter.description,
                    decidingMilestoneId: matter.decidingMilestone.id,
                    confidentiality: matter.confidentiality,
                    observersMayGiveViews: matter.observersMayGiveViews,
                  }}
                  onDone={close}
                />
              )}
            </DialogButton>
          )}
          {moves.length > 0 && (
            <MoveMatterForm
              key={matter.version}
              matter={{ ...matter, allowedMoves: moves }}
              milestones={choices.milestones}
            />
          )}
          {writes && (
            <>
              <h3>{t('matterForms.dependencies.heading')}</h3>
              <DependenciesEditor matter={matter} matters={choices.matters} />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Tabling an option on the matter: a button that opens its form. */
export function TableOptionButton({ matter }: { matter: Matter }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const asOf = useAsOf();
  const { participants } = useMatterFormChoices(!may(me, 'option.write'));
  if (!may(me, 'option.write') || !asOf.isLive) return null;
  return (
    <DialogButton label={t('matterForms.option.new')}>
      {(close) => (
        <OptionForm
          matterId={matter.id}
          matterConfidentiality={matter.confidentiality}
          participants={participants}
          onDone={close}
        />
      )}
    </DialogButton>
  );
}

/** An option's controls: edit it, move it to another stage. */
export function OptionControls({
  matter,
  option,
  number,
}: {
  matter: Matter;
  option: Option;
  number: number;
}) {
  const { t } = useTranslation();
  const { me } = useMe();
  const asOf = useAsOf();
  const { participants } = useMatterFormChoices(!may(me, 'option.write'));
  if (!may(me, 'option.write') || !asOf.isLive) return null;
  return (
    <div className="option__controls">
      <DialogButton
        label={t('matterForms.option.edit', { number })}
        title={t('matterForms.option.editTitle', { number })}
      >
        {(close) => (
          <OptionForm
            matterId={matter.id}
            option={option}
            matterConfidentiality={matter.confidentiality}
            participants={participants}
            onDone={close}
          />
        )}
      </DialogButton>
      <MoveOptionForm key={option.version} option={option} number={number} />
    </div>
  );
}

/** The stages an option went through, with when: its tabling first. */
export function OptionStageHistory({
  steps,
}: {
  steps: readonly { id: string; fromStage?: OptionStage | null; toStage: OptionStage; at: string }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (steps.length === 0) return null;
  return (
    <details className="matter-section__more">
      <summary>{t('matterForms.option.history', { count: steps.length })}</summary>
      <ol className="option__history">
        {steps.map((step) => (
          <li key={step.id}>
            {step.fromStage
              ? t('matterForms.option.step', {
                  from: t(`optionStage.${step.fromStage}`),
                  to: t(`optionStage.${step.toStage}`),
                })
              : t(`optionStage.${step.toStage}`)}{' '}
            <span className="muted">{format.dateTime(step.at)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}
