import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // CI runs on two shared cores: interaction tests in jsdom can take seconds there.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'console', include: ['src/**/*.test.{ts,tsx}'], environment: 'jsdom', setupFiles: ['src/testing/setup.ts'] },
      },
      {
        extends: true,
        test: { name: 'sandbox', include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
