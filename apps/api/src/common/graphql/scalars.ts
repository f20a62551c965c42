import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate, type IsoDate } from '@prepcom/domain';

function parseLocalDate(value: unknown): IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(
      `"${String(value)}" is not a calendar date; write it as YYYY-MM-DD, e.g. 2003-09-19.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
}

/** A calendar day with no time zone (due dates, role terms): `YYYY-MM-DD`. */
export const LocalDateScalar = new GraphQLScalarType<IsoDate, IsoDate>({
  name: 'LocalDate',
  description: 'A calendar date with no time zone, written YYYY-MM-DD.',
  serialize: (value) => parseLocalDate(value),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
