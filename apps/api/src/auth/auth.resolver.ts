import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { can, PERMISSIONS, type Permission } from '@prepcom/domain';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { CurrentActor, RequestNow, type RequestContext } from '../loaders/request-context';
import { Public, SignedIn } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import { ActorService } from '../identity/actor.service';
import { AuthService, type NewSession } from './auth.service';
import { SetPasswordWithTokenInput, SignInInput } from './dto/auth.inputs';
import { Me } from '../identity/me.type';
import { SESSION_COOKIE } from '../identity/session-token';
import { SignInThrottle } from './sign-in-throttle';

const meOf = (actor: Actor): Me => ({
  account: actor.account,
  participant: actor.participant,
  capacities: [...actor.capacities],
  clearance: actor.clearance,
  permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((permission) =>
    can(actor.capacities, permission),
  ),
});

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly actors: ActorService,
    private readonly throttle: SignInThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => Me, { description: 'Who you are signed in as, and what you may do today.' })
  me(@CurrentActor() actor: Actor): Me {
    return meOf(actor);
  }

  @Public()
  @Mutation(() => Me, {
    description: 'Signs in with email and password; the session travels in an httpOnly cookie.',
  })
  async signIn(
    @Args('input') input: SignInInput,
    @Context() context: RequestContext,
    @RequestNow() now: Date,
  ): Promise<Me> {
    const session = await this.throttle.attempt(input.email, context.reply, () =>
      this.auth.signIn(input.email, input.password, now),
    );
    return this.startSession(session, context, now);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async signOut(@Context() context: RequestContext, @RequestNow() now: Date): Promise<boolean> {
    await this.auth.signOut(context.actor.sessionId, now);
    context.reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Public()
  @Mutation(() => Me, { description: 'Accepts an invitation: sets the password and signs in.' })
  async acceptInvitation(
    @Args('input') input: SetPasswordWithTokenInput,
    @Context() context: RequestContext,
    @RequestNow() now: Date,
  ): Promise<Me> {
    return this.startSession(
      await this.auth.setPasswordWithToken(input.token, input.password, now),
      context,
      now,
    );
  }

  @Public()
  @Mutation(() => Me, {
    description: 'Uses a password reset link: sets the new password, ends other sessions, signs in.',
  })
  async resetPassword(
    @Args('input') input: SetPasswordWithTokenInput,
    @Context() context: RequestContext,
    @RequestNow() now: Date,
  ): Promise<Me> {
    return this.startSession(
      await this.auth.setPasswordWithToken(input.token, input.password, now),
      context,
      now,
    );
  }

  @SignedIn()
  @Mutation(() => Me, { description: 'Sets the language of your notifications: en, fr or es.' })
  async setMyLanguage(
    @Args('language') language: string,
    @Context() context: RequestContext,
    @RequestNow() now: Date,
  ): Promise<Me> {
    await this.auth.setLanguage(context.actor, language, now);
    context.actor = await this.actors.forAccount(context.actor.account!.id, now, context.actor.sessionId);
    return meOf(context.actor);
  }

  private async startSession(session: NewSession, context: RequestContext, now: Date): Promise<Me> {
    const reply: FastifyReply = context.reply;
    reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.production,
      path: '/',
      expires: session.expiresAt,
    });
    // The rest of this request acts as the person who just signed in.
    context.actor = await this.actors.forAccount(session.accountId, now);
    return meOf(context.actor);
  }
}
