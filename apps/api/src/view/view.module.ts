import { Module } from '@nestjs/common';
import { MatterRepository } from '../matter/matter.repository';
import { MilestoneRepository } from '../milestone/milestone.repository';
import { OptionRepository } from '../option/option.repository';
import { ParticipantLookupRepository } from '../participant/participant-lookup.repository';
import { ViewRepository } from './view.repository';
import { ViewResolver } from './view.resolver';
import { ViewService } from './view.service';

@Module({
  providers: [
    ViewResolver,
    ViewService,
    ViewRepository,
    MatterRepository,
    OptionRepository,
    MilestoneRepository,
    ParticipantLookupRepository,
  ],
})
export class ViewModule {}
