import { useSyncExternalStore } from 'react';
import { directLogin } from '@/api/client';
import { directLoginTokenBody } from '@/api/schemas/auth';
import { getToken, setToken, subscribeToken } from '@/api/session-token';
import { queryClient } from './query-client';

export async function signIn(username: string, password: string): Promise<void> {
  const { token } = await directLogin(username, password, directLoginTokenBody);
  queryClient.clear();
  setToken(token);
}

/** Forgets the token and every cached answer, so nothing of the last user stays in this tab. */
export function signOut(): void {
  setToken(undefined);
  queryClient.clear();
}

export const isSignedIn = (): boolean => Boolean(getToken());

export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribeToken, isSignedIn, isSignedIn);
}
