/**
 * The DirectLogin token lives in memory and in sessionStorage only (nothing persists past the tab): it survives a reload of
 * the tab and dies with it.
 */
const STORAGE_KEY = 'customer-desk.session';
/**
 * Beside it, for the same session only: the roles the start-up script reads with (`src/app/boot`), as the user held
 * them when last read — role names and bank ids, nothing about any customer. A new token (or none) forgets them.
 */
const ROLES_KEY = 'customer-desk.session-roles';

let token: string | undefined;
const listeners = new Set<() => void>();

function readStored(): string | undefined {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function getToken(): string | undefined {
  token ??= readStored();
  return token;
}

export function setToken(next: string | undefined): void {
  const changed = next !== getToken();
  token = next;
  try {
    if (next) sessionStorage.setItem(STORAGE_KEY, next);
    else sessionStorage.removeItem(STORAGE_KEY);
    if (changed) sessionStorage.removeItem(ROLES_KEY);
  } catch {
    // Storage may be unavailable (private mode); the in-memory token still works for this page.
  }
  for (const listener of listeners) listener();
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A role held: its name and the bank it is held at ("" for an any-bank role), as OBP's entitlements say. */
export type HeldRole = readonly [role: string, bankId: string];

/**
 * The roles in an answer of `GET /users/current` (its `entitlements.list`), read without zod: the start-up script
 * (`app/boot/early-requests.ts`) reads them before the console's code has loaded. Undefined: no list to read.
 */
export function heldRolesOf(user: unknown): HeldRole[] | undefined {
  const list = (user as { entitlements?: { list?: unknown } } | null)?.entitlements?.list;
  if (!Array.isArray(list)) return undefined;
  return list.flatMap((entitlement: { role_name?: unknown; bank_id?: unknown } | null): HeldRole[] => {
    const { role_name: role, bank_id: bankId } = entitlement ?? {};
    return typeof role === 'string' && typeof bankId === 'string' ? [[role, bankId]] : [];
  });
}

const isHeldRoles = (value: unknown): value is HeldRole[] =>
  Array.isArray(value) &&
  value.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string');

/** The roles remembered for this session (see ROLES_KEY); undefined when none were, or storage is unavailable. */
export function rememberedRoles(): HeldRole[] | undefined {
  try {
    const stored = sessionStorage.getItem(ROLES_KEY);
    if (!stored) return undefined;
    const parsed: unknown = JSON.parse(stored);
    return isHeldRoles(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function rememberRoles(roles: readonly HeldRole[]): void {
  try {
    sessionStorage.setItem(ROLES_KEY, JSON.stringify(roles));
  } catch {
    // Nothing remembered: the next start waits for the user's roles before it reads what they gate.
  }
}
