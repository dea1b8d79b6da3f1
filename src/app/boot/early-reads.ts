import type { HeldRole } from '@/api/session-token';
import type { GatedRead, ReadRole } from './read-roles';

/**
 * What the routes showing a URL will read, known from the URL alone — the same requests their preloads make
 * (`route-preloads.ts`, `record-preloads.ts`), as paths under `/obp/v5.1.0` encoded as `path\`…\`` encodes them, so an
 * early answer is taken by the very query the screen reads (`src/api/early-responses.ts`).
 *
 * Only what the first screen of a cold load waits on is here: every signed-in page's user (roles) and bank list, and a
 * record's customer and its tab's lists. `route-preloads.test.ts` checks that these are the requests the preloads make.
 */
export type GatedPath = { operation: GatedRead; path: string };
export type EarlyReads = {
  /** Read at once, before the bank list: the record's customer. */
  reads: string[];
  /** Read once the user's roles allow them (the screen would not ask otherwise). */
  gated: GatedPath[];
  /** The bank the roles are checked at. */
  bankId: string | undefined;
};

export const USER_PATH = '/users/current';
export const BANKS_PATH = '/banks';

const segment = encodeURIComponent;

/** The record's tabs (`TABS` in `router.tsx`) and what each reads only with a role. */
const TAB_READS: Readonly<Record<string, (bankId: string, customerId: string) => GatedPath[]>> = {
  identity: () => [],
  kyc: (_bankId, customerId) => [
    { operation: 'getKycStatuses', path: `/customers/${segment(customerId)}/kyc_statuses` },
    { operation: 'getKycChecks', path: `/customers/${segment(customerId)}/kyc_checks` },
    { operation: 'getKycDocuments', path: `/customers/${segment(customerId)}/kyc_documents` },
    { operation: 'getKycMedia', path: `/customers/${segment(customerId)}/kyc_media` },
  ],
  addresses: (bankId, customerId) => [
    { operation: 'getCustomerAddresses', path: `/banks/${segment(bankId)}/customers/${segment(customerId)}/addresses` },
  ],
  tax: (bankId, customerId) => [{ operation: 'getTaxResidences', path: `/banks/${segment(bankId)}/customers/${segment(customerId)}/tax-residences` }],
  'social-media': (bankId, customerId) => [
    { operation: 'getSocialMediaHandles', path: `/banks/${segment(bankId)}/customers/${segment(customerId)}/social_media_handles` },
  ],
  credit: () => [],
  attributes: () => [],
  timeline: () => [],
  activity: () => [],
};

const BANK_PATH = /^\/banks\/([^/]+)(?:\/|$)/;
/** A record, with or without a tab: `/banks/B/customers/C`, `/banks/B/customers/C/kyc` (not `/customers/new`). */
const RECORD_PATH = /^\/banks\/([^/]+)\/customers\/([^/]+)(?:\/([^/]+))?\/?$/;

const decoded = (value: string): string | undefined => {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
};

/** The early reads of a signed-in URL; undefined for the sign-in page (and a URL it cannot read). */
export function earlyReadsFor(pathname: string): EarlyReads | undefined {
  if (pathname === '/sign-in' || pathname.startsWith('/sign-in/')) return undefined;
  const bankSegment = BANK_PATH.exec(pathname)?.[1];
  const bankId = bankSegment === undefined ? undefined : decoded(bankSegment);
  const record = RECORD_PATH.exec(pathname);
  if (!record || record[2] === 'new') return { reads: [], gated: [], bankId };
  const [, , customerSegment = '', tab = 'identity'] = record;
  const customerId = decoded(customerSegment);
  const tabReads = TAB_READS[tab];
  if (bankId === undefined || customerId === undefined || !tabReads) return { reads: [], gated: [], bankId };
  return {
    reads: [`/banks/${segment(bankId)}/customers/${segment(customerId)}`],
    gated: tabReads(bankId, customerId),
    bankId,
  };
}

/** At least one of the read's roles held where OBP looks for it (as `permissionFor` in `src/lib/permissions.ts`). */
export function mayRead(held: readonly HeldRole[], roles: readonly ReadRole[], bankId: string | undefined): boolean {
  if (roles.length === 0) return true;
  return roles.some(([role, scope]) => {
    const wantedBank = scope === 'any' ? '' : bankId;
    return wantedBank !== undefined && held.some(([heldRole, heldBank]) => heldRole === role && heldBank === wantedBank);
  });
}
