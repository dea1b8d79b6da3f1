/** Only same-origin paths are followed after sign-in, so a crafted link cannot send the user elsewhere. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in')) return '/';
  return value;
}

import type { SessionEndReason } from '@/lib/session';

export type SignInReason = SessionEndReason;

export function signInUrl(returnTo: string | undefined, reason?: SignInReason): string {
  const search = new URLSearchParams();
  const target = safeReturnTo(returnTo);
  if (target !== '/') search.set('returnTo', target);
  if (reason) search.set('reason', reason);
  const query = search.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}
