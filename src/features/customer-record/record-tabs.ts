/** The record's tabs, in order; each is a route below `/banks/:bankId/customers/:customerId/`. */
export const RECORD_TABS = ['identity', 'addresses', 'kyc', 'tax', 'social-media', 'credit', 'attributes', 'timeline'] as const;
export type RecordTab = (typeof RECORD_TABS)[number];
