import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// In development the dashboard is served by Vite and the API runs on its own port; in production the API
// serves apps/web/dist from the same origin, so the client always calls the relative URL `/graphql` (and its
// WebSocket, for live notifications).
const apiUrl = process.env.PREPCOM_API_URL ?? 'http://localhost:4000';
// The downloads (the state-of-play PDF, the CSV exports) come from the API too.
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: true, ws: true },
  '/reports': { target: apiUrl, changeOrigin: true },
  '/exports': { target: apiUrl, changeOrigin: true },
};

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LOCALES = path.join(HERE, 'src/i18n/locales');
/** The words the dashboard shares with the emails: the vocabulary and the domain's reasons (@prepcom/texts). */
const SHARED_LOCALES = path.join(HERE, '../../packages/texts/src/catalogue');
// The domain's rules, bundled from their TypeScript source: its built form is CommonJS for Node, which the dashboard's
// bundle would not take apart, and only what a screen uses (can, …) should reach the browser.
const DOMAIN = path.join(HERE, '../../packages/domain/src/index.ts');
const TEXTS = 'virtual:texts/';
const LOCALE = 'virtual:locale/';

/**
 * A screen's texts, in every language, without a language's whole file: `import texts from
 * 'virtual:texts/board,move'` gives, for each language, a function that fetches those top-level sections of its file
 * (`virtual:locale/fr/board,move`). The shell takes the sections every screen shares and each screen its own, so the
 * first screen carries its own words in the reader's language only; locales/{en,fr,es}.json stay one file each.
 * A language's sections are those of its file and of the shared catalogue's; no section is in both.
 */
function localeSections(): Plugin {
  const sectionsOf = (language: string, names: string[], fail: (message: string) => never) => {
    const read = (dir: string) =>
      JSON.parse(fs.readFileSync(path.join(dir, `${language}.json`), 'utf8')) as Record<string, unknown>;
    const own = read(LOCALES);
    const shared = read(SHARED_LOCALES);
    const twice = Object.keys(own).filter((name) => name in shared);
    if (twice.length > 0) fail(`locales/${language}.json repeats the shared section ${twice.join(', ')}`);
    const texts = { ...shared, ...own };
    const missing = names.filter((name) => !(name in texts));
    if (missing.length > 0) fail(`locales/${language}.json has no section ${missing.join(', ')}`);
    return JSON.stringify(Object.fromEntries(names.map((name) => [name, texts[name]])));
  };
  return {
    name: 'prepcom-locale-sections',
    resolveId: (id) => (id.startsWith(TEXTS) || id.startsWith(LOCALE) ? `\0${id}` : null),
    load(id) {
      const fail = (message: string): never => this.error(message);
      if (id.startsWith(`\0${TEXTS}`)) {
        const names = id.slice(TEXTS.length + 1);
        const languages = fs
          .readdirSync(LOCALES)
          .filter((file) => file.endsWith('.json'))
          .map((file) => file.replace(/\.json$/, ''));
        const loaders = languages.map((language) => {
          sectionsOf(language, names.split(','), fail); // a missing section fails the build, not the reader
          return `${language}: () => import(${JSON.stringify(`${LOCALE}${language}/${names}`)})`;
        });
        return `export default { ${loaders.join(', ')} };`;
      }
      if (id.startsWith(`\0${LOCALE}`)) {
        const [language, names] = id.slice(LOCALE.length + 1).split('/') as [string, string];
        this.addWatchFile(path.join(LOCALES, `${language}.json`));
        this.addWatchFile(path.join(SHARED_LOCALES, `${language}.json`));
        return `export default ${sectionsOf(language, names.split(','), fail)};`;
      }
      return null;
    },
  };
}

/** What is worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|css|html|svg|json|txt|webmanifest)$/;
/** Below this size a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/**
 * Beside each built text file, its brotli (`.br`) and gzip (`.gz`) copies at the strongest levels, made once at
 * build time; the API sends the one the browser accepts (`preCompressed` in apps/api/src/bootstrap.ts).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'prepcom-precompress',
    apply: 'build',
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    closeBundle() {
      const files = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((name) => COMPRESSIBLE.test(name))) {
        const full = path.join(outDir, file);
        const content = fs.readFileSync(full);
        if (content.length < MIN_BYTES) continue;
        const brotli = zlib.brotliCompressSync(content, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        });
        fs.writeFileSync(`${full}.br`, brotli);
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), localeSections(), precompress()],
  resolve: { alias: { '@prepcom/domain': DOMAIN } },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // A language's sections are named after the language and the first of them (`fr-overview-<hash>.js`), not
        // after the long list of sections: the bench tells the first screen's texts from the others' by it.
        chunkFileNames: (chunk) => {
          const locale = chunk.facadeModuleId?.match(/^\0virtual:locale\/(\w+)\/(\w+)/);
          return locale ? `assets/${locale[1]}-${locale[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    // A screen's first render imports its lazy route and its texts: about a second here, five on a machine busy
    // with other work (Vitest's default limit). The limit catches a test that hangs, not one that is slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
