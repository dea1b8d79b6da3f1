import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
/** The compiled server (`npm run build:server`); the suite never transpiles the server on start. */
export const COMPILED_SERVER = join(root, 'build', 'sandbox.js');

export type RunningSandbox = { url: string; stop: () => Promise<void> };

/**
 * Starts a second server process (besides the one Playwright's `webServer` starts) on `port` with the given
 * environment, and resolves once it answers `/config.json`. For tests that need another server: a proxy target,
 * a server configured like OBP. The caller stops it in `afterAll`.
 */
export async function startSandbox(port: number, env: Record<string, string> = {}): Promise<RunningSandbox> {
  if (!existsSync(COMPILED_SERVER)) throw new Error(`${COMPILED_SERVER} is missing: run \`npm run build\` first.`);
  const child: ChildProcess = spawn(process.execPath, [COMPILED_SERVER], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DB_PATH: ':memory:', SEED_CUSTOMERS: '200', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server on ${port} exited (${code}): ${stderr}`))));
  const ready = (async () => {
    for (;;) {
      try {
        const response = await fetch(`${url}/config.json`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await Promise.race([ready, exited]);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
