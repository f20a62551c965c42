import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import { PerRequestLoader } from '../common/per-request-loader';
import { CurrentActor } from '../loaders/request-context';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import { AuditEventEntity } from './audit-event.entity';
import { AuditTrailRepository } from './audit-trail.repository';
import { AuditTrailService } from './audit-trail.service';
import { AuditFilter } from './dto/audit-filter.input';

const AuditEventConnection = ConnectionType(AuditEventEntity, 'AuditEvent');

@Resolver(() => AuditEventEntity)
export class AuditResolver {
  /** The names of the accounts a request's events name, read in one statement. */
  private readonly names = new PerRequestLoader<string, string | null>(async (ids) => {
    const byId = await this.repository.accountNames(ids);
    return ids.map((id) => byId.get(id) ?? null);
  });

  constructor(
    private readonly trail: AuditTrailService,
    private readonly repository: AuditTrailRepository,
  ) {}

  @Allow('audit.read')
  @Query(() => AuditEventConnection, {
    description:
      'Who changed which field of what, when, from what to what; oldest first. CSV: GET /audit.csv.',
  })
  async auditEvents(
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | undefined,
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
  ): Promise<Connection<AuditEventEntity>> {
    return paginate(await this.trail.find(filter, actor.clearance), page);
  }

  // Audit events are read only by those who may read the audit trail (auditEvents, Matter.changes): they learn
  // who made each change by name, as a "who changed what" needs, not only by account id.
  @ResolveField(() => String, {
    nullable: true,
    description: 'The name of the person who made the change; null for system loads.',
  })
  actorName(@Parent() event: AuditEventEntity, @Context() context: object): Promise<string | null> | null {
    return event.accountId ? this.names.load(context, event.accountId) : null;
  }
}
