import { createLogger, scrub } from './logging';

function logged(write: (logger: ReturnType<typeof createLogger>) => void): Record<string, unknown> {
  const lines: string[] = [];
  write(
    createLogger('api', {
      level: 'info',
      format: 'json',
      destination: { write: (line) => lines.push(line) },
    }),
  );
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

describe('logs', () => {
  it('never write secret fields, whatever object they sit in', () => {
    const line = logged((logger) =>
      logger.info(
        {
          password: 'hunter2hunter2',
          input: { email: 'delegate@example.org', newPassword: 'x' },
          headers: { cookie: 'prepcom_session=abc', authorization: 'Bearer t0ken' },
          deep: { er: { token: 'reset-token' } },
          account: 'kept',
        },
        'signing in',
      ),
    );
    expect(line).toMatchObject({
      password: '[redacted]',
      input: { email: '[redacted]', newPassword: '[redacted]' },
      headers: { cookie: '[redacted]', authorization: '[redacted]' },
      deep: { er: { token: '[redacted]' } },
      account: 'kept',
      msg: 'signing in',
      level: 'info',
      name: 'prepcom-api',
    });
  });

  it('mask emails, session cookies, feed tokens and URL credentials in messages and errors', () => {
    const line = logged((logger) =>
      logger.error(
        { err: new Error('duplicate key (email)=(Some.One@mission.example.org)') },
        'Mail to a.b@example.org failed; cookie prepcom_session=s3cr3t; GET /calendar/private/AbC_123.ics; ' +
          'redis://user:pa55@redis:6379',
      ),
    );
    expect(line.msg).toBe(
      'Mail to [email] failed; cookie prepcom_session=[redacted]; GET /calendar/private/[token]; ' +
        'redis://[credentials]@redis:6379',
    );
    const err = line.err as { message: string; stack: string };
    expect(err.message).toBe('duplicate key (email)=([email])');
    expect(err.stack).not.toContain('mission.example.org');
  });

  it('leave ordinary text alone', () => {
    expect(scrub('Relay failed: connect ECONNREFUSED 127.0.0.1:6379 (job deliver-12-abc)')).toBe(
      'Relay failed: connect ECONNREFUSED 127.0.0.1:6379 (job deliver-12-abc)',
    );
  });

  /** What the text format writes to stdout for `write`. */
  function textOutput(write: (logger: ReturnType<typeof createLogger>) => void): string[] {
    const lines: string[] = [];
    const stdoutWrite = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      lines.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      write(createLogger('api', { level: 'info', format: 'text' }));
    } finally {
      process.stdout.write = stdoutWrite;
    }
    return lines;
  }

  it('keep each entry on one text line, whatever a client put in the values', () => {
    const forged = 'x\n12:00:00 ERROR [Auth] admin signed in\r\u001b[2K\u2028';
    const lines = textOutput((logger) =>
      logger.info(
        { req: { method: 'POST', url: `/graphql/${forged}` }, res: { statusCode: 400 }, field: forged },
        forged,
      ),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.slice(0, -1)).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
    expect(lines[0]).toContain('x\\n12:00:00 ERROR [Auth] admin signed in\\r\\u001b[2K\\u2028');
  });

  it('can be short text lines for people', () => {
    const lines: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => {
      lines.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      createLogger('worker', { level: 'info', format: 'text' }).info(
        { job: 'fan-out', eventId: '7' },
        'job done',
      );
    } finally {
      process.stdout.write = write;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO {2}job done job=fan-out eventId=7\n$/);
  });
});
