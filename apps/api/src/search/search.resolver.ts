import { Args, GraphQLISODateTime, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../identity/actor';
import type { Loaders } from '../loaders/loaders.factory';
import { CurrentActor, RequestLoaders, RequestNow } from '../loaders/request-context';
import { ProcessEntity } from '../process/process.entity';
import { SearchService } from './search.service';
import { SearchHit } from './search.types';

@Resolver(() => ProcessEntity)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @ResolveField(() => [SearchHit], {
    description:
      "The process's matters, options, actions and milestones, participants and people that answer `text`, best " +
      'first, in English, French or Spanish (stems, accents and case folded) or by a close spelling of a name or ' +
      'title; only what the reader may see. With `asOf` in the past, the records of that day as the reader may ' +
      'see them then (texts turned back; actions keep their present text, as on every screen).',
  })
  async search(
    @Parent() process: ProcessEntity,
    @Args('text') text: string,
    @Args('asOf', { type: () => GraphQLISODateTime, nullable: true }) asOf: Date | undefined,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number,
    @CurrentActor() actor: Actor,
    @RequestLoaders() loaders: Loaders,
    @RequestNow() now: Date,
  ): Promise<SearchHit[]> {
    const past =
      asOf && asOf < now
        ? { asOf, snapshot: await loaders.snapshot.load({ processId: process.id, asOf }) }
        : null;
    return this.service.search(process.id, text.trim(), first, actor, past);
  }
}
