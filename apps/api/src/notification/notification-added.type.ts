import { Field, Int, ObjectType } from '@nestjs/graphql';
import { NotificationEntity } from './notification.entity';

@ObjectType({ description: 'A change to your inbox, as it happens.' })
export class NotificationAdded {
  @Field(() => NotificationEntity, {
    nullable: true,
    description:
      'The new notification. Null in the first event of a subscription, and when the live feed was interrupted ' +
      'and some may have been missed: read the inbox again then.',
  })
  notification!: NotificationEntity | null;

  @Field(() => Int, { description: 'How many of your notifications are unread now.' })
  unreadCount!: number;
}
