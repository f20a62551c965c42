import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../identity/access.decorators';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import { NotificationJob } from './notification-job.type';
import { NotificationJobsService } from './notification-jobs.service';

const NotificationJobConnection = ConnectionType(NotificationJob, 'NotificationJob');

/** Administrators' view of the notification jobs that failed for good, and their retry. */
@Resolver(() => NotificationJob)
export class NotificationJobsResolver {
  constructor(private readonly jobs: NotificationJobsService) {}

  @Allow('notificationJobs.manage')
  @Query(() => NotificationJobConnection, {
    description: 'Notification jobs that failed for good, the most recent first (at most 1,000).',
  })
  async failedNotificationJobs(@Args() page: PageArgs): Promise<Connection<NotificationJob>> {
    return paginate(await this.jobs.failed(), page);
  }

  @Allow('notificationJobs.manage')
  @Mutation(() => NotificationJob, {
    description: 'Sends a failed notification job again, with a fresh run of retries; returns it as it was.',
  })
  retryNotificationJob(@Args('id', { type: () => ID }) id: string): Promise<NotificationJob> {
    return this.jobs.retry(id);
  }

  @Allow('notificationJobs.manage')
  @Mutation(() => [NotificationJob], {
    description: 'Sends every failed notification job again; returns those sent, as they were.',
  })
  retryAllFailedNotificationJobs(): Promise<NotificationJob[]> {
    return this.jobs.retryAll();
  }
}
