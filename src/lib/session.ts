import { forgetSearches } from './last-search';
import { announceSignOut } from './session-sharing';
import { useSyncExternalStore } from 'react';
import { directLogin, revokeDirectLoginToken } from '@/api/client';
import { directLoginTokenBody } from '@/api/schemas/auth';
import { serverQueries } from '@/api/resources/server';
import { getToken, setToken, subscribeToken } from '@/api/session-token';
import { queryClient } from './query-client';

export async function signIn(username: string, password: string): Promise<void> {
  const { token } = await directLogin(username, password, directLoginTokenBody);
  startSession(token);
}

/** A new session with `token`: nothing cached from before survives. */
export function startSession(token: string): void {
  queryClient.clear();
  endReason = undefined;
  setToken(token);
}

type Revoker = (token: string) => Promise<void>;
let revokeToken: Revoker = revokeDirectLoginToken;

/** Issue 9: on the OpenWealth / bankingservice.ai backends a session ends at Customer Desk's server instead. */
export function setSessionRevoker(revoker: Revoker): void {
  revokeToken = revoker;
}

export type SessionEndReason = 'expired' | 'idle' | 'signed-out';
let endReason: SessionEndReason | undefined;

/**
 * Forgets the token and every cached answer, so nothing of the last user stays in this tab. The reason is kept for
 * the guard of the signed-in routes, which sends the user to sign in and says why.
 */
export function signOut(reason?: SessionEndReason): void {
  endReason = reason;
  const token = getToken();
  // An expired token is already dead; any other is revoked on a server that declares it can (the sandbox's
  // `token-revocation`). Plain OBP has no sign-out endpoint: nothing is sent and the token expires on its own. While
  // the declaration is not known yet the call is made anyway; its failure is ignored.
  const capabilities = queryClient.getQueryData(serverQueries.capabilities().queryKey);
  const revocable = capabilities?.extensions.has('token-revocation') ?? true;
  // Customer Desk's own sessions (issue 9) are always revoked by their server.
  const deskSession = revokeToken !== revokeDirectLoginToken;
  if (token && reason !== 'expired' && (deskSession || revocable)) void revokeToken(token);
  setToken(undefined);
  queryClient.clear();
  forgetSearches();
  // The other tabs share this session: they end it too.
  announceSignOut();
}

/** Another tab signed out: this tab forgets the (shared, already revoked) session without calling the server. */
export function endSessionSignedOutElsewhere(): void {
  endReason = 'signed-out';
  setToken(undefined);
  queryClient.clear();
  forgetSearches();
}

/** Why the last session ended, once (a later visit to a signed-in route without a session says nothing). */
export function takeSessionEndReason(): SessionEndReason | undefined {
  const reason = endReason;
  endReason = undefined;
  return reason;
}

export const isSignedIn = (): boolean => Boolean(getToken());

export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribeToken, isSignedIn, isSignedIn);
}
