import { graphql, GraphQLObjectType, GraphQLScalarType, GraphQLSchema, GraphQLString } from 'graphql';
import { render } from '@prepcom/texts';
import { LOOKUPS } from '@prepcom/texts/catalogues';
import { LocalDateScalar, strictDateTime } from './scalars';

// Nest's DateTime scalar, which `strictDateTime` makes strict in place.
const DateTime = new GraphQLScalarType({ name: 'DateTime', parseValue: (value) => new Date(String(value)) });

const schema = strictDateTime(
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        echo: {
          type: GraphQLString,
          args: { day: { type: LocalDateScalar }, at: { type: DateTime } },
          resolve: (_root, args: { day?: string; at?: Date }) => args.day ?? args.at?.toISOString(),
        },
      },
    }),
  }),
);

const ask = (variables: Record<string, unknown>) =>
  graphql({
    schema,
    source: 'query ($day: LocalDate, $at: DateTime) { echo(day: $day, at: $at) }',
    variableValues: variables,
  });

describe('date scalars', () => {
  it('read a calendar day and an instant with its offset', async () => {
    expect((await ask({ day: '2003-09-19' })).data).toEqual({ echo: '2003-09-19' });
    expect((await ask({ at: '2003-09-19T14:00+02:00' })).data).toEqual({ echo: '2003-09-19T12:00:00.000Z' });
  });

  it.each([
    [{ day: '2003-02-30' }, 'INVALID_DATE', '« 2003-02-30 » n’est pas une date du calendrier (AAAA-MM-JJ).'],
    [
      { at: 'yesterday' },
      'INVALID_INSTANT',
      '« yesterday » n’est pas une date et une heure entre les années 0001 et 9999 : écrivez-la en ISO 8601 avec son décalage, p. ex. 2003-09-19T12:00:00Z.',
    ],
  ])('refuse %j with a code the dashboard says in the reader’s language', async (variables, code, french) => {
    const [error] = (await ask(variables)).errors ?? [];
    const { code: errorCode, guards } = error!.extensions as {
      code: string;
      guards: { code: string; params: Record<string, unknown> }[];
    };
    expect(errorCode).toBe('BAD_USER_INPUT');
    expect(guards.map((guard) => guard.code)).toEqual([code]);
    expect(render(guards[0] as never, 'fr', LOOKUPS.fr)).toBe(french);
  });
});
