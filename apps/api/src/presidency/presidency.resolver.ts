import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import { CurrentActor, RequestNow } from '../loaders/request-context';
import { PresidencyHandoverService } from './presidency-handover.service';
import { HandOverPresidencyInput, PresidencyHandover } from './presidency-handover.types';

@Resolver()
export class PresidencyResolver {
  constructor(private readonly handovers: PresidencyHandoverService) {}

  // roleTerm.write lets the support unit in; the service then keeps President terms an administrator's (decision 18).
  @Allow('roleTerm.write')
  @Mutation(() => PresidencyHandover, {
    description:
      'Hands the Presidency over in one act: the current term ends on the day given, the incoming one starts that ' +
      'day, and the new Presidency is announced. Administrators only.',
  })
  handOverPresidency(
    @Args('input') input: HandOverPresidencyInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<PresidencyHandover> {
    return this.handovers.handOver(input, now, actor);
  }
}
