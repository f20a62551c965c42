import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import { CurrentActor, RequestNow } from '../loaders/request-context';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedIdArgs, NewCalendarFeed } from './dto/calendar-feed.types';

/** One's own private calendar feeds: only one's own, ever. */
@Resolver(() => CalendarFeedEntity)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @SignedIn()
  @Query(() => [CalendarFeedEntity], {
    description: 'Your private calendar feeds, newest first, revoked ones too.',
  })
  calendarFeeds(@CurrentActor() actor: Actor): Promise<CalendarFeedEntity[]> {
    return this.feeds.list(actor);
  }

  @SignedIn()
  @Mutation(() => NewCalendarFeed, {
    description:
      'Makes a private calendar address for you; it is shown this once. The public one is /calendar/public.ics.',
  })
  createCalendarFeed(
    @Args('label', {
      type: () => String,
      nullable: true,
      description: 'Your name for it; "Calendar" when left out.',
    })
    label: string | undefined,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<NewCalendarFeed> {
    return this.feeds.create(label, now, actor);
  }

  @SignedIn()
  @Mutation(() => CalendarFeedEntity, {
    description: 'Revokes one of your calendar feeds: its address answers 404.',
  })
  revokeCalendarFeed(
    @Args() args: CalendarFeedIdArgs,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<CalendarFeedEntity> {
    return this.feeds.revoke(args.id, now, actor);
  }
}
