import { Args, GraphQLISODateTime, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import type { Loaders } from '../loaders/loaders.factory';
import { CurrentActor, RequestLoaders, RequestNow } from '../loaders/request-context';
import { ProcessEntity } from '../process/process.entity';
import { ChangesSinceService } from './changes-since.service';
import { MatterChanges } from './matter-changes.type';
import { ChangesRepository } from './changes.repository';

@Resolver(() => ProcessEntity)
export class ChangesSinceResolver {
  constructor(
    private readonly service: ChangesSinceService,
    private readonly repository: ChangesRepository,
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
  recordVisit(@CurrentActor() actor: Actor, @RequestNow() now: Date): Promise<Date | null> {
    return this.repository.recordVisit(actor.account!.id, now);
  }
}
