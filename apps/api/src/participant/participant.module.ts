import { Module } from '@nestjs/common';
import { ParticipantResolver, PersonResolver } from './participant.resolver';
import { ParticipantService } from './participant.service';

@Module({ providers: [ParticipantResolver, PersonResolver, ParticipantService] })
export class ParticipantModule {}
