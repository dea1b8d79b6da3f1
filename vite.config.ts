import { createHash } from 'node:crypto';
import { fileURLToPath, URL } from 'node:url';
import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { READ_ROLES } from './src/app/boot/read-roles';
import { INITIAL_NAMESPACES } from './src/i18n/namespaces';

const sandbox = process.env.SANDBOX_URL ?? 'http://127.0.0.1:8080';

/*
 * Chunks (issue 12: each route's JavaScript on the wire ≤ 125 kB). Every response costs about half a kB of headers on
 * top of its brotli body, so the first screens come in a few chunks rather than a tail of small ones:
 * - `core`: everything the entry imports statically (React, the router, React Query, zod, the client, i18n, the
 *   session) in the entry chunk, instead of five common chunks every route loads anyway;
 * - one chunk each for the sign-in page, the shell and the search page, with the shared code they import (the search
 *   page's holds the customer and KYC readers and the roles table the record reuses);
 * - the locale files of a language in two chunks: the first screens' namespaces (`INITIAL_NAMESPACES`) and all the
 *   others. `src/i18n/messages.ts` still imports each file by itself; the bundler serves it from its language's chunk.
 * Everything else (tabs, forms, libphonenumber, react-hook-form, Papa Parse, the CSV export, the request-access
 * control, the record's preloads) stays split by what imports it, loaded when a route or a click needs it.
 */
const LOCALE_FILE = /[\\/]i18n[\\/]locales[\\/]([^\\/]+)[\\/]([^\\/]+)\.json$/;
function localeChunk(id: string): string | null {
  const match = LOCALE_FILE.exec(id);
  if (!match) return null;
  const [, language, namespace] = match;
  return (INITIAL_NAMESPACES as readonly string[]).includes(namespace!) ? `messages-${language}` : `messages-more-${language}`;
}
const ROUTE_MODULE = (name: string) => new RegExp(`[\\\\/]src[\\\\/]app[\\\\/]routes[\\\\/]${name}\\.tsx$`);

/**
 * A `modulepreload` in index.html for the chunk holding `module`, a chunk the entry imports dynamically: the browser
 * fetches and compiles it beside the entry instead of after the entry has run (see src/main.tsx, React DOM).
 */
function preloadChunkOf(module: RegExp): Plugin {
  return {
    name: 'customer-desk:preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.moduleIds.some((id) => module.test(id)));
        if (!chunk) throw new Error(`no chunk holds ${module}`);
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

/**
 * The start-up script (`src/app/boot/boot.ts`), built on its own by esbuild into one self-contained file and loaded by
 * index.html before the entry chunk: it imports no chunk, so the API requests of a cold load leave as soon as it and
 * `config.json` have arrived, not after the entry, the route's chunks and the shared chunks they import
 * (`src/app/boot/early-requests.ts`). The table of the roles it reads with comes in computed (`READ_ROLES`), not as
 * the whole table of operations and roles. Not in development: the console then asks for everything itself.
 */
function bootScript(entry: string): Plugin {
  let fileName = '';
  return {
    name: 'customer-desk:boot-script',
    apply: 'build',
    async buildStart() {
      const result = await esbuild({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        write: false,
        legalComments: 'none',
        logLevel: 'warning',
        plugins: [
          {
            name: 'read-roles',
            setup(build) {
              build.onLoad({ filter: /[\\/]app[\\/]boot[\\/]read-roles\.ts$/ }, () => ({
                contents: `export const READ_ROLES = ${JSON.stringify(READ_ROLES)};`,
                loader: 'js',
              }));
            },
          },
        ],
      });
      const code = result.outputFiles[0]!.text;
      fileName = `assets/boot-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: {
      order: 'post',
      // First in <head>, and `async`: it runs as soon as it has arrived, without waiting for the stylesheet as the
      // entry does. Should the entry run first, the script stands back (`markConsoleAsking`).
      handler: () => [{ tag: 'script', attrs: { type: 'module', async: true, src: `/${fileName}` }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    bootScript(fileURLToPath(new URL('./src/app/boot/boot.ts', import.meta.url))),
    preloadChunkOf(/[\\/]node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/),
    // Brotli and gzip copies of every text asset, written once at build time at the highest levels (the sandbox picks
    // one per request by Accept-Encoding, @fastify/static `preCompressed`): no compression work per request.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      logLevel: 'silent',
    }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // `npm run dev`: the API and the runtime config come from the sandbox, so the console talks to the same origin.
    proxy: {
      '/obp': sandbox,
      '/my/logins': sandbox,
      '/config.json': sandbox,
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // A higher priority takes a module first: what sign-in shares with the search page is in the sign-in chunk.
          groups: [
            { name: localeChunk, debugName: 'messages', test: LOCALE_FILE },
            { name: 'core', tags: ['$initial'], priority: 3 },
            { name: 'sign-in', test: ROUTE_MODULE('sign-in-route'), priority: 2 },
            { name: 'shell', test: ROUTE_MODULE('shell-route'), priority: 1 },
            { name: 'search', test: ROUTE_MODULE('customer-search-route'), priority: 0 },
          ],
        },
      },
    },
  },
});
