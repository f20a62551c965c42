import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A notification job that failed for good (a refused address, or transient failures past the last retry), kept ' +
    'for administrators to see and send again.',
})
export class NotificationJob {
  @Field(() => ID, { description: 'The job id in the queue, e.g. deliver-<event>-<account>-EMAIL.' })
  id!: string;

  @Field({
    description:
      "The job's name: fan-out (finds an event's recipients), deliver, deliver-digest, or a scheduled one such as " +
      'sweep-reminders.',
  })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The event it carries, if any.' })
  eventId!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. MATTER_STATUS_CHANGED; null without an event.' })
  eventType!: string | null;

  @Field(() => String, { nullable: true, description: 'IN_APP or EMAIL, for a delivery.' })
  channel!: string | null;

  @Field(() => [String], {
    description:
      'The emails of the accounts it was delivering to: one for a delivery, each person of a batch (up to 64), none ' +
      'for other jobs.',
  })
  recipientEmails!: string[];

  @Field(() => Int)
  attemptsMade!: number;

  @Field({ description: "The last attempt's error, e.g. the mail server's answer." })
  failureReason!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  failedAt!: Date | null;
}
