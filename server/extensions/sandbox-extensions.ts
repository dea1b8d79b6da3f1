/**
 * What the sandbox does beyond OBP, each named as the console knows it (issue 8 §4). The sandbox declares the ones it
 * serves at `GET /obp/v5.1.0/sandbox/capabilities`; `SANDBOX_EXTENSIONS=none` makes it answer like plain OBP instead.
 */
export const SANDBOX_EXTENSIONS = [
  /** GET …/kyc_statuses lists every status ever set, newest first (OBP keeps one row per customer). */
  'kyc-status-history',
  /** An address keeps its posted `status` (OBP stores and returns the state there). */
  'address-status',
  /** A customer may have several social-media handles (OBP: one, a unique index on the customer number). */
  'multiple-social-media-handles',
  /** The phone search takes `limit`/`offset` and answers `X-Total-Count` (OBP returns every match). */
  'paged-phone-search',
  /** createCustomer refuses a taken number with OBP-30006 (OBP v5.0.0 skips the check). */
  'customer-number-check',
  /** Credit-limit requests are stored at their former paths (removed from OBP in 2023). */
  'credit-limit-requests',
  /**
   * `DELETE /my/logins/direct` revokes the DirectLogin token sent with it (OBP has no sign-out: a token lives until it
   * expires). Without it that path is OBP's 404 and the console's sign-out only forgets the token.
   */
  'token-revocation',
  /**
   * KYC checks, documents and media keep every version, served at `GET /sandbox/banks/BANK_ID/customers/CUSTOMER_ID/
   * kyc_checks[/KYC_CHECK_ID]/versions` (and kyc_documents, kyc_media); OBP overwrites an item PUT again with its id.
   */
  'kyc-item-versions',
  /**
   * `GET /management/metrics` applies `include_url_patterns` and `exclude_url_patterns` (OBP applies them only in
   * `/management/aggregate-metrics`; its rows query ignores them and answers every call).
   */
  'metrics-url-patterns',
] as const;

export type SandboxExtension = (typeof SANDBOX_EXTENSIONS)[number];

/** The server name the capabilities endpoint gives. */
export const SANDBOX_SERVER_NAME = 'customer-desk-sandbox';

/**
 * `SANDBOX_EXTENSIONS`: unset or `all` — every extension; `none` — none (the sandbox answers like OBP: no
 * capabilities endpoint, an unpaged phone search); else a comma-separated list of extension names.
 */
export function parseSandboxExtensions(raw: string | undefined): ReadonlySet<SandboxExtension> {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'all') return new Set(SANDBOX_EXTENSIONS);
  if (value === 'none') return new Set();
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(SANDBOX_EXTENSIONS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(`SANDBOX_EXTENSIONS must be all, none or a comma-separated list of ${SANDBOX_EXTENSIONS.join(', ')}; unknown: ${unknown.join(', ')}`);
  }
  return new Set(names as SandboxExtension[]);
}
