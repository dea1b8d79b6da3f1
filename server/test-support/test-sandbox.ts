import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { testSandboxConfig, type SandboxConfig } from '../config';
import { openSandboxDatabase, openSandboxDatabaseCopy, type SandboxDatabase } from '../database/sandbox-database';
import type { PasswordCost } from '../security/passwords';
import { createRepositories, type Repositories } from '../repositories/repositories';
import { seedDatabase } from '../seed/seed-database';

export const PASSWORD = 'sandbox123!';
export const CONSUMER_KEY = 'customer-desk';
export const BANK = 'gh.29.uk';
export const OTHER_BANK = 'GENODEM1GLS';
export type StaffUser = 'admin' | 'manager' | 'kyc' | 'teller';

export type TestSandbox = {
  app: FastifyInstance;
  database: SandboxDatabase;
  repositories: Repositories;
  /** The sandbox's clock, in epoch milliseconds; tests move it instead of sleeping. */
  clock: { now: number };
  /** A DirectLogin token of the user (one login per user and sandbox). */
  tokenOf: (user: StaffUser) => Promise<string>;
  /** `inject` with the user's token in the `DirectLogin` header. */
  as: (user: StaffUser, options: InjectOptions) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

export const directLoginHeader = (username: string, password = PASSWORD, consumerKey = CONSUMER_KEY) =>
  `username="${username}", password="${password}", consumer_key="${consumerKey}"`;

/**
 * Seeded images by size and password cost, made once per test worker (the sandbox project shares modules between
 * files): a test sandbox starts from an in-memory copy of one — about a millisecond — instead of migrating and seeding
 * a database again. The seed is deterministic, so a copy is what seeding would have made (salts aside).
 */
const seededImages = new Map<string, Buffer>();

function seededDatabase(customers: number, passwordCost: PasswordCost): SandboxDatabase {
  const key = `${customers}/${passwordCost.N}/${passwordCost.r}/${passwordCost.p}`;
  let image = seededImages.get(key);
  if (!image) {
    const database = openSandboxDatabase(':memory:');
    // Hashed at the tests' scrypt cost (config.passwordCost), which unknown usernames are checked against too.
    seedDatabase(database, { customers, password: PASSWORD, passwordCost });
    image = database.serialize();
    database.close();
    seededImages.set(key, image);
  }
  return openSandboxDatabaseCopy(image);
}

/** A sandbox over a fresh in-memory database (a copy of a seeded one) with a small deterministic seed. */
export async function createTestSandbox(
  options: { customers?: number; config?: Partial<SandboxConfig> } = {},
): Promise<TestSandbox> {
  const clock = { now: Date.UTC(2025, 5, 1, 12) };
  const config = testSandboxConfig({ now: () => clock.now, ...options.config });
  const database = seededDatabase(options.customers ?? 300, config.passwordCost);
  const app = await buildApp({ db: database, config });
  const tokens = new Map<StaffUser, Promise<string>>();
  const tokenOf = (user: StaffUser) => {
    let token = tokens.get(user);
    if (!token) {
      token = app
        .inject({ method: 'POST', url: '/my/logins/direct', headers: { DirectLogin: directLoginHeader(user) } })
        .then((response) => {
          if (response.statusCode !== 201) throw new Error(`login of ${user} failed: ${response.body}`);
          return (response.json() as { token: string }).token;
        });
      tokens.set(user, token);
    }
    return token;
  };
  return {
    app,
    database,
    repositories: createRepositories(database),
    clock,
    tokenOf,
    as: async (user, injectOptions) =>
      app.inject({ ...injectOptions, headers: { ...injectOptions.headers, DirectLogin: `token=${await tokenOf(user)}` } }),
    close: async () => {
      await app.close();
      database.close();
    },
  };
}

/** The parsed OBP error body of a response. */
export const errorOf = (response: LightMyRequestResponse) => response.json() as { code: number; message: string };
