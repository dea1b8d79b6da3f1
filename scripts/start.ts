/**
 * `npm start`: builds only what is out of date (the console when a file it is built from is newer than
 * dist/index.html, the server when one of its files is newer than build/sandbox.js), then runs the server, which
 * ends its start-up by printing the URL and the sandbox users.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The newest modification time of the files under these paths (files or folders), in ms. */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules') visit(join(path, name));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(join(root, path));
  return latest;
}

const builtAt = (path: string) => (existsSync(join(root, path)) ? statSync(join(root, path)).mtimeMs : 0);
const shared = ['package.json', 'package-lock.json', 'tsconfig.json'];

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (newest(['src', 'public', 'index.html', 'vite.config.ts', ...shared]) > builtAt('dist/index.html')) {
  console.log('Building the console (dist/ is older than its sources)…');
  run('npx', ['vite', 'build']);
} else {
  console.log('The console in dist/ is up to date.');
}
if (newest(['server', 'src/api/schemas', ...shared]) > builtAt('build/sandbox.js')) {
  console.log('Building the server (build/sandbox.js is older than its sources)…');
  run('npm', ['run', 'build:server']);
}

const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'build/sandbox.js')], { cwd: root, stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
