import { Module } from '@nestjs/common';
import { ParticipantRepository } from './participant.repository';
import { ParticipantResolver, PersonResolver } from './participant.resolver';
import { ParticipantService } from './participant.service';
import { StatesPartiesImportService } from './states-parties-import.service';

@Module({
  providers: [
    ParticipantResolver,
    PersonResolver,
    ParticipantService,
    StatesPartiesImportService,
    ParticipantRepository,
  ],
})
export class ParticipantModule {}
