import { Module } from '@nestjs/common';
import { ProcessCopyResolver } from './process-copy.resolver';
import { ProcessCopyService } from './process-copy.service';

/** A folder of its own: copying reads and writes processes, milestones and matters, which no one of them owns. */
@Module({ providers: [ProcessCopyResolver, ProcessCopyService] })
export class ProcessCopyModule {}
