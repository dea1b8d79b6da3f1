import { describe, expect, it } from 'vitest';
import { sandboxConfigFromEnvironment } from './config';
import { workersRefusal } from './startup-checks';

describe('SANDBOX_WORKERS', () => {
  it('is one process unless set, and a positive integer when set', () => {
    expect(sandboxConfigFromEnvironment({}, undefined).workers).toBe(1);
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
});
