import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CalendarFeedEntity } from '../calendar-feed.entity';

@ObjectType({
  description: 'A new private feed and its address, shown this once: only a hash of it is kept.',
})
export class NewCalendarFeed {
  @Field(() => CalendarFeedEntity)
  feed!: CalendarFeedEntity;

  @Field({
    description: 'The address to subscribe to in a calendar program; anyone holding it can read the feed.',
  })
  url!: string;
}

@ArgsType()
export class CalendarFeedIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a calendar feed id.' })
  id!: string;
}
