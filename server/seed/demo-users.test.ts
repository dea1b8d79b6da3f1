import { describe, expect, it } from 'vitest';
import { openSandboxDatabase } from '../database/sandbox-database';
import { createUserRepository } from '../repositories/user-repository';
import { createTestSandbox } from '../test-support/test-sandbox';
import { findDemoUsers, startBanner } from './demo-users';
import { seedDatabase } from './seed-database';

const seededWith = (password: string) => {
  const database = openSandboxDatabase(':memory:');
  seedDatabase(database, { customers: 0, password });
  return { users: createUserRepository(database), close: () => database.close() };
};

describe('the sandbox names its demo users', () => {
  it('finds the seeded users still on the published password, in the order a newcomer should try them', async () => {
    const seeded = seededWith('sandbox123!');
    expect((await findDemoUsers(seeded.users)).map((user) => [user.username, user.role, user.password])).toEqual([
      ['manager', 'relationship-manager', 'sandbox123!'],
      ['kyc', 'kyc-officer', 'sandbox123!'],
      ['teller', 'teller', 'sandbox123!'],
      ['admin', 'administrator', 'sandbox123!'],
    ]);
    seeded.close();
  });

  it('names nobody when the sandbox was seeded with its own password', async () => {
    const seeded = seededWith('a-private-password-9');
    expect(await findDemoUsers(seeded.users)).toEqual([]);
    seeded.close();
  });

  it('declares them in the capabilities only when there are some', async () => {
    const demoUsers = [{ username: 'manager', role: 'relationship-manager' as const, password: 'sandbox123!' }];
    const named = await createTestSandbox({ customers: 0, config: { demoUsers } });
    const answer = (await named.app.inject({ method: 'GET', url: '/obp/v5.1.0/sandbox/capabilities' })).json();
    expect(answer.demo_users).toEqual(demoUsers);
    await named.close();
    const quiet = await createTestSandbox({ customers: 0 });
    expect((await quiet.app.inject({ method: 'GET', url: '/obp/v5.1.0/sandbox/capabilities' })).json()).not.toHaveProperty('demo_users');
    await quiet.close();
  });

  it('ends `npm start` with the address and whom to sign in as', () => {
    const users = [
      { username: 'manager', role: 'relationship-manager' as const, password: 'sandbox123!' },
      { username: 'kyc', role: 'kyc-officer' as const, password: 'sandbox123!' },
      { username: 'teller', role: 'teller' as const, password: 'sandbox123!' },
    ];
    expect(startBanner('http://127.0.0.1:8080/', users, true)).toBe(
      'Customer Desk is running: open http://127.0.0.1:8080/\nSign in as manager (relationship manager), kyc (KYC officer), teller — password sandbox123!',
    );
    expect(startBanner('http://127.0.0.1:8080/', [], false)).toBe("Customer Desk's API is running at http://127.0.0.1:8080/ (no console built)");
  });
});
