/**
 * Bundle-size report: gzip size of the JavaScript a route loads before it can show anything — the entry chunk and
 * everything it imports statically, plus the route modules (and their static imports) and the English locale files.
 * Budget (DESIGN.md): ≤ 125 kB gzip for the sign-in and search routes. Run `npm run bench:bundle` (builds first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { INITIAL_NAMESPACES } from '../src/i18n/namespaces';

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };

const BUDGET_KB = 125;
const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

function closure(keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
const englishLocales = Object.keys(manifest).filter((key) =>
  INITIAL_NAMESPACES.some((namespace) => key.endsWith(`i18n/locales/en/${namespace}.json`)),
);
const allEnglishLocales = Object.keys(manifest).filter((key) => key.includes('i18n/locales/en/'));
const routes = {
  'sign-in': ['src/app/routes/sign-in-route.tsx'],
  search: ['src/app/routes/shell-route.tsx', 'src/app/routes/customer-search-route.tsx'],
  'customer record (identity)': [
    'src/app/routes/shell-route.tsx',
    'src/app/routes/customer-record-route.tsx',
    'src/app/routes/tabs/identity-tab-route.tsx',
  ],
};

let failed = false;
console.log(`Initial JavaScript per route (gzip -9), budget ${BUDGET_KB} kB for sign-in and search\n`);
console.log('route                          files   gzip kB   raw kB   budget');
for (const [name, modules] of Object.entries(routes)) {
  // Routes beyond the first screens also load every other English namespace before they render.
  const files = closure([entry, ...modules, ...(name.startsWith('customer record') ? allEnglishLocales : englishLocales)]);
  const gzip = [...files].reduce((sum, file) => sum + gzipKb(file), 0);
  const raw = [...files].reduce((sum, file) => sum + readFileSync(join(dist, file)).length / 1024, 0);
  const budgeted = name === 'sign-in' || name === 'search';
  const verdict = !budgeted ? '(none)' : gzip <= BUDGET_KB ? 'PASS' : 'FAIL';
  if (verdict === 'FAIL') failed = true;
  console.log(`${name.padEnd(30)} ${String(files.size).padStart(5)} ${gzip.toFixed(1).padStart(9)} ${raw.toFixed(1).padStart(8)}   ${verdict}`);
}

const all = Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js'));
const total = [...new Set(all)].reduce((sum, file) => sum + gzipKb(file), 0);
console.log(`\nAll JavaScript of the console (every route, tab and locale): ${total.toFixed(1)} kB gzip in ${new Set(all).size} files`);
const largest = [...new Set(all)].map((file) => [file, gzipKb(file)] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
console.log('Largest files:', largest.map(([file, size]) => `${file} ${size.toFixed(1)} kB`).join(', '));
if (failed) process.exitCode = 1;
