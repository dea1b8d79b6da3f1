import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../repositories/repositories';
import { openOrCreateSeededDatabase } from './seeded-database-file';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'customer-desk-seed-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('openOrCreateSeededDatabase', () => {
  it('creates and seeds the file on first start, then opens it as it is', () => {
    const path = join(directory, 'nested', 'sandbox.db');
    const first = openOrCreateSeededDatabase(path, { customers: 30, password: 'test-password' });
    expect(first.seeded?.customers).toBe(30);
    expect(first.database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.database.pragma('foreign_keys', { simple: true })).toBe(1);
    const eveline = createRepositories(first.database).customers.findByNumber('gh.29.uk', '5987953');
    first.database.close();
    expect(existsSync(`${path}.partial`)).toBe(false);

    const second = openOrCreateSeededDatabase(path, { customers: 99, password: 'test-password' });
    expect(second.seeded).toBeUndefined();
    expect(createRepositories(second.database).customers.findByNumber('gh.29.uk', '5987953')).toEqual(eveline);
    second.database.close();
  });

  it('replaces a leftover partial file from an interrupted seed', () => {
    const path = join(directory, 'sandbox.db');
    writeFileSync(`${path}.partial`, 'not a database');
    const { database, seeded } = openOrCreateSeededDatabase(path, { customers: 5, password: 'test-password' });
    expect(seeded?.customers).toBe(5);
    database.close();
  });
});
