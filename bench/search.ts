/**
 * `npm run bench:search`: server-side latency of the phone search on a 1,000,000-customer database.
 *
 * What is measured, per pattern: what the sandbox does for the console's first page (`?limit=20&offset=0`) — read
 * the page's rows (stopping there), count the matches up to 1,000 (`X-Total-Count`, else `X-Total-Count-At-Least`),
 * load and serialise the 20 customers — called directly on the repositories, without HTTP. Beside it, the same page
 * from a plain `LIKE` full scan (`NOT INDEXED`, the way OBP's mapper runs it: `mobile_phone_number LIKE ?` over the
 * bank's rows), which counts every match. A few patterns also go through `app.inject` to show the HTTP layer.
 *
 * Budget (DESIGN.md): p95 ≤ 10 ms for every one of the 50 patterns.
 *
 * Options: `--customers N` (default 1,000,000), `--iterations N` (indexed, default 200), `--scan-iterations N`
 * (plain LIKE, default 5). The database is built once with the seed and cached under .bench/, keyed by the seed's and
 * the schema's source, so a changed seed rebuilds it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app';
import { testSandboxConfig } from '../server/config';
import { openSandboxDatabase } from '../server/database/sandbox-database';
import { customerJsonV300 } from '../server/json/customer-json';
import { createRepositories } from '../server/repositories/repositories';
import type { PhoneSearchStrategy } from '../server/repositories/phone-search-repository';
import { parseLikePattern } from '../server/search/like-pattern';
import { createSeededDatabaseFile } from '../server/seed/seeded-database-file';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '1000000' },
    iterations: { type: 'string', default: '200' },
    'scan-iterations': { type: 'string', default: '5' },
  },
});
const customers = Number(values.customers);
const iterations = Number(values.iterations);
const scanIterations = Number(values['scan-iterations']);
const BANK = 'gh.29.uk';
const PAGE_SIZE = 20;
const BUDGET_MILLISECONDS = 10;
const print = (line = '') => process.stdout.write(`${line}\n`);

/** 50 patterns as staff type them: fragments, prefixes, suffixes, whole numbers, with `%` and `_`. */
const PATTERNS = [
  // three or more literal digits in a row
  '%444%', '%0797%', '%444 876', '%876', '+44 07972%', '%7700 900%', '%555-01%', '%138 0013%', '%8000', '%34 56 78',
  '%901820', '0044-7700%', '+4930%', '%(212)%', '%212) 555%', '%612 34%', '%1234%', '%5678', '%999%', '%000%',
  '%123 456%', '%07700%', '%13800%', '+86 138%', '+34 612%', '%0151 2%', '%4 0797 2%', '%972 444%', '%2024%', '%777%',
  '%_444_%', '%444_876', '+1 212-555%', '(415) 555-01__', '+44 7%123%', '+44 07972 444 876', '(212) 555-0147', '%13_ 0013 8%',
  '07%456%', '%-0147',
  // no three literal digits in a row: served by a prefix range or a scan of the bank
  '%44%', '+44%', '%7_00%', '%4_4%', '%12%', '%(2__)%', '+8%', '%_5_5_%', '%', '06 %',
];

const hasThreeLiteralDigits = (pattern: string) => parseLikePattern(pattern).literalRuns.some((run) => /\d{3}/.test(run));

/** The seed and schema sources: a change to either invalidates the cached database. */
function seedFingerprint(): string {
  const hash = createHash('sha256');
  const root = join(import.meta.dirname, '..', 'server');
  for (const directory of ['seed', 'database']) {
    for (const file of readdirSync(join(root, directory)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort()) {
      hash.update(readFileSync(join(root, directory, file)));
    }
  }
  hash.update(readFileSync(join(root, 'repositories', 'customer-repository.ts')));
  return hash.digest('hex').slice(0, 12);
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function measure(count: number, run: () => unknown): number[] {
  for (let warmUp = 0; warmUp < Math.min(3, count); warmUp += 1) run();
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples.sort((left, right) => left - right);
}

const benchDirectory = join(import.meta.dirname, '..', '.bench');
mkdirSync(benchDirectory, { recursive: true });
const path = join(benchDirectory, `search-${customers}-${seedFingerprint()}.db`);
if (!existsSync(path)) {
  for (const stale of readdirSync(benchDirectory).filter((name) => name.startsWith(`search-${customers}-`))) {
    rmSync(join(benchDirectory, stale), { force: true });
  }
  print(`Building ${path} (${customers.toLocaleString('en')} customers)…`);
  const summary = createSeededDatabaseFile(path, { customers });
  print(`Seeded in ${(summary.milliseconds / 1000).toFixed(1)} s.`);
}

const database = openSandboxDatabase(path);
const repositories = createRepositories(database);
const plainLike = database
  .prepare<[string, string], number>('SELECT id FROM customers NOT INDEXED WHERE bank_id = ? AND mobile_phone_number LIKE ? ORDER BY id')
  .pluck();

/** The console's first page: the count (capped, or every match for LIKE), the first 20 loaded and serialised. */
const firstPage = (total: number, pageIds: number[]) => ({
  total,
  customers: repositories.customers.findByRowIds(pageIds).map(customerJsonV300),
});
const indexedSearch = (pattern: string) => {
  const { count, ids } = repositories.phoneSearch.findPage(BANK, pattern, { limit: PAGE_SIZE, offset: 0 });
  return firstPage(count.value, ids);
};
const likeScan = (pattern: string) => {
  const ids = plainLike.all(BANK, pattern);
  return firstPage(ids.length, ids.slice(0, PAGE_SIZE));
};

print(
  `Phone search at ${BANK}, ${customers.toLocaleString('en')} customers; node ${process.version}, SQLite ` +
    `${database.prepare('SELECT sqlite_version()').pluck().get() as string}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
);
print(
  `Measured: first page of ${PAGE_SIZE} (rows, count up to 1,000, customers loaded and serialised); ` +
    `indexed ×${iterations}, plain LIKE (every match counted) ×${scanIterations} per pattern.\n`,
);

type Row = { pattern: string; strategy: PhoneSearchStrategy; matches: number; counted: string; digits: boolean; indexed: number[]; scan: number[] };
const rows: Row[] = [];
for (const pattern of PATTERNS) {
  const { total, ids } = repositories.phoneSearch.findMatches(BANK, pattern);
  const page = repositories.phoneSearch.findPage(BANK, pattern, { limit: PAGE_SIZE, offset: 0 });
  const scanIds = plainLike.all(BANK, pattern);
  // SQLite's LIKE ignores ASCII case, OBP's and the sandbox's do not; with digit patterns they must agree.
  if (scanIds.length !== total) throw new Error(`${pattern}: the indexed search found ${total}, LIKE ${scanIds.length}`);
  if (JSON.stringify(page.ids) !== JSON.stringify(scanIds.slice(0, PAGE_SIZE)) || JSON.stringify(ids.slice(0, PAGE_SIZE)) !== JSON.stringify(page.ids)) {
    throw new Error(`${pattern}: the first page differs from LIKE's first ${PAGE_SIZE} rows`);
  }
  if (page.count.exact ? page.count.value !== total : page.count.value > total) throw new Error(`${pattern}: counted ${page.count.value} of ${total}`);
  rows.push({
    pattern,
    strategy: page.strategy,
    matches: total,
    counted: page.count.exact ? 'exact' : `≥ ${page.count.value}`,
    digits: hasThreeLiteralDigits(pattern),
    indexed: measure(iterations, () => indexedSearch(pattern)),
    scan: measure(scanIterations, () => likeScan(pattern)),
  });
}

const format = (value: number) => value.toFixed(2).padStart(8);
print(`${'pattern'.padEnd(22)} ${'strategy'.padEnd(14)} ${'matches'.padStart(8)} ${'page count'.padStart(10)}   indexed p50      p95   LIKE p50      p95   ratio p50  budget`);
for (const row of rows) {
  const p95 = percentile(row.indexed, 0.95);
  const verdict = p95 <= BUDGET_MILLISECONDS ? 'ok' : 'OVER';
  print(
    `${JSON.stringify(row.pattern).padEnd(22)} ${row.strategy.padEnd(14)} ${String(row.matches).padStart(8)} ${row.counted.padStart(10)}   ` +
      `${format(percentile(row.indexed, 0.5))} ${format(p95)}   ${format(percentile(row.scan, 0.5))} ${format(percentile(row.scan, 0.95))}` +
      `   ${(percentile(row.scan, 0.5) / percentile(row.indexed, 0.5)).toFixed(0).padStart(7)}×  ${verdict}`,
  );
}

const pooled = (selected: Row[], key: 'indexed' | 'scan') => selected.flatMap((row) => row[key]).sort((left, right) => left - right);
print('\nPooled over patterns (ms)               indexed p50      p95   LIKE p50      p95   ratio p50');
for (const [label, selected] of [
  ['3+ literal digits in a row', rows.filter((row) => row.digits)],
  ['fewer literal digits', rows.filter((row) => !row.digits)],
  ['all 50 patterns', rows],
] as const) {
  const indexed = pooled([...selected], 'indexed');
  const scan = pooled([...selected], 'scan');
  print(
    `${`${label} (${selected.length})`.padEnd(38)} ${format(percentile(indexed, 0.5))} ${format(percentile(indexed, 0.95))}   ` +
      `${format(percentile(scan, 0.5))} ${format(percentile(scan, 0.95))}   ${(percentile(scan, 0.5) / percentile(indexed, 0.5)).toFixed(0).padStart(7)}×`,
  );
}

// The HTTP layer on top (routing, DirectLogin, JSON): a few patterns through app.inject.
const app = await buildApp({ db: database, config: testSandboxConfig() });
const login = await app.inject({
  method: 'POST',
  url: '/my/logins/direct',
  headers: { DirectLogin: 'username="teller", password="sandbox123!", consumer_key="customer-desk"' },
});
const token = (login.json() as { token: string }).token;
print('\nThrough app.inject (POST …/search/customers/mobile-phone-number?limit=20&offset=0), ms   p50      p95   direct p50');
for (const pattern of ['%444%', '%0797%', '+44 07972%', '%(212)%', '%44%']) {
  const inject = () =>
    app.inject({
      method: 'POST',
      url: `/obp/v5.1.0/banks/${BANK}/search/customers/mobile-phone-number?limit=${PAGE_SIZE}&offset=0`,
      headers: { DirectLogin: `token=${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ mobile_phone_number: pattern }),
    });
  for (let warmUp = 0; warmUp < 3; warmUp += 1) await inject();
  const samples: number[] = [];
  for (let index = 0; index < 50; index += 1) {
    const started = process.hrtime.bigint();
    const response = await inject();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (response.statusCode !== 201) throw new Error(`${pattern}: ${response.statusCode} ${response.body}`);
  }
  samples.sort((left, right) => left - right);
  const direct = rows.find((row) => row.pattern === pattern)!;
  print(`${JSON.stringify(pattern).padEnd(80)} ${format(percentile(samples, 0.5))} ${format(percentile(samples, 0.95))}   ${format(percentile(direct.indexed, 0.5))}`);
}
await app.close();
database.close();

const over = rows.filter((row) => percentile(row.indexed, 0.95) > BUDGET_MILLISECONDS);
const worst = Math.max(...rows.map((row) => percentile(row.indexed, 0.95)));
print(
  `\nBudget: p95 ≤ ${BUDGET_MILLISECONDS} ms for every one of the ${rows.length} patterns — ` +
    `${over.length === 0 ? 'PASS' : `FAIL (${over.map((row) => row.pattern).join(', ')})`} (worst p95 ${worst.toFixed(2)} ms)`,
);
process.exitCode = over.length === 0 ? 0 : 1;
