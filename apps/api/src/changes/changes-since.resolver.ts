import { Args, GraphQLISODateTime, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SignedIn } from '../auth/access.decorators';
import { Actor } from '../auth/actor';
import type { Loaders } from '../common/loaders/loaders.factory';
import { CurrentActor, RequestLoaders, RequestNow } from '../common/loaders/request-context';
import { ProcessEntity } from '../process/process.entity';
import { ChangesSinceService } from './changes-since.service';
import { MatterChanges } from './matter-changes.type';

@Resolver(() => ProcessEntity)
export class ChangesSinceResolver {
  constructor(
    private readonly service: ChangesSinceService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @ResolveField(() => [MatterChanges], {
    description:
      'The matters that changed after `since` (your last visit: `recordVisit`), from the audit trail as you may ' +
      'read it: what kind of change, and their status, readiness and health then and now. Those created or moved ' +
      'first, then by title.',
  })
  async changesSince(
    @Parent() process: ProcessEntity,
    @Args('since', { type: () => GraphQLISODateTime }) since: Date,
    @CurrentActor() actor: Actor,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<MatterChanges[]> {
    const [then, current] = await Promise.all([
      loaders.snapshot.load({ processId: process.id, asOf: since < now ? since : now }),
      loaders.snapshot.load({ processId: process.id, asOf: now }),
    ]);
    return this.service.changes(process.id, since, now, actor, { then, now: current });
  }

  @SignedIn()
  @Mutation(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Records that you are visiting now, on whichever device, and answers your previous visit (null on the first): ' +
      'what `changesSince` reads from.',
  })
  async recordVisit(@CurrentActor() actor: Actor, @RequestNow() now: Date): Promise<Date | null> {
    const [row] = await this.db.query<{ previous: Date | null }[]>(
      `WITH previous AS (SELECT last_visit_at FROM account WHERE id = $1 FOR UPDATE),
            visit AS (UPDATE account SET last_visit_at = $2 WHERE id = $1)
       SELECT last_visit_at AS previous FROM previous`,
      [actor.account!.id, now],
    );
    return row?.previous ?? null;
  }
}
