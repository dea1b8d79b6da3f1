import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

export type SandboxDatabase = Database.Database;

/**
 * Opens (creating if needed) and migrates the sandbox database: WAL for concurrent readers, foreign keys on,
 * `synchronous = NORMAL` (safe with WAL; a sandbox may lose the last transaction on power loss, never its integrity).
 * `:memory:` gives a throw-away database.
 */
export function openSandboxDatabase(path: string): SandboxDatabase {
  if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  return configureAndMigrate(new Database(path));
}

/**
 * An in-memory copy of a database image (`database.serialize()`), configured and migrated like any other: the unit
 * tests seed one image per size and start each test sandbox from a copy of it instead of seeding again.
 */
export function openSandboxDatabaseCopy(image: Buffer): SandboxDatabase {
  return configureAndMigrate(new Database(image));
}

function configureAndMigrate(database: SandboxDatabase): SandboxDatabase {
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // 64 MB of page cache: the phone index and the customers' mobile index of a 1M database stay in memory.
  database.pragma('cache_size = -65536');
  migrate(database);
  return database;
}
