import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@prepcom/domain';

export const ACCESS_RULE = 'prepcom:access';

/**
 * How a root field may be reached. Every query and mutation declares one: the guard refuses a field that has none,
 * and the access-matrix test lists every field of the schema against every role.
 */
export type AccessRule =
  /** Anyone, signed in or not; what they see is filtered by their clearance. */
  | { kind: 'public' }
  /** Anyone signed in. */
  | { kind: 'signedIn' }
  /** Someone whose capacities the permission matrix allows (further rules may narrow it in the service). */
  | { kind: 'permission'; permission: Permission };

export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signedIn' } satisfies AccessRule);
export const Allow = (permission: Permission) =>
  SetMetadata(ACCESS_RULE, { kind: 'permission', permission } satisfies AccessRule);
