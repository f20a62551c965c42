import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import { AccountRepository } from '../auth/account.repository';
import { SessionRepository } from '../auth/session.repository';
import { ActorService } from '../identity/actor.service';
import { ConfigModule } from '../config/config.module';
import { VersionGuard } from '../common/database/version-guard';
import { dataSourceOptions } from '../database/data-source';
import { InvitationCalendarService } from '../invitation/invitation-calendar.service';
import { InvitationRepository } from '../invitation/invitation.repository';
import { DeliveryRepository } from '../notification/delivery.repository';
import { DeliveryService } from '../notification/delivery.service';
import { DigestRepository } from '../notification/digest.repository';
import { DigestService } from '../notification/digest.service';
import { HealthWatchRepository } from '../notification/health-watch.repository';
import { HealthWatchService } from '../notification/health-watch.service';
import { OutboxRepository } from '../events/outbox.repository';
import { OutboxService } from '../events/outbox.service';
import { UnitOfWorkModule } from '../common/database/unit-of-work';
import { PREFERENCES_CACHE_PROVIDER } from '../notification/notification.module';
import { PreferencesRepository } from '../notification/preferences.repository';
import { PreferencesService } from '../notification/preferences.service';
import { MatterRepository } from '../matter/matter.repository';
import { MilestoneRepository } from '../milestone/milestone.repository';
import { NoticeFactsRepository } from '../notification/notice-facts.repository';
import { ParticipantRepository } from '../participant/participant.repository';
import { FanOutRepository } from '../notification/fan-out.repository';
import type { PipelineRepositories } from '../notification/pipeline';
import { RecipientsService } from '../notification/recipients.service';
import { ReconcilerRepository } from '../notification/reconciler.repository';
import { ScheduleRunRepository } from '../notification/schedule-run.repository';
import { TableStampsRepository } from '../notification/table-stamps.repository';
import { ReminderSweepRepository } from '../notification/reminder-sweep.repository';
import { ReminderSweepService } from '../notification/reminder-sweep.service';
import { RoleTermRepository } from '../role-term/role-term.repository';

/** How a worker's connections show in pg_stat_activity. */
export const WORKER_APPLICATION_NAME = 'prepcom worker';

/** What a worker process needs: the database, and the services that resolve recipients and deliver. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        // A connection for each of the pipeline's concurrent jobs (both queues), and for the relay and the probes.
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, {
            poolSize: config.workerConcurrency + config.emailConcurrency + 2,
            applicationName: WORKER_APPLICATION_NAME,
          }),
          subscribers: [VersionGuard],
        }),
        UnitOfWorkModule,
      ],
      providers: [
        ActorService,
        AccountRepository,
        SessionRepository,
        ParticipantRepository,
        RoleTermRepository,
        SnapshotRepository,
        OutboxService,
        OutboxRepository,
        RecipientsService,
        FanOutRepository,
        TableStampsRepository,
        NoticeFactsRepository,
        MatterRepository,
        MilestoneRepository,
        PreferencesService,
        PreferencesRepository,
        PREFERENCES_CACHE_PROVIDER,
        DeliveryRepository,
        DeliveryService,
        InvitationCalendarService,
        InvitationRepository,
        DigestService,
        DigestRepository,
        ReminderSweepService,
        ReminderSweepRepository,
        HealthWatchService,
        HealthWatchRepository,
        ReconcilerRepository,
        ScheduleRunRepository,
      ],
      exports: [
        RecipientsService,
        PreferencesService,
        DeliveryService,
        DigestService,
        ReminderSweepService,
        HealthWatchService,
      ],
    };
  }

  /** The repositories of the notification pipeline, which is built by hand rather than injected. */
  static pipelineRepositories(context: INestApplicationContext): PipelineRepositories {
    return {
      outbox: context.get(OutboxRepository),
      fanOuts: context.get(FanOutRepository),
      reconciler: context.get(ReconcilerRepository),
      scheduleRuns: context.get(ScheduleRunRepository),
    };
  }

  /**
   * The connection the module opened, in a context built from it: for the health probes, which are handed it
   * rather than injected, so that the entry point names no database type.
   */
  static connection(context: INestApplicationContext): DataSource {
    return context.get<DataSource>(getDataSourceToken());
  }
}
