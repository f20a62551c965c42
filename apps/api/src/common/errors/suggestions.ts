import type { FastifyInstance } from 'fastify';
import type { MercuriusContext } from 'mercurius';

declare module 'fastify' {
  interface FastifyInstance {
    /** Whether error messages keep graphql's "Did you mean …?" hints; set by registerHttpHardening. */
    graphqlSuggestions?: boolean;
  }
}

/** graphql's hints name fields, types and enum values ("Did you mean "title"?"), which reveal the schema. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export function allowGraphqlSuggestions(fastify: FastifyInstance, allowed: boolean): void {
  fastify.decorate('graphqlSuggestions', allowed);
}

/** Strips the hints unless this app allows them (development); an app that never said allows none. */
export function withoutHiddenSuggestions<T extends { message: string }>(
  errors: T[],
  context: Pick<MercuriusContext, 'app'>,
): T[] {
  if (context.app.graphqlSuggestions === true) return errors;
  return errors.map((error) => ({ ...error, message: error.message.replace(SUGGESTION, '') }));
}
