/** How many days before expiry a document is flagged: KYC officers renew documents a month ahead. */
export const EXPIRY_WARNING_DAYS = 30;

export type DocumentExpiry =
  | { state: 'none' }
  | { state: 'expired'; daysAgo: number }
  | { state: 'expires-soon'; daysLeft: number }
  | { state: 'valid'; daysLeft: number };

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MILLISECONDS_PER_DAY = 86_400_000;

function dayNumber(day: string): number | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const value = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(value) ? undefined : Math.round(value / MILLISECONDS_PER_DAY);
}

/** Today as the user's own calendar day (`yyyy-MM-dd`): a document is judged against the officer's today. */
export function localToday(now: Date = new Date()): string {
  const pad = (number: number) => String(number).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Whether a document has expired or expires within 30 days. An expiry date is a calendar day (OBP stores midnight
 * UTC), and the document is still valid on that day: it is expired from the day after.
 */
export function documentExpiry(expiryDate: string | null | undefined, today: string): DocumentExpiry {
  const expiry = expiryDate ? dayNumber(expiryDate) : undefined;
  const current = dayNumber(today);
  if (expiry === undefined || current === undefined) return { state: 'none' };
  const daysLeft = expiry - current;
  if (daysLeft < 0) return { state: 'expired', daysAgo: -daysLeft };
  if (daysLeft <= EXPIRY_WARNING_DAYS) return { state: 'expires-soon', daysLeft };
  return { state: 'valid', daysLeft };
}
