import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, mayGrantRole, RoleKind } from '@prepcom/domain';
import { Me } from '../identity/me.type';

@Resolver(() => Me)
export class MeRolesResolver {
  @ResolveField(() => [RoleKind], {
    description:
      'The roles whose terms you may grant, change or end: none beyond your own powers, and Co-Chair and ' +
      'Presidency terms only as an administrator (docs/decisions/0018).',
  })
  grantableRoles(@Parent() me: Me): RoleKind[] {
    // As createRoleTerm checks: the permission to write terms at all, then this role's.
    if (!can(me.capacities, 'roleTerm.write')) return [];
    return Object.values(RoleKind).filter((role) => mayGrantRole(me.capacities, role));
  }
}
