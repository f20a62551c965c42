import { Module } from '@nestjs/common';
import { RoleTermResolver } from './role-term.resolver';
import { RoleTermService } from './role-term.service';

@Module({ providers: [RoleTermResolver, RoleTermService], exports: [RoleTermService] })
export class RoleTermModule {}
