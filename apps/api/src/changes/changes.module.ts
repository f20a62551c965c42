import { Module } from '@nestjs/common';
import { ProcessModule } from '../process/process.module';
import { ChangesSinceResolver } from './changes-since.resolver';
import { ChangesSinceService } from './changes-since.service';
import { ProcessChangesResolver } from './process-changes.resolver';
import { ProcessChangesService } from './process-changes.service';
import { ChangesRepository } from './changes.repository';

/** What changed in a process: live, as it happens (decision 34), and since one's last visit. */
@Module({
  imports: [ProcessModule],
  providers: [
    ProcessChangesResolver,
    ProcessChangesService,
    ChangesSinceResolver,
    ChangesSinceService,
    ChangesRepository,
  ],
})
export class ChangesModule {}
