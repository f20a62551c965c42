import { Module } from '@nestjs/common';
import { MeRolesResolver } from './me-roles.resolver';
import { RoleTermResolver } from './role-term.resolver';
import { RoleTermService } from './role-term.service';

@Module({ providers: [RoleTermResolver, MeRolesResolver, RoleTermService], exports: [RoleTermService] })
export class RoleTermModule {}
