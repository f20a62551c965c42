import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../ui/FieldProblems';
import type { Conflict } from '../ui/form/useForm';

/**
 * Someone changed the record since it was loaded: said with the shared error words until the conflict panel (who
 * changed what, their values beside yours) is there to use. Nothing typed is lost; closing and opening again loads
 * their version.
 */
export function ConflictNote({ conflict }: { conflict: Conflict | null }) {
  const { t } = useTranslation();
  return <FieldProblems id="conflict-problems" messages={conflict ? [t('errors.CONFLICT')] : undefined} />;
}
