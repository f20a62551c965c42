import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MatterScreenQuery } from '../generated/graphql';
import { UndoMatterMoveDocument } from '../generated/matter/undoMatterMove';
import { useFormat } from '../i18n/format';
import { BusyButton } from '../ui/BusyButton';
import { STATUS_CHANGES } from '../matters/status-changes';
import { errorText } from '../ui/errors';

type Matter = MatterScreenQuery['matter'];

/**
 * The person who just decided or withdrew the matter may take it back for a few minutes (the server says until
 * when); past that, or for anyone else, the panel is not there.
 */
export function UndoFinalMove({ matter }: { matter: Matter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [problem, setProblem] = useState('');
  const [{ fetching }, undo] = useMutation(UndoMatterMoveDocument);
  if (!matter.undoableUntil) return null;
  const decided = matter.status === 'DECIDED';

  const submit = async () => {
    setProblem('');
    const result = await undo(
      { input: { matterId: matter.id, expectedVersion: matter.version } },
      STATUS_CHANGES,
    );
    if (result.error) setProblem(errorText(result.error, t));
  };

  return (
    <section className="panel undo-move" aria-labelledby="undo-move-heading">
      <h2 id="undo-move-heading">{t(decided ? 'undoMove.decidedHeading' : 'undoMove.withdrawnHeading')}</h2>
      <p>{t('undoMove.until', { time: format.dateTime(matter.undoableUntil) })}</p>
      <BusyButton busy={fetching} onClick={submit}>
        {t(decided ? 'undoMove.undoDecision' : 'undoMove.undoWithdrawal')}
      </BusyButton>
      {problem && (
        <p className="field-problems" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
