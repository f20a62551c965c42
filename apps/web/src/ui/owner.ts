import type { TFunction } from 'i18next';
import type { OwnerRole } from '../generated/graphql';

/** Who owns an action: the participant by name, or the role (the current Presidency, the Co-Chairs…). */
export function ownerName(
  action: { owner: { name: string } | null; ownerRole: OwnerRole | null },
  t: TFunction,
): string {
  if (action.owner) return action.owner.name;
  return action.ownerRole ? t(`ownerRole.${action.ownerRole}`) : t('app.none');
}
