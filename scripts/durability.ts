/**
 * `npm run test:durability`: concurrent writers against a real sandbox process, `kill -9` mid-write, restart, and a
 * count of acknowledged writes lost, three rounds; then `PRAGMA integrity_check`. Prints the figures (README's
 * Security section quotes them). Uses port 5201 and a database in a temporary directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const PORT = Number(process.env.DURABILITY_PORT ?? 5201);
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = 3;
const WRITERS = 8;
const WRITE_MILLISECONDS = 3_000;
const directory = mkdtempSync(join(tmpdir(), 'durability-'));
const databasePath = join(directory, 'sandbox.db');

function start(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DB_PATH: databasePath, SEED_CUSTOMERS: '200', SERVE_CONSOLE: 'false', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', LOGIN_RATE_LIMIT_PER_USER: '10000', LOGIN_RATE_LIMIT_PER_ADDRESS: '10000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitUntilUp(): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/config.json`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the sandbox did not start');
}

async function signIn(): Promise<string> {
  const response = await fetch(`${BASE}/my/logins/direct`, {
    method: 'POST',
    headers: { DirectLogin: 'username="admin", password="sandbox123!", consumer_key="customer-desk"' },
  });
  return ((await response.json()) as { token: string }).token;
}

async function firstCustomer(token: string): Promise<string> {
  const response = await fetch(`${BASE}/obp/v5.1.0/banks/gh.29.uk/customers?limit=1`, { headers: { DirectLogin: `token=${token}` } });
  return ((await response.json()) as { customers: Array<{ customer_id: string }> }).customers[0]!.customer_id;
}

/** Writes attributes until stopped or the server dies; returns the ids the server acknowledged (201). */
async function writer(token: string, customerId: string, id: number, stop: { now: boolean }): Promise<string[]> {
  const acknowledged: string[] = [];
  for (let sequence = 0; !stop.now; sequence += 1) {
    try {
      const response = await fetch(`${BASE}/obp/v5.1.0/banks/gh.29.uk/customers/${customerId}/attribute`, {
        method: 'POST',
        headers: { DirectLogin: `token=${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: `w${id}s${sequence}`, type: 'STRING', value: 'durability' }),
      });
      if (response.status === 201) acknowledged.push(((await response.json()) as { customer_attribute_id: string }).customer_attribute_id);
    } catch {
      return acknowledged;
    }
  }
  return acknowledged;
}

let totalAcknowledged = 0;
let totalLost = 0;
const acknowledgedIds: string[] = [];
try {
  for (let round = 1; round <= ROUNDS; round += 1) {
    const server = start();
    await waitUntilUp();
    const token = await signIn();
    const customerId = await firstCustomer(token);
    const stop = { now: false };
    const writers = Array.from({ length: WRITERS }, (_, id) => writer(token, customerId, id, stop));
    await new Promise((resolve) => setTimeout(resolve, WRITE_MILLISECONDS));
    server.kill('SIGKILL');
    await new Promise((resolve) => server.once('exit', resolve));
    stop.now = true;
    const acknowledged = (await Promise.all(writers)).flat();
    acknowledgedIds.push(...acknowledged);
    const database = new Database(databasePath, { readonly: true });
    const present = database.prepare('SELECT count(*) FROM customer_attributes WHERE customer_attribute_id IN (SELECT value FROM json_each(?))').pluck();
    const found = present.get(JSON.stringify(acknowledgedIds)) as number;
    database.close();
    const lost = acknowledgedIds.length - found;
    totalAcknowledged += acknowledged.length;
    totalLost = lost;
    console.log(`round ${round}: ${acknowledged.length} writes acknowledged by ${WRITERS} writers, kill -9, ${lost} of ${acknowledgedIds.length} acknowledged so far missing`);
  }
  // Reopen through the sandbox once more (WAL recovery), then check the file.
  const server = start();
  await waitUntilUp();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  const database = new Database(databasePath, { readonly: true });
  const integrity = database.pragma('integrity_check', { simple: true });
  database.close();
  console.log(`total: ${totalAcknowledged} acknowledged writes, ${totalLost} lost after ${ROUNDS} kill -9; PRAGMA integrity_check: ${String(integrity)}`);
  process.exitCode = totalLost === 0 && integrity === 'ok' ? 0 : 1;
} finally {
  rmSync(directory, { recursive: true, force: true });
}
