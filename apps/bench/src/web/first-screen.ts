import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The chunks a visitor's first screen loads besides the entry: the overview route and, as the browser test counts
 * it (apps/web/e2e/public.e2e.ts), the readiness chart.
 */
const FIRST_SCREEN_CHUNKS = ['OverviewScreen', 'ReadinessChart'];

export interface FirstScreen {
  gzippedBytes: number;
  files: { file: string; gzippedBytes: number }[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;

/**
 * The JavaScript of the dashboard's first screen, gzipped as the browser test measures it (zlib's default level,
 * file by file), read from the production build: index.html's scripts, the overview route's and the chart's chunks,
 * and every chunk those import statically. Lazy chunks that only another language, another screen or a signed-in
 * visitor loads are left out.
 */
export function firstScreenJavaScript(webDist: string): FirstScreen {
  const html = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+\.js)"/g)].map((match) => match[1]!);
  if (entries.length === 0) throw new Error(`${webDist}/index.html loads no script.`);
  const assets = path.join(webDist, 'assets');
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
      throw new Error(`No lazy chunk named ${chunk}-*.js is imported in ${assets}: has the screen moved?`);
    visit(file);
  }
  const files = [...loaded].map((file) => ({
    file,
    gzippedBytes: zlib.gzipSync(fs.readFileSync(path.join(webDist, file))).length,
  }));
  return { gzippedBytes: files.reduce((sum, file) => sum + file.gzippedBytes, 0), files };
}
