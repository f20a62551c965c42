import { Module } from '@nestjs/common';
import { MilestoneResolver } from './milestone.resolver';
import { MilestoneService } from './milestone.service';
import { ProcessMilestonesResolver } from './process-milestones.resolver';

@Module({ providers: [MilestoneResolver, ProcessMilestonesResolver, MilestoneService] })
export class MilestoneModule {}
