import { Module } from '@nestjs/common';
import { ParticipantResolver, PersonResolver } from './participant.resolver';
import { ParticipantService } from './participant.service';
import { StatesPartiesImportService } from './states-parties-import.service';

@Module({ providers: [ParticipantResolver, PersonResolver, ParticipantService, StatesPartiesImportService] })
export class ParticipantModule {}
