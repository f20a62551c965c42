import { Module } from '@nestjs/common';
import { RoleTermModule } from '../role-term/role-term.module';
import { PresidencyHandoverService } from './presidency-handover.service';
import { ReminderSweepRepository } from '../notification/reminder-sweep.repository';
import { PresidencyResolver } from './presidency.resolver';

@Module({
  imports: [RoleTermModule],
  providers: [PresidencyResolver, PresidencyHandoverService, ReminderSweepRepository],
})
export class PresidencyModule {}
