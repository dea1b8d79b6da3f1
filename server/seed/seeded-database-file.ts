import { existsSync, renameSync, rmSync } from 'node:fs';
import { openSandboxDatabase, type SandboxDatabase } from '../database/sandbox-database';
import { seedCustomerApiClients } from './seed-customer-apis';
import { seedDatabase, type SeedOptions, type SeedSummary } from './seed-database';

const sidecars = (path: string) => [path, `${path}-wal`, `${path}-shm`, `${path}-journal`];

/**
 * Creates a seeded database file at `path`. It is built under a temporary name and renamed into place only when
 * complete, so an interrupted seed never leaves a half-filled database that a later start would take as seeded.
 * While building, durability is off (a crash only loses the temporary file), which makes large seeds much faster.
 */
export function createSeededDatabaseFile(path: string, options: SeedOptions): SeedSummary {
  const partial = `${path}.partial`;
  for (const file of sidecars(partial)) rmSync(file, { force: true });
  const database = openSandboxDatabase(partial);
  let summary: SeedSummary;
  try {
    database.pragma('journal_mode = OFF');
    database.pragma('synchronous = OFF');
    summary = seedDatabase(database, options);
    database.exec('ANALYZE');
    database.pragma('journal_mode = WAL');
  } finally {
    database.close();
  }
  for (const file of sidecars(path)) rmSync(file, { force: true });
  renameSync(partial, path);
  return summary;
}

/** Opens the database at `path`, creating and seeding it first when it does not exist yet (`:memory:`: every time). */
export function openOrCreateSeededDatabase(path: string, options: SeedOptions): { database: SandboxDatabase; seeded: SeedSummary | undefined } {
  if (path === ':memory:') {
    const database = openSandboxDatabase(path);
    return { database, seeded: seedDatabase(database, options) };
  }
  const seeded = existsSync(path) ? undefined : createSeededDatabaseFile(path, options);
  const database = openSandboxDatabase(path);
  // A database seeded before the customer APIs existed gets their (development) clients, so they can be reached.
  seedCustomerApiClients(database);
  return { database, seeded };
}
