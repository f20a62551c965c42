import { Module } from '@nestjs/common';
import { MilestoneRepository } from '../milestone/milestone.repository';
import { ProcessRepository } from '../process/process.repository';
import { MatterHistoryRepository } from './matter-history.repository';
import { MatterRepository } from './matter.repository';
import { MatterResolver } from './matter.resolver';
import { ProcessMattersResolver } from './process-matters.resolver';
import { MatterService } from './matter.service';

@Module({
  providers: [
    MatterResolver,
    ProcessMattersResolver,
    MatterService,
    MatterHistoryRepository,
    MatterRepository,
    MilestoneRepository,
    ProcessRepository,
  ],
})
export class MatterModule {}
