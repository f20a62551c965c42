import { Module } from '@nestjs/common';
import { MatterRepository } from '../matter/matter.repository';
import { ParticipantLookupRepository } from '../participant/participant-lookup.repository';
import { OptionRepository } from './option.repository';
import { OptionResolver } from './option.resolver';
import { OptionService } from './option.service';

@Module({
  providers: [OptionResolver, OptionService, OptionRepository, MatterRepository, ParticipantLookupRepository],
})
export class OptionModule {}
