import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** The lazy chunk a visitor's first screen loads besides the entry: the overview route (its chart included). */
const FIRST_SCREEN_CHUNKS = ['OverviewScreen'];

export interface FirstScreen {
  /** Bytes of the bodies as the server sent them, compressed as a browser asks (`br, gzip`). */
  wireBytes: number;
  files: { file: string; wireBytes: number; encoding: string }[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;

/**
 * The files of the dashboard's first screen, read from the production build: index.html, its stylesheets and
 * scripts, the overview route's chunk and every chunk those import statically. Lazy chunks that only another
 * screen, another language or a signed-in visitor loads are left out (the reader's language is English here).
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
    const file = [...lazy].find((candidate) => path.basename(candidate).startsWith(`${chunk}-`));
    if (!file)
      throw new Error(`No lazy chunk named ${chunk}-*.js is imported in ${webDist}: has the screen moved?`);
    visit(file);
  }
  const english = [...lazy].filter((file) => /\/en-[\w-]+\.js$/.test(file));
  return ['', ...styles, ...loaded, ...english];
}

/** One file as the server sends it to a browser that accepts brotli and gzip: its body's size before decoding. */
function received(baseUrl: string, file: string): Promise<{ wireBytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    // node:http, not fetch: fetch decodes the body, and the size on the wire is what is measured.
    const request = http.get(
      `${baseUrl}/${file}`,
      { headers: { 'accept-encoding': 'br, gzip' } },
      (response) => {
        if (response.statusCode !== 200) reject(new Error(`GET /${file} answered ${response.statusCode}`));
        let wireBytes = 0;
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
