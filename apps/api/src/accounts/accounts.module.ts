import { Module } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';

/** Managing accounts: the list, invitations and reset links sent by email, disabling and enabling. */
@Module({ providers: [AccountsService, AccountsResolver, AccountsRepository] })
export class AccountsModule {}
