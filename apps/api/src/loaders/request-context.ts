import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../identity/actor';
import type { ActorService } from '../identity/actor.service';
import type { Loaders, LoadersFactory } from './loaders.factory';

/** What every resolver can reach for one GraphQL request. */
export interface RequestContext {
  loaders: Loaders;
  /** One "now" per request, so every field computed "as of now" agrees with every other. */
  now: Date;
  /** Who is asking; a visitor when nobody is signed in. */
  actor: Actor;
  /** For setting and clearing the session cookie. */
  reply: FastifyReply;
}

/**
 * Who is asking, as of now, and their loaders: for an HTTP request, or for the upgrade request that opened a
 * subscription's WebSocket (whose reply Mercurius provides).
 */
export async function contextFor(
  request: FastifyRequest,
  actors: ActorService,
  loaders: LoadersFactory,
): Promise<Omit<RequestContext, 'reply'>> {
  const now = new Date();
  const actor = await actors.fromRequest(request, now);
  return { loaders: loaders.create(actor, now), now, actor };
}

/**
 * A field resolver's arguments when the field takes none. Field resolvers of the types read in long lists (matters,
 * their options, actions and views, milestones) take GraphQL's own `(parent, args, context)` rather than parameter
 * decorators: @nestjs/graphql then calls them directly (nestjs/graphql#3838) instead of through its per-call
 * parameter factories and pipes, which cost about 80 µs a call here, 0.4 s for a dashboard's 5,000 views (decision
 * 0014).
 */
export type NoArgs = Record<string, never>;

/** Injects the current request's DataLoaders: `@RequestLoaders() loaders: Loaders`. */
export const RequestLoaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Loaders =>
    GqlExecutionContext.create(context).getContext<RequestContext>().loaders,
);

/** The request's own instant: `@RequestNow() now: Date`. */
export const RequestNow = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Date =>
    GqlExecutionContext.create(context).getContext<RequestContext>().now,
);

/** The request's actor: `@CurrentActor() actor: Actor`. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    GqlExecutionContext.create(context).getContext<RequestContext>().actor,
);
