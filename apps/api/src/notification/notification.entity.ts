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
