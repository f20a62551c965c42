import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLErrorsFilter } from '../common/errors/graphql-errors.filter';
import { AccessGuard } from './access.guard';
import { ActorService } from './actor.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

@Global()
@Module({
  providers: [
    ActorService,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: GraphQLErrorsFilter },
  ],
  exports: [ActorService, AuthService],
})
export class AuthModule {}
