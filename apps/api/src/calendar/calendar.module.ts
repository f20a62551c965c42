import { Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';

/** The public and private calendar feeds, and the mutations that make and revoke private ones. */
@Module({
  providers: [CalendarFeedService, CalendarFeedResolver, CalendarFeedRepository],
  controllers: [CalendarFeedController],
})
export class CalendarModule {}
