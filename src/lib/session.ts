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
  // the declaration is not known yet the call is made anyway; its failure is ignored. Customer Desk's own server
  // (issue 9, OpenWealth / bankingservice.ai) always ends its sessions.
  const capabilities = queryClient.getQueryData(serverQueries.capabilities().queryKey);
  const revocable = revokeToken !== revokeDirectLoginToken || (capabilities?.extensions.has('token-revocation') ?? true);
  if (token && reason !== 'expired' && revocable) void revokeToken(token);
  setToken(undefined);
  queryClient.clear();
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
