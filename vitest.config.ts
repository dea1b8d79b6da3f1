import { availableParallelism } from 'node:os';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // A limit for a test that hangs, not a speed check: on two shared cores with another suite running beside it the
    // slowest jsdom interaction test measured 9 s; three times that.
    testTimeout: 30_000,
    // Vitest runs one worker fewer than the cores, which on two cores is one: the whole suite then ran on one core
    // (74 s wall, 75 s CPU). Two workers on two cores: 59 s wall (89 s CPU), quiet machine, same minutes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        // Components and hooks: a DOM. One jsdom per worker, not per file (`isolate: false`); `src/testing/setup.ts`
        // cleans up what a file leaves (rendered trees, the session, query caches are per test).
        extends: true,
        test: {
          name: 'console',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          isolate: false,
          setupFiles: ['src/testing/setup.ts'],
        },
      },
      {
        // The console's plain logic (mappers, schemas, models, formatting) needs no DOM: no environment to build.
        extends: true,
        test: { name: 'console-logic', include: ['src/**/*.test.ts'], environment: 'node', isolate: false, setupFiles: ['src/testing/setup.ts'] },
      },
      {
        // Worker threads, not forked processes: the same 734 tests back to back at load 8–12 took 55 s of CPU against
        // 70 s (wall 113 s against 209 s). better-sqlite3 loads in each thread; nothing here changes the process's
        // working directory or exits it.
        extends: true,
        test: { name: 'sandbox', include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node', isolate: false, pool: 'threads' },
      },
    ],
  },
});
