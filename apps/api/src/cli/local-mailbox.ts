import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../database/embedded-postgres';

/**
 * The embedded mail default of `npm start`: an SMTP receiver on loopback that writes every message it gets to
 * `<folder>/<time>-<n>.eml`, to be opened with any mail program. Nothing is dropped, nothing leaves the machine.
 */
export async function startLocalMailbox(folder: string): Promise<{ url: string; close(): Promise<void> }> {
  fs.mkdirSync(folder, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++count}.eml`);
      const out = fs.createWriteStream(file);
      stream.pipe(out);
      out.on('finish', () => callback());
      out.on('error', (error) => callback(error));
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
