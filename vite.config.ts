import { fileURLToPath, URL } from 'node:url';
import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const sandbox = process.env.SANDBOX_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [
    react(),
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
  },
});
