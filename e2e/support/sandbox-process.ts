import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
/** The compiled server (`npm run build:server`); the suite never transpiles the server on start. */
export const COMPILED_SERVER = join(root, 'build', 'sandbox.js');

export type RunningSandbox = { url: string; stop: () => Promise<void> };

/** How long a start may take before it is given up: seeding and starting took 6–7 s at load average 10. */
const START_TIMEOUT_MS = 120_000;

/**
 * Starts a server process on `port` with the given environment (over an in-memory database, on 127.0.0.1, with the
 * tests' scrypt cost) and resolves once it answers `/config.json`. Global setup starts the suite's servers with it
 * (`sandboxes.ts`); a spec that needs a server of its own starts it in `beforeAll` and stops it in `afterAll`.
 */
export async function startSandbox(port: number, env: Record<string, string> = {}): Promise<RunningSandbox> {
  if (!existsSync(COMPILED_SERVER)) throw new Error(`${COMPILED_SERVER} is missing: run \`npm run build\` first.`);
  const child: ChildProcess = spawn(process.execPath, [COMPILED_SERVER], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DB_PATH: ':memory:',
      SEED_CUSTOMERS: '200',
      LOG_LEVEL: 'warn',
      SANDBOX_PASSWORD_COST: 'test',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server on ${port} exited (${code}): ${stderr}`))));
  let waiting = true;
  const ready = (async () => {
    while (waiting) {
      try {
        const response = await fetch(`${url}/config.json`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`server on ${port} did not answer within ${START_TIMEOUT_MS / 1000} s: ${stderr}`)), START_TIMEOUT_MS);
  });
  try {
    await Promise.race([ready, exited, late]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    waiting = false;
    clearTimeout(timer);
  }
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
