import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
import { QueryFailedError } from 'typeorm';
import { formatErrors } from './error-formatter';

const SQL_FAILURE = new Error(
  'insert or update on table "matter" violates foreign key constraint "fk_matter_process": ' +
    'INSERT INTO "matter"("title") VALUES ($1) RETURNING "id"',
);
const context = { app: {} } as MercuriusContext;

describe('formatErrors', () => {
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  it('masks an unexpected error: no SQL, no stack, code INTERNAL_SERVER_ERROR, HTTP 500', () => {
    const error = new GraphQLError(SQL_FAILURE.message, {
      path: ['createMatter'],
      originalError: SQL_FAILURE,
    });

    const { statusCode, response } = formatErrors({ data: null, errors: [error] }, context);

    expect(statusCode).toBe(500);
    expect(response).toEqual({
      data: null,
      errors: [
        {
          message: 'Something went wrong on the server; it has been logged. Please try again.',
          path: ['createMatter'],
          locations: undefined,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(JSON.stringify(response)).not.toMatch(/INSERT|matter"|constraint|\n\s+at /);
    // The server's log keeps what the client does not see.
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('fk_matter_process'), SQL_FAILURE.stack);
  });

  it('answers 200 when other fields resolved, still masking the failed one', () => {
    const error = new GraphQLError(SQL_FAILURE.message, { path: ['matter'], originalError: SQL_FAILURE });

    const { statusCode, response } = formatErrors(
      { data: { me: { capacities: [] } }, errors: [error] },
      context,
    );

    expect(statusCode).toBe(200);
    expect(response.errors[0]).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(response)).not.toContain('INSERT');
  });

  describe('a value PostgreSQL refused', () => {
    const refused = (code: string, message: string) =>
      new QueryFailedError(
        'SELECT * FROM matter WHERE id = $1',
        ['x'],
        Object.assign(new Error(message), { code }),
      );
    const formatted = (original: Error) =>
      formatErrors(
        {
          data: null,
          errors: [new GraphQLError(original.message, { path: ['matter'], originalError: original })],
        },
        context,
      );

    beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));

    it("is the client's mistake, told in our words, not the value PostgreSQL quotes", () => {
      const { statusCode, response } = formatted(
        refused('22P02', 'invalid input syntax for type uuid: "not-an-id"'),
      );

      expect(statusCode).toBe(200);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'An id or number in the request is malformed.',
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ]);
      expect(JSON.stringify(response)).not.toContain('not-an-id');
    });

    it('covers the whole class 22 with a general message', () => {
      const { response } = formatted(refused('2201W', 'LIMIT must not be negative'));

      expect(response.errors[0]).toMatchObject({
        message: 'A value in the request is not valid.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it("leaves other refusals (a broken constraint) to be masked as the server's fault", () => {
      const { statusCode, response } = formatted(refused('23503', SQL_FAILURE.message));

      expect(statusCode).toBe(500);
      expect(response.errors[0]).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    });

    it("is recognised only in TypeORM's report, not in any error that carries a code", () => {
      const { response } = formatted(Object.assign(new Error('refused'), { driverError: { code: '22P02' } }));

      expect(response.errors[0]).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    });
  });
});
