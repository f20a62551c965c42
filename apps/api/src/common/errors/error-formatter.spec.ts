import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { MercuriusContext } from 'mercurius';
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
});
