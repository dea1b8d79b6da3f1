/**
 * `npm start` runs this before the server: it builds the console and the server only when something they are built
 * from changed since the last build (a SHA-256 over the inputs, kept beside the output), so a second start is instant.
 * Content, not timestamps: a fresh clone or a `git checkout` touches every file without changing one.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const STAMP = join(root, 'build', '.inputs-sha256');
const OUTPUTS = ['dist/index.html', 'build/sandbox.js'];
const INPUT_DIRECTORIES = ['src', 'server', 'public'];
const INPUT_FILES = ['index.html', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json'];
const isTest = (name: string) => /\.test\.tsx?$/.test(name);

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !isTest(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function inputsDigest(): string {
  const files = [...INPUT_DIRECTORIES.flatMap((directory) => filesUnder(join(root, directory))), ...INPUT_FILES.map((file) => join(root, file))]
    .filter((file) => existsSync(file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const digest = inputsDigest();
const upToDate = OUTPUTS.every((output) => existsSync(join(root, output))) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === digest;
if (upToDate) {
  console.log('The console and the server are up to date: not rebuilding.');
} else {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, `${digest}\n`);
}
