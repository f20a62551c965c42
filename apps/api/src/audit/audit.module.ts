import { Global, Module } from '@nestjs/common';
import { AuditExportController } from './audit-export.controller';
import { AuditPrivilegesCheck } from './audit-privileges.check';
import { AuditPrivilegesRepository } from './audit-privileges.repository';
import { AuditTrailRepository } from './audit-trail.repository';
import { AuditTrailService } from './audit-trail.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({
  providers: [
    AuditService,
    AuditTrailService,
    AuditTrailRepository,
    AuditResolver,
    AuditPrivilegesCheck,
    AuditPrivilegesRepository,
  ],
  controllers: [AuditExportController],
  exports: [AuditService, AuditTrailService, AuditTrailRepository],
})
export class AuditModule {}
