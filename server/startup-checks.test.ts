import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKERS_CEILING, defaultWorkers, sandboxConfigFromEnvironment, testSandboxConfig } from './config';
import { servingDescription, workersRefusal } from './startup-checks';

describe('SANDBOX_WORKERS', () => {
  it('is one per core (at most 4) over a database file unless set, one over an in-memory database or as the proxy', () => {
    expect(sandboxConfigFromEnvironment({}, undefined).workers).toBe(defaultWorkers('data/sandbox.db', false));
    expect(sandboxConfigFromEnvironment({ DB_PATH: '/tmp/x.db' }, undefined).workers).toBe(defaultWorkers('/tmp/x.db', false));
    expect(defaultWorkers('data/sandbox.db', false, 1)).toBe(1);
    expect(defaultWorkers('data/sandbox.db', false, 2)).toBe(2);
    expect(defaultWorkers('data/sandbox.db', false, 64)).toBe(DEFAULT_WORKERS_CEILING);
    expect(DEFAULT_WORKERS_CEILING).toBe(4);
    expect(defaultWorkers(':memory:', false, 8)).toBe(1);
    expect(defaultWorkers('', false, 8)).toBe(1);
    expect(defaultWorkers('data/sandbox.db', true, 8)).toBe(1);
    expect(sandboxConfigFromEnvironment({ DB_PATH: ':memory:' }, undefined).workers).toBe(1);
    expect(sandboxConfigFromEnvironment({ OBP_BASE_URL: 'https://obp.example', DB_PATH: '/tmp/x.db' }, undefined).workers).toBe(1);
    // A test's app runs over an in-memory database: one process whatever the machine.
    expect(testSandboxConfig().workers).toBe(1);
  });

  it('is what SANDBOX_WORKERS says when set, a positive integer', () => {
    expect(sandboxConfigFromEnvironment({ SANDBOX_WORKERS: '1' }, undefined).workers).toBe(1);
    expect(sandboxConfigFromEnvironment({ SANDBOX_WORKERS: '1', DB_PATH: '/tmp/x.db' }, undefined).workers).toBe(1);
    expect(sandboxConfigFromEnvironment({ SANDBOX_WORKERS: '3', DB_PATH: '/tmp/x.db' }, undefined).workers).toBe(3);
    expect(sandboxConfigFromEnvironment({ SANDBOX_WORKERS: '2' }, undefined).workers).toBe(2);
    expect(() => sandboxConfigFromEnvironment({ SANDBOX_WORKERS: '0' }, undefined)).toThrow('SANDBOX_WORKERS must be a positive integer');
  });

  it('needs a database file the workers can share, and is refused with the proxy', () => {
    expect(workersRefusal(1, ':memory:', false)).toBeUndefined();
    expect(workersRefusal(2, 'data/sandbox.db', false)).toBeUndefined();
    expect(workersRefusal(2, ':memory:', false)).toBe(
      'SANDBOX_WORKERS=2 needs a database file (DB_PATH): worker processes cannot share an in-memory database.',
    );
    expect(workersRefusal(2, 'data/sandbox.db', true)).toBe('SANDBOX_WORKERS=2 does not apply with OBP_BASE_URL: the proxy runs in one process.');
  });

  it('is named in the start-up log with the reason for the count', () => {
    expect(servingDescription(2, 8080, undefined, 'data/sandbox.db', false)).toBe(
      '2 worker processes serve port 8080 (the default over a database file: one per core, at most 4; SANDBOX_WORKERS=N sets it)',
    );
    expect(servingDescription(1, 8080, ' 1 ', 'data/sandbox.db', false)).toBe('One process serves port 8080 (SANDBOX_WORKERS=1)');
    expect(servingDescription(1, 8080, undefined, ':memory:', false)).toBe(
      'One process serves port 8080 (the default over an in-memory database, which processes cannot share)',
    );
    expect(servingDescription(1, 8080, undefined, 'data/sandbox.db', true)).toBe(
      'One process serves port 8080 (the default with OBP_BASE_URL: the proxy runs in one process)',
    );
  });
});
