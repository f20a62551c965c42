import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import { AuditEventEntity } from './audit-event.entity';
import { AuditTrailService } from './audit-trail.service';
import { AuditFilter } from './dto/audit-filter.input';

const AuditEventConnection = ConnectionType(AuditEventEntity, 'AuditEvent');

@Resolver(() => AuditEventEntity)
export class AuditResolver {
  constructor(private readonly trail: AuditTrailService) {}

  @Allow('audit.read')
  @Query(() => AuditEventConnection, {
    description:
      'Who changed which field of what, when, from what to what; oldest first. CSV: GET /audit.csv.',
  })
  async auditEvents(
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | undefined,
    @Args() page: PageArgs,
    // The request's actor, taken by name: importing common/loaders' decorator would close an import cycle.
    @Context('actor') actor: Actor,
  ): Promise<Connection<AuditEventEntity>> {
    return paginate(await this.trail.find(filter, actor.clearance), page);
  }
}
