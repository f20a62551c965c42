import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the sink received it: its envelope and its bytes, as they can be sent again. */
export interface ReceivedEmail {
  from: string;
  to: string[];
  raw: Buffer;
}

/**
 * A real SMTP server on loopback that accepts every message and counts it (the idea of the API tests'
 * smtp-catcher). It keeps the messages only while asked to (`record`): thousands go through it.
 */
export class SmtpSink {
  private constructor(
    private readonly server: SMTPServer,
    private readonly state: { messages: number; recording: ReceivedEmail[] | null },
    readonly url: string,
  ) {}

  static async start(): Promise<SmtpSink> {
    const state: { messages: number; recording: ReceivedEmail[] | null } = { messages: 0, recording: null };
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        const recording = state.recording;
        stream.on('data', (chunk: Buffer) => {
          if (recording) chunks.push(chunk);
        });
        stream.on('end', () => {
          state.messages += 1;
          const { mailFrom, rcptTo } = session.envelope;
          recording?.push({
            from: mailFrom ? mailFrom.address : '',
            to: rcptTo.map((recipient) => recipient.address),
            raw: Buffer.concat(chunks),
          });
          callback();
        });
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    return new SmtpSink(server, state, `smtp://127.0.0.1:${port}`);
  }

  /** Messages accepted so far. */
  get received(): number {
    return this.state.messages;
  }

  /** Keeps every message accepted from now until `stop` is called, which returns them. */
  record(): { stop(): ReceivedEmail[] } {
    const recording: ReceivedEmail[] = [];
    this.state.recording = recording;
    return {
      stop: () => {
        if (this.state.recording === recording) this.state.recording = null;
        return recording;
      },
    };
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
