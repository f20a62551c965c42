import { Module } from '@nestjs/common';
import { RoleTermModule } from '../role-term/role-term.module';
import { PresidencyHandoverService } from './presidency-handover.service';
import { PresidencyResolver } from './presidency.resolver';

@Module({ imports: [RoleTermModule], providers: [PresidencyResolver, PresidencyHandoverService] })
export class PresidencyModule {}
