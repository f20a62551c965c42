import { Module } from '@nestjs/common';
import { MatterRepository } from '../matter/matter.repository';
import { ProcessRepository } from '../process/process.repository';
import { ProcessCopyRepository } from './process-copy.repository';
import { ProcessCopyResolver } from './process-copy.resolver';
import { ProcessCopyService } from './process-copy.service';

/** A folder of its own: copying reads and writes processes, milestones and matters, which no one of them owns. */
@Module({
  providers: [
    ProcessCopyResolver,
    ProcessCopyService,
    ProcessCopyRepository,
    ProcessRepository,
    MatterRepository,
  ],
})
export class ProcessCopyModule {}
