import { Module } from '@nestjs/common';
import { ParticipantLookupRepository } from '../participant/participant-lookup.repository';
import { ProcessRepository } from '../process/process.repository';
import { MilestoneRepository } from './milestone.repository';
import { MilestoneResolver } from './milestone.resolver';
import { MilestoneService } from './milestone.service';
import { ProcessMilestonesResolver } from './process-milestones.resolver';

@Module({
  providers: [
    MilestoneResolver,
    ProcessMilestonesResolver,
    MilestoneService,
    MilestoneRepository,
    ProcessRepository,
    ParticipantLookupRepository,
  ],
})
export class MilestoneModule {}
