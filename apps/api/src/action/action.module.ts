import { Module } from '@nestjs/common';
import { MatterRepository } from '../matter/matter.repository';
import { MilestoneRepository } from '../milestone/milestone.repository';
import { ParticipantLookupRepository } from '../participant/participant-lookup.repository';
import { ActionRepository } from './action.repository';
import { ActionResolver } from './action.resolver';
import { ActionService } from './action.service';
import { ProcessActionsResolver } from './process-actions.resolver';

@Module({
  providers: [
    ActionResolver,
    ProcessActionsResolver,
    ActionService,
    ActionRepository,
    MatterRepository,
    MilestoneRepository,
    ParticipantLookupRepository,
  ],
})
export class ActionModule {}
