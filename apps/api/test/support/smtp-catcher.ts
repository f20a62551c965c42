import { SMTPServer } from 'smtp-server';
import { freePort } from '../../src/database/embedded-postgres';

export interface CaughtEmail {
  to: string;
  messageId: string;
  raw: string;
}

/**
 * A real SMTP server on loopback that keeps what it receives. `refuse(address)` answers 550 for an address, and
 * `defer(address)` 450 (until `accept(address)`); `busy(n)` answers 421 to the next n messages (a mail server that is temporarily overloaded);
 * `stall(after)` answers the next `after` messages, then leaves every later one unanswered, its sender waiting,
 * until `release()`; `slow(ms)` answers each message `ms` after it arrives. A message counts as received once
 * answered: a sender that hangs up before did not send it.
 */
export async function startSmtpCatcher() {
  const received: CaughtEmail[] = [];
  const refused = new Set<string>();
  const deferred = new Set<string>();
  let busyFor = 0;
  let answeredBeforeStall = Infinity;
  let answerAfterMs = 0;
  /** Messages waiting out `slow`'s delay. */
  let delayed = 0;
  const closed = new Set<string>();
  /** Unanswered messages by session id: each function accepts its message. */
  const held = new Map<string, () => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) {
        return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      }
      if (deferred.has(address.address)) {
        return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 450 }));
      }
      return callback();
    },
    onClose(session) {
      held.delete(session.id);
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        if (busyFor > 0) {
          busyFor -= 1;
          return callback(Object.assign(new Error('Try again later'), { responseCode: 421 }));
        }
        const accept = () => {
          const messageId = /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '';
          for (const to of session.envelope.rcptTo) received.push({ to: to.address, messageId, raw });
          callback();
        };
        if (answeredBeforeStall <= 0) {
          held.set(session.id, accept);
          return;
        }
        answeredBeforeStall -= 1;
        if (answerAfterMs === 0) return accept();
        delayed += 1;
        setTimeout(() => {
          delayed -= 1;
          if (!closed.has(session.id)) accept();
        }, answerAfterMs);
      });
    },
  });
  // A sender killed mid-message resets its connection: that is the sender's fault under test, not the catcher's.
  server.on('error', () => undefined);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (address: string) => refused.add(address),
    accept: (address: string) => {
      refused.delete(address);
      deferred.delete(address);
    },
    /** Answers 450 (try again later) for an address, until `accept(address)`. */
    defer: (address: string) => deferred.add(address),
    busy: (messages: number) => (busyFor = messages),
    stall: (after = 0) => (answeredBeforeStall = after),
    slow: (ms: number) => (answerAfterMs = ms),
    /** How many messages wait for an answer (stalled, or delayed by `slow`). */
    held: () => held.size + delayed,
    /** Answers the waiting messages and stops stalling. */
    release: () => {
      answeredBeforeStall = Infinity;
      for (const accept of held.values()) accept();
      held.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `check` holds, or fails after `ms` with what it last saw. */
export async function eventually<T>(
  read: () => Promise<T> | T,
  check: (value: T) => boolean,
  ms = 120_000, // a deadline for a busy machine; polling costs nothing when things are well
): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`Still not there after ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}
