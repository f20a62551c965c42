import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, PERMISSIONS, type Permission } from '@prepcom/domain';
import { Me } from '../identity/me.type';

@Resolver(() => Me)
export class MePermissionsResolver {
  /** The dashboard offers what these allow; each write is still checked again by the server. */
  @ResolveField(() => [String], {
    description:
      "The permissions today's capacities give, by name (e.g. participant.write): what the dashboard offers. " +
      'Some writes narrow further by record (see docs/security.md); the server has the last word.',
  })
  permissions(@Parent() me: Me): Permission[] {
    return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(me.capacities, permission));
  }
}
