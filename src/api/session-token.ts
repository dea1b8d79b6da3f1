/**
 * The DirectLogin token lives in memory and in sessionStorage only (nothing persists past the tab): it survives a reload of
 * the tab and dies with it.
 */
const STORAGE_KEY = 'customer-desk.session';

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
  token = next;
  try {
    if (next) sessionStorage.setItem(STORAGE_KEY, next);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be unavailable (private mode); the in-memory token still works for this page.
  }
  for (const listener of listeners) listener();
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
