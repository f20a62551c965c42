import { Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedService } from './calendar-feed.service';

/** The public and private calendar feeds, and the mutations that make and revoke private ones. */
@Module({
  providers: [CalendarFeedService, CalendarFeedResolver],
  controllers: [CalendarFeedController],
})
export class CalendarModule {}
