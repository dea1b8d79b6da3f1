import { consoleState, fetchEarly } from '@/api/early-responses';
import { heldRolesOf, type HeldRole } from '@/api/session-token';
import { BANKS_PATH, earlyReadsFor, mayRead, USER_PATH } from './early-reads';
import type { GatedRead, ReadRoles } from './read-roles';

/**
 * The start-up script's work (`boot.ts`, a few kB that arrive and run before the console's entry chunk): on a cold
 * load of a signed-in URL, ask the API for what the route will read as soon as `config.json` says where it is — the
 * user's roles, the record's customer, the tab's lists, the bank list — instead of after the entry chunk, the route's
 * preload chunk and the shared chunks it imports have loaded and run. The console's client takes these answers
 * (`src/api/early-responses.ts`), so nothing is asked twice and every answer goes through its resource's reader.
 *
 * A tab's lists need roles: they start at once on the roles remembered for this session (`rememberedRoles`, written
 * from every `GET /users/current` the console or this script read — `remember-roles.ts`), otherwise as soon as the
 * user's roles have arrived. Either way the roles that arrive decide again: a list they allow that was not started
 * starts then (one they no longer allow was asked for in vain, and its answer is never taken).
 */
export type EarlyRequestOptions = {
  pathname: string;
  /** The session's DirectLogin token (none: the route will ask to sign in, and nothing is read). */
  token: string | undefined;
  remembered: readonly HeldRole[] | undefined;
  remember: (roles: HeldRole[]) => void;
  readRoles: ReadRoles;
  fetch?: typeof fetch;
};

/** The parts of `config.json` the script needs; anything else it reads as "do nothing" (the console reports it). */
type EarlyConfig = { apiRoot: string };

async function readConfig(response: Promise<Response>): Promise<EarlyConfig | undefined> {
  try {
    const answer = await response;
    if (!answer.ok) return undefined;
    const config = (await answer.json()) as { obpBaseUrl?: unknown; backend?: unknown };
    // The OpenWealth and bankingservice.ai backends (issue 9) have screens and sessions of their own.
    if (typeof config.obpBaseUrl !== 'string' || (config.backend !== undefined && config.backend !== 'obp')) return undefined;
    return { apiRoot: `${config.obpBaseUrl.replace(/\/+$/, '')}/obp/v5.1.0` };
  } catch {
    return undefined;
  }
}

/** The roles the user holds, from `GET /users/current`'s entitlements (names and bank ids, "" for any bank). */
async function heldRoles(response: Promise<Response>): Promise<HeldRole[] | undefined> {
  try {
    const answer = await response;
    if (!answer.ok) return undefined;
    return heldRolesOf(await answer.json());
  } catch {
    return undefined;
  }
}

/** Starts the early requests of `pathname`; resolves when the last has been started (their answers wait to be taken). */
export async function startEarlyRequests(options: EarlyRequestOptions): Promise<void> {
  const fetchImpl = options.fetch ?? fetch;
  // Too late: the console's entry ran first and asks for everything itself.
  if (consoleState() !== undefined) return;
  // The console reads config.json first: the script asks for it (taking index.html's preload) and hands it on.
  const config = readConfig(fetchEarly('/config.json', {}, { copy: true, fetch: fetchImpl }));
  const reads = options.token ? earlyReadsFor(options.pathname) : undefined;
  if (!options.token || !reads) return;
  const { apiRoot } = (await config) ?? {};
  if (apiRoot === undefined || consoleState() === 'asking') return;
  const headers = { Accept: 'application/json', DirectLogin: `token=${options.token}` };
  const read = (path: string) => fetchEarly(`${apiRoot}${path}`, headers, { fetch: fetchImpl });

  const user = fetchEarly(`${apiRoot}${USER_PATH}`, headers, { copy: true, fetch: fetchImpl });
  for (const path of reads.reads) read(path);
  const started = new Set<GatedRead>();
  const startAllowed = (held: readonly HeldRole[]) => {
    for (const { operation, path } of reads.gated) {
      if (started.has(operation) || !mayRead(held, options.readRoles[operation], reads.bankId)) continue;
      started.add(operation);
      read(path);
    }
  };
  if (options.remembered) startAllowed(options.remembered);
  read(BANKS_PATH);

  const held = await heldRoles(user);
  if (!held) return;
  options.remember(held);
  startAllowed(held);
}
