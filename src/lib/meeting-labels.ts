import { useMemo } from 'react';
import { useI18n } from '@/i18n/i18n-context';

/**
 * Suggested meeting purposes, providers and invitee statuses, and how they read in the user's language; shared by the
 * scheduler and the customer timeline. OBP takes any URL-friendly id: one it does not suggest is shown as it is.
 */
export const KNOWN_PURPOSES = ['onboarding', 'mortgage', 'complaint', 'kyc-review', 'investment-advice'] as const;
export const KNOWN_PROVIDERS = ['in-person', 'phone', 'video'] as const;
export const INVITEE_STATUSES = ['invited', 'accepted', 'declined', 'tentative'] as const;

const includes = (list: readonly string[], id: string) => list.includes(id);
export const isKnownPurpose = (id: string) => includes(KNOWN_PURPOSES, id);
export const isKnownProvider = (id: string) => includes(KNOWN_PROVIDERS, id);
export const isKnownStatus = (id: string) => includes(INVITEE_STATUSES, id);

/** Badge style of an invitee's answer (the word itself always carries the meaning). */
export function statusBadgeClass(status: string): string {
  if (status === 'accepted') return 'badge badge-ok';
  if (status === 'declined') return 'badge badge-danger';
  if (status === 'tentative') return 'badge badge-warning';
  return 'badge badge-neutral';
}

export function useMeetingLabels() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      purpose: (id: string) => (isKnownPurpose(id) ? t(`meetings.purposes.${id}`) : id),
      provider: (id: string) => (isKnownProvider(id) ? t(`meetings.providers.${id}`) : id),
      status: (id: string) => (isKnownStatus(id) ? t(`meetings.statuses.${id}`) : id),
    }),
    [t],
  );
}
