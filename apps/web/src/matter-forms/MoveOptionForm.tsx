import { optionMovePermission } from '@prepcom/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { may, useMe } from '../app/session';
import type { OptionStage } from '../generated/graphql';
import { MoveOptionDocument } from '../generated/matter-forms/moveOption';
import { ConflictPanel } from '../ui/form/ConflictPanel';
import { Field, Form, SubmitButton } from '../ui/form/Form';
import { useForm } from '../ui/form/useForm';
import { OPTION_CHANGES } from './OptionForm';

const FIELDS = ['to'] as const;

/**
 * Moves an option to a stage its workflow allows next, withdrawn and adopted among them, as far as the person's
 * role allows (adopting is part of deciding: the Co-Chairs'). A refusal is shown next to the choice.
 */
export function MoveOptionForm({
  option,
  number,
}: {
  option: { id: string; version: number; stage: OptionStage; allowedMoves: readonly OptionStage[] };
  /** The option's place on the matter, to name it. */
  number: number;
}) {
  const { t } = useTranslation();
  const { me } = useMe();
  const form = useForm(FIELDS);
  const moves = option.allowedMoves.filter((stage) => may(me, optionMovePermission(stage)));
  const [to, setTo] = useState<OptionStage | undefined>(moves[0]);
  const [{ fetching }, move] = useMutation(MoveOptionDocument);
  if (!to) return null;

  const send = (expectedVersion = option.version) =>
    form.run(
      () => move({ input: { optionId: option.id, to, expectedVersion } }, OPTION_CHANGES),
      (data) => t('matterForms.option.moved', { stage: t(`optionStage.${data.moveOption.stage}`) }),
    );

  return (
    <Form
      form={form}
      className="move"
      onSubmit={() => send()}
      label={t('matterForms.option.moveLabel', { number })}
    >
      {form.conflict && (
        <ConflictPanel
          conflict={form.conflict}
          entityId={option.id}
          version={option.version}
          fields={[
            {
              name: 'stage',
              label: t('matterForms.option.stage'),
              mine: t(`optionStage.${to}`),
              theirs: form.conflict.current?.stage
                ? t(`optionStage.${String(form.conflict.current.stage) as OptionStage}`)
                : '',
            },
          ]}
          busy={fetching}
          onReapply={(version) => send(version)}
          onKeepTheirs={() => form.clear()}
        />
      )}
      <Field form={form} name="to" label={t('matterForms.option.moveTo')}>
        {(control) => (
          <select
            {...control}
            value={to}
            onChange={(event) => {
              setTo(moves.find((stage) => stage === event.target.value));
              form.clear();
            }}
          >
            {moves.map((stage) => (
              <option key={stage} value={stage}>
                {t(`optionStage.${stage}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton className="move__submit" busy={fetching}>
        {fetching ? t('move.moving') : t('move.submit')}
      </SubmitButton>
    </Form>
  );
}
