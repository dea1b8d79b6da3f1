import { DEFAULT_SANDBOX_PASSWORD } from '../config';
import type { UserRepository } from '../repositories/user-repository';
import { verifyPassword } from '../security/passwords';

/** The seeded staff users, in the order a newcomer should try them, with what each one is for. */
export const DEMO_USERS = [
  { username: 'manager', role: 'relationship-manager', label: 'relationship manager' },
  { username: 'kyc', role: 'kyc-officer', label: 'KYC officer' },
  { username: 'teller', role: 'teller', label: 'teller' },
  { username: 'admin', role: 'administrator', label: 'administrator' },
] as const;

const labelOf = (user: DemoUser) => DEMO_USERS.find((demo) => demo.role === user.role)?.label ?? user.role;

export type DemoUser = { username: string; role: (typeof DEMO_USERS)[number]['role']; password: string };

/**
 * The seeded users whose password is still the published default — checked against their stored hashes, so a
 * sandbox seeded with its own `SANDBOX_PASSWORD` (or whose users changed it) names nobody.
 */
export async function findDemoUsers(users: Pick<UserRepository, 'findByUsername'>): Promise<DemoUser[]> {
  const found = await Promise.all(
    DEMO_USERS.map(async ({ username, role }) => {
      const user = users.findByUsername(username);
      return user && (await verifyPassword(DEFAULT_SANDBOX_PASSWORD, user.passwordHash))
        ? [{ username, role, password: DEFAULT_SANDBOX_PASSWORD }]
        : [];
    }),
  );
  return found.flat();
}

/** What `npm start` prints last: where to open the console and whom to sign in as. */
export function startBanner(url: string, demoUsers: readonly DemoUser[], servesConsole: boolean): string {
  const lines = [servesConsole ? `Customer Desk is running: open ${url}` : `Customer Desk's API is running at ${url} (no console built)`];
  if (demoUsers.length > 0) {
    const names = demoUsers.map((user) => (labelOf(user) === user.username ? user.username : `${user.username} (${labelOf(user)})`)).join(', ');
    lines.push(`Sign in as ${names} — password ${demoUsers[0]!.password}`);
  }
  return lines.join('\n');
}
