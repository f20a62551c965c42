import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/**
 * The lazy chunks a visitor's first screen loads besides the entry, by name: the overview route (its chart included),
 * the shell's words and the route's in English (`en-<first section>`), and the WebSocket client the public's live
 * updates start at once. The reasons' sentences (`en-reason`) and every other screen's chunks wait until used.
 */
const FIRST_SCREEN_CHUNKS = ['OverviewScreen', 'en-app', 'en-overview', 'client'];

export interface FirstScreen {
  /**
   * Bytes as the server sent them, compressed as a browser asks (`br, gzip`): the status line and headers with each
   * body, as Chromium counts a response's encoded length (apps/web/e2e/first-load.e2e.ts).
   */
  wireBytes: number;
  files: { file: string; wireBytes: number; encoding: string }[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;

/**
 * The files of the dashboard's first screen, read from the production build: index.html, its stylesheets and
 * scripts, the lazy chunks it loads at once and every chunk those import statically. Lazy chunks that only another
 * screen, another language, a signed-in visitor or a reason to show loads are left out (English is read here).
 */
export function firstScreenFiles(webDist: string): string[] {
  const html = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+\.js)"/g)].map((match) => match[1]!);
  const styles = [...html.matchAll(/<link[^>]*\bhref="\/([^"]+\.css)"/g)].map((match) => match[1]!);
  if (entries.length === 0) throw new Error(`${webDist}/index.html loads no script.`);
  const lazy = new Set<string>();
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const code = fs.readFileSync(path.join(webDist, file), 'utf8');
    for (const [, imported] of code.matchAll(STATIC_IMPORT))
      visit(path.posix.join(path.posix.dirname(file), imported!));
    for (const [, imported] of code.matchAll(DYNAMIC_IMPORT))
      lazy.add(path.posix.join(path.posix.dirname(file), imported!));
  };
  entries.forEach(visit);
  for (const chunk of FIRST_SCREEN_CHUNKS) {
    // Each one found among the lazy imports of those loaded so far: the route's words are imported by the route.
    const file = [...lazy].find((candidate) => path.basename(candidate).startsWith(`${chunk}-`));
    if (!file)
      throw new Error(`No lazy chunk named ${chunk}-*.js is imported in ${webDist}: has the screen moved?`);
    visit(file);
  }
  return ['', ...styles, ...loaded];
}

/** One file as the server sends it to a browser that accepts brotli and gzip: its headers and undecoded body. */
function received(baseUrl: string, file: string): Promise<{ wireBytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    // node:http, not fetch: fetch decodes the body, and the size on the wire is what is measured.
    const request = http.get(
      `${baseUrl}/${file}`,
      { headers: { 'accept-encoding': 'br, gzip' } },
      (response) => {
        if (response.statusCode !== 200) reject(new Error(`GET /${file} answered ${response.statusCode}`));
        const headerLines = [`HTTP/${response.httpVersion} ${response.statusCode} ${response.statusMessage}`];
        for (let i = 0; i < response.rawHeaders.length; i += 2)
          headerLines.push(`${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}`);
        let wireBytes = Buffer.byteLength(`${headerLines.join('\r\n')}\r\n\r\n`);
        response.on('data', (chunk: Buffer) => (wireBytes += chunk.length));
        response.on('end', () =>
          resolve({ wireBytes, encoding: response.headers['content-encoding'] ?? 'identity' }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

/** The first screen over the wire, read from the running product (the API serves the dashboard's build). */
export async function firstScreenOverTheWire(baseUrl: string, webDist: string): Promise<FirstScreen> {
  const files = await Promise.all(
    firstScreenFiles(webDist).map(async (file) => ({ file: `/${file}`, ...(await received(baseUrl, file)) })),
  );
  return { wireBytes: files.reduce((sum, file) => sum + file.wireBytes, 0), files };
}
