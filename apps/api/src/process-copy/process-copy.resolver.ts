import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import { CurrentActor, RequestNow } from '../loaders/request-context';
import { ProcessEntity } from '../process/process.entity';
import { CopyProcessInput } from './dto/copy-process.input';
import { ProcessCopyService } from './process-copy.service';

@Resolver(() => ProcessEntity)
export class ProcessCopyResolver {
  constructor(private readonly service: ProcessCopyService) {}

  @Allow('process.write')
  @Mutation(() => ProcessEntity, {
    description:
      'Starts a new process from an existing one, in one transaction; the original is left as it was. Options, ' +
      "views and actions are not copied: they were the earlier round's.",
  })
  copyProcess(
    @Args('input') input: CopyProcessInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<ProcessEntity> {
    return this.service.copy(input, now, actor);
  }
}
