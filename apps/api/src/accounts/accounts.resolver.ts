import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Public } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import { InviteAccountInput, OneTimeLink } from '../auth/dto/auth.inputs';
import { CurrentActor, RequestNow } from '../loaders/request-context';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import { AccountsService } from './accounts.service';
import { ManagedAccount } from './managed-account.type';

const ManagedAccountConnection = ConnectionType(ManagedAccount, 'ManagedAccount');

/** Accounts as those who manage them see them: inviting, links by email, disabling. */
@Resolver(() => ManagedAccount)
export class AccountsResolver {
  constructor(private readonly service: AccountsService) {}

  @Allow('account.invite')
  @Query(() => ManagedAccountConnection, {
    description:
      "Accounts by name with their participant, status and last sign-in: every one for an administrator, a Co-Chair's own delegation's for a Co-Chair.",
  })
  async accounts(
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<Connection<ManagedAccount>> {
    return paginate(await this.service.list(actor, now), page);
  }

  @Allow('account.invite')
  @Mutation(() => OneTimeLink, {
    description:
      'Invites a person (or renews a pending invitation): the link is emailed to them in their language, with who invited them and for which participant.',
  })
  inviteAccount(
    @Args('input') input: InviteAccountInput,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<OneTimeLink> {
    return this.service.invite(input, actor, now);
  }

  @Allow('account.invite')
  @Mutation(() => OneTimeLink, {
    description: 'Emails a pending invitation again, with a new link; the earlier link ends.',
  })
  resendInvitation(
    @Args('accountId', { type: () => ID }) accountId: string,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<OneTimeLink> {
    return this.service.resendInvitation(accountId, actor, now);
  }

  @Allow('account.manage')
  @Mutation(() => OneTimeLink, {
    description:
      "Makes a password reset link for an account: emailed to its holder, and returned to pass on if that email is lost; the account's earlier links end.",
  })
  createPasswordResetLink(
    @Args('accountId', { type: () => ID }) accountId: string,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<OneTimeLink> {
    return this.service.passwordResetLink(accountId, actor, now);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a password reset link to this address if it has an account. Always true, so it reveals no account.',
  })
  async requestPasswordReset(@Args('email') email: string, @RequestNow() now: Date): Promise<boolean> {
    await this.service.requestPasswordReset(email, now);
    return true;
  }

  @Allow('account.manage')
  @Mutation(() => ManagedAccount, {
    description:
      'Disables an account: it can no longer sign in, and its sessions and unused links end at once.',
  })
  disableAccount(
    @Args('accountId', { type: () => ID }) accountId: string,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<ManagedAccount> {
    return this.service.setDisabled(accountId, true, actor, now);
  }

  @Allow('account.manage')
  @Mutation(() => ManagedAccount, {
    description:
      'Enables a disabled account again: its holder signs in with their password, or asks for a reset.',
  })
  enableAccount(
    @Args('accountId', { type: () => ID }) accountId: string,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<ManagedAccount> {
    return this.service.setDisabled(accountId, false, actor, now);
  }
}
