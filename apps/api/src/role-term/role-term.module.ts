import { Module } from '@nestjs/common';
import { ParticipantRepository } from '../participant/participant.repository';
import { MeRolesResolver } from './me-roles.resolver';
import { RoleTermRepository } from './role-term.repository';
import { RoleTermResolver } from './role-term.resolver';
import { RoleTermService } from './role-term.service';

@Module({
  providers: [RoleTermResolver, MeRolesResolver, RoleTermService, RoleTermRepository, ParticipantRepository],
  exports: [RoleTermService, RoleTermRepository, ParticipantRepository],
})
export class RoleTermModule {}
