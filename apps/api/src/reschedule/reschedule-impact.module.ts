import { Module } from '@nestjs/common';
import { InvitationRepository } from '../invitation/invitation.repository';
import { RescheduleImpactResolver } from './reschedule-impact.resolver';
import { RescheduleImpactService } from './reschedule-impact.service';

/** Foreseeing what rescheduling a milestone would move, before it is saved. */
@Module({ providers: [RescheduleImpactResolver, RescheduleImpactService, InvitationRepository] })
export class RescheduleImpactModule {}
