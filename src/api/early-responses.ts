/**
 * Answers to GET requests that the console's start-up script (`src/app/boot`) sent before the console's own code had
 * arrived: on a cold load of a signed-in URL it asks for what the route will read as soon as `config.json` says where
 * the API is. The console's client takes such an answer instead of sending the same request again (`send` in
 * `client.ts`), so the answer goes through the resource's own query (its key, its wire reader) into React Query.
 *
 * An answer is kept for the exact URL and `DirectLogin` header it was asked with, is taken once, and only shortly
 * after it was asked for: a request made later (the user coming back to the tab minutes later) goes to the server.
 * The boot script and the console each bundle this module; they share the answers through one global (`Symbol.for`).
 */
const EARLY_RESPONSES = Symbol.for('customer-desk.early-responses');

/** Long enough for the slowest start-up to take its answers; a request made later deserves a fresh answer. */
export const EARLY_RESPONSE_TTL_MS = 15_000;

const CONSOLE = Symbol.for('customer-desk.console');

/** The GETs the console sent itself (not taken from here), so that the script does not send the same again. */
const ASKED_BY_CONSOLE = Symbol.for('customer-desk.asked-by-console');
/** The console's own GETs remembered at most (a start-up asks a handful; the set starts again empty beyond this). */
const ASKED_KEPT = 200;

type Entry = { response: Promise<Response>; askedAt: number };
/** How far the console's entry chunk is: running, or asking for the first route's data. */
export type ConsoleState = 'started' | 'asking';
type Holder = { [EARLY_RESPONSES]?: Map<string, Entry>; [CONSOLE]?: ConsoleState; [ASKED_BY_CONSOLE]?: Set<string> };

const keyOf = (url: string, directLogin: string | null | undefined) => `${url}\n${directLogin ?? ''}`;

function entries(): Map<string, Entry> {
  const holder = globalThis as Holder;
  return (holder[EARLY_RESPONSES] ??= new Map());
}

/**
 * Sends a GET now and keeps its answer for the console's same request. With `copy`, resolves to a copy of the answer
 * for the caller's own reading (the original's body stays unread for the console); otherwise to nothing.
 */
export function fetchEarly(url: string, headers: Record<string, string>, options: { copy: true; fetch?: typeof fetch }): Promise<Response>;
export function fetchEarly(url: string, headers: Record<string, string>, options?: { copy?: false; fetch?: typeof fetch }): void;
export function fetchEarly(url: string, headers: Record<string, string>, options: { copy?: boolean; fetch?: typeof fetch } = {}): Promise<Response> | void {
  // The console asked first (a screen that mounted while the script still waited for the user's roles): it has its
  // answer coming, and a second request would only be taken by nobody.
  if (!options.copy && (globalThis as Holder)[ASKED_BY_CONSOLE]?.has(keyOf(url, headers.DirectLogin))) return;
  const response = (options.fetch ?? fetch)(url, { headers });
  // The copy is made as soon as the answer is there, before anyone can read the original's body.
  const copy = options.copy ? response.then((answer) => answer.clone()) : undefined;
  response.catch(() => undefined); // a failure is the taker's to report (or nobody's)
  entries().set(keyOf(url, headers.DirectLogin), { response, askedAt: performance.now() });
  return copy;
}

/**
 * The start-up script loads `async` and normally runs first. Should the entry chunk run before it (a slow network,
 * a cached entry), the script stands back: the console asks for everything itself. Should the script have started
 * first but still wait for config.json when the console asks for its route's data, it stands back too.
 */
export function markConsole(state: ConsoleState): void {
  (globalThis as Holder)[CONSOLE] = state;
}

export const consoleState = (): ConsoleState | undefined => (globalThis as Holder)[CONSOLE];

/** Only a plain GET is asked for early, taken from here, or remembered as asked by the console. */
const isPlainGet = (init: RequestInit): boolean => (init.method ?? 'GET') === 'GET' && init.body == null;
const keyOfRequest = (url: string, init: RequestInit): string => keyOf(url, new Headers(init.headers).get('DirectLogin'));

/** The early answer held under `key`, once (an answer asked too long ago is dropped, not given). */
function takeHeld(key: () => string): Promise<Response> | undefined {
  const held = (globalThis as Holder)[EARLY_RESPONSES];
  if (!held || held.size === 0) return undefined;
  const wanted = key();
  const entry = held.get(wanted);
  if (!entry) return undefined;
  held.delete(wanted);
  return performance.now() - entry.askedAt <= EARLY_RESPONSE_TTL_MS ? entry.response : undefined;
}

/** The early answer to exactly this request, once; undefined for anything but a plain GET asked for early. */
export function takeEarlyResponse(url: string, init: RequestInit = {}): Promise<Response> | undefined {
  return isPlainGet(init) ? takeHeld(() => keyOfRequest(url, init)) : undefined;
}

/**
 * `fetch`, answered from the early answers when the start-up script already asked the same; a plain GET it sends
 * itself is remembered, so that the script, should it still be waiting for the user's roles, does not ask it again.
 */
export function fetchWithEarlyResponses(input: string, init: RequestInit = {}): Promise<Response> {
  if (!isPlainGet(init)) return fetch(input, init);
  // The request's key is read from its headers once, and only if something needs it.
  let key: string | undefined;
  const keyOnce = () => (key ??= keyOfRequest(input, init));
  const early = takeHeld(keyOnce);
  if (early) return early;
  // Only in the start-up script's window: later nobody asks early, and nothing need be remembered.
  if (performance.now() <= EARLY_RESPONSE_TTL_MS) {
    const asked = ((globalThis as Holder)[ASKED_BY_CONSOLE] ??= new Set());
    if (asked.size >= ASKED_KEPT) asked.clear();
    asked.add(keyOnce());
  }
  return fetch(input, init);
}

/** Forgets every early answer (a test's clean slate). */
export function forgetEarlyResponses(): void {
  (globalThis as Holder)[EARLY_RESPONSES]?.clear();
  (globalThis as Holder)[ASKED_BY_CONSOLE]?.clear();
  delete (globalThis as Holder)[CONSOLE];
}
