import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { AppError } from '../common/errors/app-error';
import type { RequestContext } from '../loaders/request-context';
import { ACCESS_RULE, type AccessRule } from '../identity/access.decorators';

/**
 * Applies each GraphQL root field's access rule; a field without one is refused (fail closed). The few plain HTTP
 * routes (the CSV export) check the actor themselves, since they answer with HTTP statuses rather than GraphQL.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const rule = this.reflector.get<AccessRule | undefined>(ACCESS_RULE, context.getHandler());
    const { actor } = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!rule) {
      throw new AppError('FORBIDDEN', 'This operation has no access rule yet, so nobody may use it.');
    }
    if (rule.kind === 'public') return true;
    if (rule.kind === 'signedIn') {
      if (!actor.signedIn) throw new AppError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
      return true;
    }
    actor.require(rule.permission);
    return true;
  }
}
