import { Allow } from '../identity/access.decorators';
import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestNow, type NoArgs, type RequestContext } from '../loaders/request-context';
import { allowedOptionMoves, OptionStage } from '@prepcom/domain';
import { Actor } from '../identity/actor';
import { Matter } from '../matter/matter.model';
import { readMatter } from '../matter/matter.reader';
import { ParticipantEntity } from '../participant/participant.entity';
import { CreateOptionInput, MoveOptionInput, UpdateOptionInput } from './dto/option.inputs';
import { OptionEntity } from './option.entity';
import { OptionService } from './option.service';

@Resolver(() => OptionEntity)
export class OptionResolver {
  constructor(private readonly options: OptionService) {}

  @ResolveField(() => ParticipantEntity, { nullable: true })
  proposer(option: OptionEntity, _args: NoArgs, { loaders }: RequestContext) {
    return option.proposerId ? loaders.participantById(option.proposerId) : null;
  }

  @ResolveField(() => [OptionStage], {
    description: "Where the option's stages let it go next (the matter's status still applies).",
  })
  allowedMoves(option: OptionEntity): OptionStage[] {
    return allowedOptionMoves(option.stage);
  }

  @ResolveField(() => Matter, { description: 'The matter, as it stands now.' })
  matter(option: OptionEntity, _args: NoArgs, { loaders, now }: RequestContext): Promise<Matter> {
    return readMatter(loaders, option.matterId, now);
  }

  @Allow('option.write')
  @Mutation(() => OptionEntity)
  createOption(
    @Args('input') input: CreateOptionInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<OptionEntity> {
    return this.options.create(input, now, actor);
  }

  @Allow('option.write')
  @Mutation(() => OptionEntity)
  updateOption(
    @Args('input') input: UpdateOptionInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<OptionEntity> {
    return this.options.update(input, now, actor);
  }

  @Allow('option.write')
  @Mutation(() => OptionEntity, {
    description: 'Moves an option to another stage; a refused move names the failed guard.',
  })
  moveOption(
    @Args('input') input: MoveOptionInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<OptionEntity> {
    return this.options.move(input, now, actor);
  }
}
