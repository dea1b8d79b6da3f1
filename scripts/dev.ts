/**
 * `npm run dev`: the sandbox API on 127.0.0.1:8080 (or SANDBOX_PORT) and Vite with hot reload on 5173, proxying the
 * API and /config.json to the sandbox so the console talks to its own origin as in production.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const sandboxPort = process.env.SANDBOX_PORT ?? '8080';
const children: ChildProcess[] = [];

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const prefix = (line: string) => `[${name}] ${line}`;
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(chunk.toString().split('\n').filter(Boolean).map(prefix).join('\n') + '\n'));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk.toString().split('\n').filter(Boolean).map(prefix).join('\n') + '\n'));
  child.on('exit', (code) => {
    console.error(prefix(`exited with ${code}`));
    for (const other of children) other.kill();
    process.exit(code ?? 1);
  });
  children.push(child);
}

run('sandbox', 'npx', ['tsx', 'watch', 'server/main.ts'], { PORT: sandboxPort, SERVE_CONSOLE: 'false' });
run('vite', 'npx', ['vite'], { SANDBOX_URL: `http://127.0.0.1:${sandboxPort}` });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}
