import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema } from 'graphql';
import { isIsoDate, refusal, type IsoDate } from '@prepcom/domain';

/**
 * A value a date scalar cannot read, refused as `invalidInput` refuses (common/errors imports this folder, so it is
 * not imported back): its guard carries the code that says it in the reader's language. The scalar does not know
 * which field it is reading; graphql-js names the variable's path in the message.
 */
function unreadable(code: 'INVALID_DATE' | 'INVALID_INSTANT', value: unknown): GraphQLError {
  // Quoted back, but never whole: a long input is not sent back.
  const text = String(value);
  const failure = refusal(code, '', code, { value: text.length > 40 ? `${text.slice(0, 40)}…` : text });
  return new GraphQLError(failure.message, { extensions: { code: 'BAD_USER_INPUT', guards: [failure] } });
}

function parseLocalDate(value: unknown): IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value)) throw unreadable('INVALID_DATE', value);
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

/** An instant as ISO 8601 with its offset: `2003-09-19T12:00:00Z`, `2003-09-19T14:00+02:00`. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The domain's calendar days run from 0000 to 9999: an instant a day inside them falls on such a day in every time
 * zone (9999-12-31T23:59Z is already 10000 in Geneva).
 */
const FIRST_INSTANT = new Date('0001-01-02T00:00:00Z').getTime();
const LAST_INSTANT = new Date('9999-12-31T00:00:00Z').getTime();

/** The instant written, or null when it is not ISO 8601 with an offset, on a real day, within the years served. */
export function supportedInstant(value: unknown): Date | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return null;
  const time = new Date(value).getTime();
  // The calendar must hold the day as written (no 30 February rolled into March).
  return time >= FIRST_INSTANT && time < LAST_INSTANT && isIsoDate(value.slice(0, 10))
    ? new Date(time)
    : null;
}

function parseInstant(value: unknown): Date {
  const instant = supportedInstant(value);
  if (!instant) throw unreadable('INVALID_INSTANT', value);
  return instant;
}

/**
 * Makes @nestjs/graphql's DateTime scalar strict on input: it turns any value into `new Date(value)`, so "yesterday"
 * became an Invalid Date that reached SQL. Changed in place, as the schema holds Nest's instance.
 */
export function strictDateTime(schema: GraphQLSchema): GraphQLSchema {
  const dateTime = schema.getType('DateTime');
  if (dateTime instanceof GraphQLScalarType) {
    dateTime.parseValue = parseInstant;
    dateTime.parseLiteral = (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined);
  }
  return schema;
}
