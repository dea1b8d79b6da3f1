/**
 * What the same-origin proxy costs: an unpaged phone search answered with every customer of the bank (as from OBP,
 * `SANDBOX_EXTENSIONS=none`), read directly from the sandbox and through the proxy. Prints median times and sizes.
 * The sandbox listens on 5205 (or BENCH_PORT), the proxy on a free port.
 */
import { buildApp } from '../server/app';
import { testSandboxConfig } from '../server/config';
import { openSandboxDatabase } from '../server/database/sandbox-database';
import { seedDatabase } from '../server/seed/seed-database';

const customers = Number(process.env.BENCH_CUSTOMERS ?? 22_300);
const port = Number(process.env.BENCH_PORT ?? 5205);
const database = openSandboxDatabase(':memory:');
seedDatabase(database, { customers, password: 'sandbox123!' });
const sandbox = await buildApp({ db: database, config: testSandboxConfig({ extensions: new Set() }) });
const sandboxUrl = await sandbox.listen({ port, host: '127.0.0.1' });
const proxyDatabase = openSandboxDatabase(':memory:');
const proxy = await buildApp({
  db: proxyDatabase,
  config: testSandboxConfig({ obpProxy: { target: sandboxUrl, connectTimeoutMs: 5_000, responseTimeoutMs: 30_000 } }),
});
const proxyUrl = await proxy.listen({ port: 0, host: '127.0.0.1' });

const login = await fetch(`${sandboxUrl}/my/logins/direct`, {
  method: 'POST',
  headers: { DirectLogin: 'username="manager", password="sandbox123!", consumer_key="customer-desk"' },
});
const { token } = (await login.json()) as { token: string };

async function search(origin: string): Promise<{ milliseconds: number; bytes: number; rows: number }> {
  const started = performance.now();
  const response = await fetch(`${origin}/obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', DirectLogin: `token=${token}` },
    body: JSON.stringify({ mobile_phone_number: '%' }),
  });
  const text = await response.text();
  const milliseconds = performance.now() - started;
  return { milliseconds, bytes: Buffer.byteLength(text), rows: (JSON.parse(text) as { customers: unknown[] }).customers.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const runs = 7;
const direct: number[] = [];
const proxied: number[] = [];
let last = { bytes: 0, rows: 0 };
await search(sandboxUrl);
await search(proxyUrl);
for (let run = 0; run < runs; run += 1) {
  direct.push((await search(sandboxUrl)).milliseconds);
  const through = await search(proxyUrl);
  proxied.push(through.milliseconds);
  last = through;
}
console.log(`unpaged phone search "%": ${last.rows} rows, ${(last.bytes / 1_048_576).toFixed(1)} MiB`);
console.log(`direct median ${median(direct).toFixed(0)} ms; through the proxy median ${median(proxied).toFixed(0)} ms (${runs} runs each)`);
await proxy.close();
await sandbox.close();
database.close();
proxyDatabase.close();
