import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server on loopback that accepts every message and counts it (the idea of the API tests'
 * smtp-catcher, without keeping the messages: thousands go through it).
 */
export class SmtpSink {
  private constructor(
    private readonly server: SMTPServer,
    private readonly counted: { messages: number },
    readonly url: string,
  ) {}

  static async start(): Promise<SmtpSink> {
    const counted = { messages: 0 };
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          counted.messages += 1;
          callback();
        });
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    return new SmtpSink(server, counted, `smtp://127.0.0.1:${port}`);
  }

  /** Messages accepted so far. */
  get received(): number {
    return this.counted.messages;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
