import { Module } from '@nestjs/common';
import { ParticipantRepository } from '../participant/participant.repository';
import { InvitationRecipientResolver, InvitationResolver } from './invitation.resolver';
import { InvitationRepository } from './invitation.repository';
import { InvitationService } from './invitation.service';

/** The API side of invitations to meetings: sending them, replying, and seeing who is coming. */
@Module({
  providers: [
    InvitationResolver,
    InvitationRecipientResolver,
    InvitationService,
    InvitationRepository,
    ParticipantRepository,
  ],
  exports: [InvitationService],
})
export class InvitationModule {}
