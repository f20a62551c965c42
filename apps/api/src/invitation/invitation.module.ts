import { Module } from '@nestjs/common';
import { InvitationRecipientResolver, InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';

/** The API side of invitations to meetings: sending them, replying, and seeing who is coming. */
@Module({
  providers: [InvitationResolver, InvitationRecipientResolver, InvitationService],
  exports: [InvitationService],
})
export class InvitationModule {}
