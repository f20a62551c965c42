import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { Allow } from '../identity/access.decorators';
import { AccountEntity } from '../auth/account.entity';
import { Actor } from '../identity/actor';
import { PerRequestLoader } from '../common/per-request-loader';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import { AuditEventEntity } from './audit-event.entity';
import { AuditTrailService } from './audit-trail.service';
import { AuditFilter } from './dto/audit-filter.input';

const AuditEventConnection = ConnectionType(AuditEventEntity, 'AuditEvent');

@Resolver(() => AuditEventEntity)
export class AuditResolver {
  /** The names of the accounts a request's events name, read in one statement. */
  private readonly names = new PerRequestLoader<string, string | null>(async (ids) => {
    const accounts = await this.db.getRepository(AccountEntity).findBy({ id: In([...ids]) });
    const byId = new Map(accounts.map((account) => [account.id, account.displayName]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  constructor(
    private readonly trail: AuditTrailService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

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
