import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { testSandboxConfig, type SandboxConfig } from '../config';
import { openSandboxDatabase, type SandboxDatabase } from '../database/sandbox-database';
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

/** A sandbox over a fresh in-memory database with a small deterministic seed. */
export async function createTestSandbox(
  options: { customers?: number; config?: Partial<SandboxConfig> } = {},
): Promise<TestSandbox> {
  const database = openSandboxDatabase(':memory:');
  seedDatabase(database, { customers: options.customers ?? 300, password: PASSWORD });
  const clock = { now: Date.UTC(2025, 5, 1, 12) };
  const app = await buildApp({ db: database, config: testSandboxConfig({ now: () => clock.now, ...options.config }) });
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
