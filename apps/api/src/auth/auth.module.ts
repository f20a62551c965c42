import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLErrorsFilter } from '../common/errors/graphql-errors.filter';
import { SharedRateLimiter } from '../common/rate-limits/rate-limiter';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AccessGuard } from './access.guard';
import { ActorService } from '../identity/actor.service';
import { ParticipantRepository } from '../participant/participant.repository';
import { RoleTermRepository } from '../role-term/role-term.repository';
import { AccountRepository } from './account.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { MePermissionsResolver } from './me-permissions.resolver';
import { OneTimeTokenRepository } from './one-time-token.repository';
import { SessionRepository } from './session.repository';
import { SignInThrottle } from './sign-in-throttle';

@Global()
@Module({
  providers: [
    ActorService,
    AuthService,
    AuthResolver,
    MePermissionsResolver,
    SignInThrottle,
    AccountRepository,
    SessionRepository,
    OneTimeTokenRepository,
    ParticipantRepository,
    RoleTermRepository,
    {
      provide: SharedRateLimiter,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SharedRateLimiter(config.redisUrl, config.queuePrefix),
    },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: GraphQLErrorsFilter },
  ],
  exports: [ActorService, AuthService, SharedRateLimiter],
})
export class AuthModule {}
