import type { OperationId } from '@/api/schemas/operations';

/** The record's tabs, in order; each is a route below `/banks/:bankId/customers/:customerId/`. */
export const RECORD_TABS = ['identity', 'addresses', 'kyc', 'tax', 'social-media', 'credit', 'attributes', 'timeline', 'activity'] as const;

/** Tabs that need a role to open at all: without it the tab is shown disabled, with the role it needs. */
export const GATED_TABS = { activity: 'getMetrics' } as const satisfies Partial<Record<(typeof RECORD_TABS)[number], OperationId>>;
export type RecordTab = (typeof RECORD_TABS)[number];
