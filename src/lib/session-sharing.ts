import { getToken, setToken } from '@/api/session-token';

/*
 * Many tabs, one session. A tab opened without a session (Ctrl-click on a result, a pasted link) asks the console's
 * other tabs over a BroadcastChannel — same origin only, nothing written to any shared storage — and takes the
 * token an open tab hands over, into its own memory and sessionStorage. Signing out in one tab ends the session in
 * every tab.
 */

const CHANNEL_NAME = 'customer-desk.session';
/** How long a new tab waits for an answer before it shows the sign-in page. */
const ANSWER_WAIT_MS = 250;

type Message = { type: 'ask' } | { type: 'token'; token: string } | { type: 'signed-out' } | { type: 'active' };

let channel: BroadcastChannel | undefined;

const isMessage = (data: unknown): data is Message =>
  typeof data === 'object' && data !== null && ['ask', 'token', 'signed-out', 'active'].includes((data as { type?: unknown }).type as string);

/**
 * Joins the other tabs: answers their questions from now on, and, when this tab has no session, asks for theirs and
 * resolves once one came or none answered in time.
 */
export function joinOtherTabs(onSignedOutElsewhere: () => void, waitMs = ANSWER_WAIT_MS): Promise<void> {
  if (typeof BroadcastChannel === 'undefined' || channel) return Promise.resolve();
  const joined = new BroadcastChannel(CHANNEL_NAME);
  channel = joined;
  joined.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isMessage(event.data)) return;
    if (event.data.type === 'ask') {
      const token = getToken();
      if (token) joined.postMessage({ type: 'token', token } satisfies Message);
    } else if (event.data.type === 'signed-out' && getToken()) {
      onSignedOutElsewhere();
    } else if (event.data.type === 'active') {
      for (const listener of activityListeners) listener();
    }
  });
  if (getToken()) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      joined.removeEventListener('message', answer);
      resolve();
    };
    const answer = (event: MessageEvent<unknown>) => {
      if (!isMessage(event.data) || event.data.type !== 'token' || typeof event.data.token !== 'string') return;
      if (!getToken()) setToken(event.data.token);
      finish();
    };
    const timer = setTimeout(finish, waitMs);
    joined.addEventListener('message', answer);
    joined.postMessage({ type: 'ask' } satisfies Message);
  });
}

const activityListeners = new Set<() => void>();

/**
 * The user is active in this tab: the session's idle time starts again in every tab, so a tab left in the
 * background does not sign out the one being worked in.
 */
export function announceActivity(): void {
  channel?.postMessage({ type: 'active' } satisfies Message);
}

export function onActivityElsewhere(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

/** Tells the other tabs this session has ended. */
export function announceSignOut(): void {
  channel?.postMessage({ type: 'signed-out' } satisfies Message);
}

/** Stops taking part (a test's tab closing). */
export function leaveOtherTabs(): void {
  channel?.close();
  channel = undefined;
}
