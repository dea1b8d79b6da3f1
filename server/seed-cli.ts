/**
 * `npm run seed -- [--customers N] [--db path] [--random-seed S]`: (re)creates a seeded sandbox database.
 * Defaults: 10,000 customers (or `SEED_CUSTOMERS`), `DB_PATH` or data/sandbox.db; the password is `SANDBOX_PASSWORD` or
 * sandbox123!. An existing database at that path is replaced.
 */
import { parseArgs } from 'node:util';
import { serverSettingsFromEnvironment } from './config';
import { createSeededDatabaseFile } from './seed/seeded-database-file';
import { DEFAULT_RANDOM_SEED } from './seed/seed-database';

const { values } = parseArgs({
  options: {
    customers: { type: 'string' },
    db: { type: 'string' },
    'random-seed': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  process.stdout.write('usage: npm run seed -- [--customers N] [--db path] [--random-seed S]\n');
  process.exit(0);
}

const settings = serverSettingsFromEnvironment(process.env);
const wholeNumber = (name: string, raw: string | undefined, fallback: number) => {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number, got "${raw}"`);
  return Number(raw);
};
const customers = wholeNumber('customers', values.customers, settings.seedCustomers);
const path = values.db ?? settings.databasePath;
if (path === ':memory:') throw new Error('--db must be a file: an in-memory database would vanish when the seed ends.');

const summary = createSeededDatabaseFile(path, {
  customers,
  password: settings.sandboxPassword,
  randomSeed: wholeNumber('random-seed', values['random-seed'], DEFAULT_RANDOM_SEED),
});
process.stdout.write(
  `Seeded ${path}: ${summary.customers.toLocaleString('en')} customers and ${summary.users} staff users in ${(summary.milliseconds / 1000).toFixed(1)} s.\n`,
);
