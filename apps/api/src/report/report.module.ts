import { Module } from '@nestjs/common';
import { InvitationModule } from '../invitation/invitation.module';
import { ProcessModule } from '../process/process.module';
import { ReportController } from './report.controller';
import { StateOfPlayResolver } from './state-of-play.resolver';
import { StateOfPlayService } from './state-of-play.service';

/** The state-of-play report (GraphQL and PDF) and the CSV exports. */
@Module({
  imports: [ProcessModule, InvitationModule],
  providers: [StateOfPlayService, StateOfPlayResolver],
  controllers: [ReportController],
})
export class ReportModule {}
