import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One in-app notification; unique per (event, account), so a retried delivery adds nothing. */
@ObjectType('Notification')
@Entity('notification')
export class NotificationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @Column('bigint')
  eventId!: string;

  @Field()
  @Column('text')
  subject!: string;

  @Field()
  @Column('text')
  body!: string;

  @Field(() => String, { nullable: true, description: 'Where in the dashboard it points.' })
  @Column('text', { nullable: true })
  link!: string | null;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;
}

/** The PostgreSQL channel each new in-app notification is announced on; every API replica listens to it. */
export const NOTIFICATION_CHANNEL = 'prepcom_notification';

/**
 * The SQL expression announcing a notification from a statement's row (its id and account columns named). PostgreSQL
 * delivers a NOTIFY to listeners when the transaction commits, and never if it rolls back, so nobody hears of a
 * notification that does not exist. Its payload is a NotificationSignal (live-inbox.signal.ts).
 */
export const announceNotificationSql = (notificationId: string, accountId: string) =>
  `pg_notify('${NOTIFICATION_CHANNEL}', json_build_object('notificationId', ${notificationId}, 'accountId', ${accountId})::text)`;
