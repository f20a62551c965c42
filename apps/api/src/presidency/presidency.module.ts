import { Module } from '@nestjs/common';
import { RoleTermModule } from '../role-term/role-term.module';
import { PresidencyHandoverService } from './presidency-handover.service';
import { PresidencyRepository } from './presidency.repository';
import { PresidencyResolver } from './presidency.resolver';

@Module({
  imports: [RoleTermModule],
  providers: [PresidencyResolver, PresidencyHandoverService, PresidencyRepository],
})
export class PresidencyModule {}
