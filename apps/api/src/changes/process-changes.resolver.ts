import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { SubscriptionContext } from 'mercurius';
import { Public } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import { ActorService } from '../identity/actor.service';
import { AppError } from '../common/errors/app-error';
import { clientError } from '../common/errors/error-formatter';
import { CurrentActor } from '../loaders/request-context';
import { ProcessService } from '../process/process.service';
import {
  CHANGES_INTERRUPTED_TOPIC,
  EVERY_PROCESS_TOPIC,
  processChangesTopic,
  type ProcessChangeSignal,
} from '../notification/process-change.signal';
import { ProcessChange, ProcessChangeKind } from './process-change.type';
import { ProcessChangesService } from './process-changes.service';

const NO_CHANGE = {
  at: null,
  entityType: null,
  entityId: null,
  action: null,
  matterId: null,
  matterTitle: null,
  by: null,
  byYou: false,
};

@Resolver(() => ProcessChange)
export class ProcessChangesResolver {
  constructor(
    private readonly changes: ProcessChangesService,
    private readonly actors: ActorService,
    private readonly processes: ProcessService,
  ) {}

  @Public()
  @Subscription(() => ProcessChange, {
    description:
      "A process's changes as they happen, over the WebSocket the inbox uses: first LISTENING, then each change " +
      'to a record you may read (whoever made it, on any API replica), MISSED when some may have been missed. ' +
      'Signed in, it ends with UNAUTHENTICATED once your session does.',
  })
  async processChanged(
    @Args('processId', { type: () => ID, nullable: true }) processId: string | undefined,
    @CurrentActor() actor: Actor,
    @Context('pubsub') pubsub: SubscriptionContext,
  ): Promise<AsyncGenerator<{ processChanged: ProcessChange }>> {
    const process = await this.processes.find(processId);
    const signals = await pubsub.subscribe<ProcessChangeSignal | null>([
      processChangesTopic(process.id),
      EVERY_PROCESS_TOPIC,
      CHANGES_INTERRUPTED_TOPIC,
    ]);
    return this.changesFor(actor, signals);
  }

  private async *changesFor(
    actor: Actor,
    signals: AsyncIterable<ProcessChangeSignal | null>,
  ): AsyncGenerator<{ processChanged: ProcessChange }> {
    try {
      yield { processChanged: { kind: ProcessChangeKind.LISTENING, ...NO_CHANGE } };
      for await (const signal of signals) {
        await this.stillSignedIn(actor);
        if (signal === null) {
          yield { processChanged: { kind: ProcessChangeKind.MISSED, ...NO_CHANGE } };
          continue;
        }
        const change = await this.changes.describe(signal, actor.clearance, Date.now());
        const byYou = actor.account !== null && signal.accountId === actor.account.id;
        if (change) yield { processChanged: { ...change, byYou } };
      }
    } catch (error) {
      throw clientError(error, 'Subscription.processChanged');
    }
  }

  /** A signed-in subscriber hears nothing once its session has ended (signed out on any replica, expired). */
  private async stillSignedIn(actor: Actor): Promise<void> {
    if (actor.sessionId && !(await this.actors.sessionActive(actor.sessionId, new Date()))) {
      throw new AppError(
        'UNAUTHENTICATED',
        'Your session has ended (signed out or expired): sign in again to hear of changes.',
      );
    }
  }
}
