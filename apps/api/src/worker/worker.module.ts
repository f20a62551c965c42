import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config';
import { ActorService } from '../auth/actor.service';
import { ConfigModule } from '../config/config.module';
import { dataSourceOptions } from '../database/data-source';
import { DeliveryService } from '../notification/delivery.service';
import { OutboxService } from '../notification/outbox.service';
import { RecipientsService } from '../notification/recipients.service';
import { ReminderSweepService } from '../notification/reminder-sweep.service';

/** What a worker process needs: the database, and the services that resolve recipients and deliver. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, { poolSize: 5 })),
      ],
      providers: [ActorService, RecipientsService, DeliveryService, OutboxService, ReminderSweepService],
      exports: [RecipientsService, DeliveryService, ReminderSweepService],
    };
  }
}
