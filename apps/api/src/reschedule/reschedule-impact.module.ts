import { Module } from '@nestjs/common';
import { RescheduleImpactRepository } from './reschedule-impact.repository';
import { RescheduleImpactResolver } from './reschedule-impact.resolver';
import { RescheduleImpactService } from './reschedule-impact.service';

/** Foreseeing what rescheduling a milestone would move, before it is saved. */
@Module({ providers: [RescheduleImpactResolver, RescheduleImpactService, RescheduleImpactRepository] })
export class RescheduleImpactModule {}
