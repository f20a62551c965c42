import { Module } from '@nestjs/common';
import { MilestoneRepository } from '../milestone/milestone.repository';
import { ProcessRepository } from './process.repository';
import { ProcessResolver } from './process.resolver';
import { ProcessService } from './process.service';

@Module({
  providers: [ProcessResolver, ProcessService, ProcessRepository, MilestoneRepository],
  exports: [ProcessService],
})
export class ProcessModule {}
