import { Args, GraphQLISODateTime, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isActionOpen } from '@prepcom/domain';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import type { Loaders } from '../loaders/loaders.factory';
import { RequestLoaders, RequestNow } from '../loaders/request-context';
import { ProcessEntity } from '../process/process.entity';
import { ActionEntity } from './action.entity';

const ActionConnection = ConnectionType(ActionEntity, 'Action');

@Resolver(() => ProcessEntity)
export class ProcessActionsResolver {
  @ResolveField(() => ActionConnection, {
    description: 'Every action of the process at `asOf`, soonest due first.',
  })
  async actions(
    @Parent() process: ProcessEntity,
    @Args('open', {
      type: () => Boolean,
      nullable: true,
      description: 'true: still to do (neither done nor cancelled); false: done or cancelled.',
    })
    open: boolean | undefined,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @Args() page: PageArgs,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<Connection<ActionEntity>> {
    const snapshot = await loaders.snapshot.load({ processId: process.id, asOf: asOf ?? now });
    const actions = snapshot.actions
      .filter((action) => open == null || isActionOpen(action.status) === open)
      .map((action) => ({ action, due: snapshot.dueDate(action) }))
      .sort((a, b) => a.due.localeCompare(b.due) || a.action.title.localeCompare(b.action.title))
      .map(({ action }) => action);
    return paginate(actions, page);
  }
}
