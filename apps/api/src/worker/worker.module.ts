import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import { ActorService } from '../identity/actor.service';
import { ConfigModule } from '../config/config.module';
import { VersionGuard } from '../common/database/version-guard';
import { dataSourceOptions } from '../database/data-source';
import { InvitationCalendarService } from '../invitation/invitation-calendar.service';
import { DeliveryRepository } from '../notification/delivery.repository';
import { DeliveryService } from '../notification/delivery.service';
import { DigestService } from '../notification/digest.service';
import { HealthWatchService } from '../notification/health-watch.service';
import { OutboxService } from '../events/outbox.service';
import { PreferencesService } from '../notification/preferences.service';
import { RecipientsService } from '../notification/recipients.service';
import { ReminderSweepService } from '../notification/reminder-sweep.service';

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
      ],
      providers: [
        ActorService,
        SnapshotRepository,
        OutboxService,
        RecipientsService,
        PreferencesService,
        DeliveryRepository,
        DeliveryService,
        InvitationCalendarService,
        DigestService,
        ReminderSweepService,
        HealthWatchService,
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
}
