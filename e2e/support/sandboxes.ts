import { startSandbox, type RunningSandbox } from './sandbox-process';

/*
 * Every server the e2e suite talks to, started once for the run and side by side in global setup (`e2e/global-setup.ts`)
 * rather than one after another: the suite's own sandbox (what the specs' `baseURL` reaches) and the second servers
 * some specs need. A second server started inside a spec's worker held that worker ~6 s on two busy cores while the
 * main sandbox's start (seeding 2,000 customers, one core) left the other core idle.
 *
 * Their databases are in memory and they listen on 127.0.0.1: each hashes its seeded staff passwords at the unit tests'
 * scrypt cost (`SANDBOX_PASSWORD_COST=test`, which the server refuses for a database file or another address), so
 * neither the starts nor the suite's ~150 sign-ins pay the production cost for passwords that are published anyway.
 */

const port = Number(process.env.E2E_PORT ?? 4173);

/** The second servers, by name; each spec that uses one reads its URL from here (`secondSandboxUrl`). */
export const SECOND_SANDBOXES = {
  /** `proxy.spec.ts`: the same-origin proxy in front of the suite's sandbox (its own database stays empty). */
  proxy: { port: port + 2000, env: { OBP_BASE_URL: `http://127.0.0.1:${port}` } },
  /** `desk-bankingservice.spec.ts`: the console on bankingservice.ai (issue 9). */
  bankingservice: { port: port + 2200, env: { CUSTOMER_DESK_BACKEND: 'bankingservice' } },
  /** `desk-openwealth.spec.ts`: the console on OpenWealth / bLink (issue 9). */
  openwealth: { port: port + 2300, env: { CUSTOMER_DESK_BACKEND: 'openwealth' } },
} as const satisfies Record<string, { port: number; env: Record<string, string> }>;

export type SecondSandbox = keyof typeof SECOND_SANDBOXES;

/** The suite's own sandbox: a fresh in-memory database, seeded the same way every run. */
export const MAIN_SANDBOX = {
  port,
  env: { SEED_CUSTOMERS: '2000', IDLE_TIMEOUT_MINUTES: '5', IDLE_WARNING_SECONDS: '30' },
};

/** The base URL of a second server started by global setup. */
export const secondSandboxUrl = (name: SecondSandbox) => `http://127.0.0.1:${SECOND_SANDBOXES[name].port}`;

/** Whether something already answers `/config.json` at `url` (a server kept from an earlier local run). */
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/config.json`)).ok;
  } catch {
    return false;
  }
}

/**
 * Starts the main sandbox and every second server at once and resolves when all answer. Outside CI a server already
 * answering on its port is used as it is (as Playwright's `reuseExistingServer` did). Returns what stops them.
 */
export async function startSuiteSandboxes(): Promise<() => Promise<void>> {
  const all = [MAIN_SANDBOX, ...Object.values(SECOND_SANDBOXES)];
  const started = await Promise.allSettled(
    all.map(async ({ port: at, env }): Promise<RunningSandbox | undefined> => {
      if (!process.env.CI && (await answers(`http://127.0.0.1:${at}`))) return undefined;
      return startSandbox(at, env);
    }),
  );
  const running = started.flatMap((result) => (result.status === 'fulfilled' && result.value ? [result.value] : []));
  const stop = async () => {
    await Promise.all(running.map((server) => server.stop()));
  };
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  return stop;
}
