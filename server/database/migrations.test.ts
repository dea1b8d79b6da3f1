import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations, LATEST_SCHEMA_VERSION, migrate, type Migration } from './migrations';

const tableMigration = (version: number): Migration => ({
  version,
  description: `table t${version}`,
  up: (database) => database.exec(`CREATE TABLE t${version} (id INTEGER)`),
});
const tables = (database: Database.Database) =>
  (database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't%' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );

describe('migrations', () => {
  it('applies every migration to a new database and records each', () => {
    const database = new Database(':memory:');
    migrate(database);
    const versions = database.prepare('SELECT count(*) AS count, max(version) AS latest FROM schema_migrations').get() as { count: number; latest: number };
    expect(versions.latest).toBe(LATEST_SCHEMA_VERSION);
    expect(database.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    migrate(database);
    expect((database.prepare('SELECT count(*) AS count FROM schema_migrations').get() as { count: number }).count).toBe(versions.count);
  });

  it('still applies a migration numbered below one already applied (merged from a parallel branch)', () => {
    const database = new Database(':memory:');
    applyMigrations(database, [tableMigration(1), tableMigration(40)]);
    applyMigrations(database, [tableMigration(1), tableMigration(30), tableMigration(40)]);
    expect(tables(database)).toEqual(['t1', 't30', 't40']);
    expect(database.pragma('user_version', { simple: true })).toBe(40);
  });

  it('takes a database from before the record as having every version up to its user_version', () => {
    const database = new Database(':memory:');
    database.exec('CREATE TABLE t1 (id INTEGER); CREATE TABLE t2 (id INTEGER)');
    database.pragma('user_version = 2');
    applyMigrations(database, [tableMigration(1), tableMigration(2), tableMigration(3)]);
    expect(tables(database)).toEqual(['t1', 't2', 't3']);
  });

  it('refuses a database newer than the sandbox', () => {
    const database = new Database(':memory:');
    database.pragma('user_version = 99');
    expect(() => applyMigrations(database, [tableMigration(1)])).toThrow('newer than this sandbox');
  });
});
