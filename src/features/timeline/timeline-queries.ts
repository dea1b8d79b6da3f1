import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { kycCheckList, kycDocumentList, kycStatusList } from '@/api/schemas/kyc';

/**
 * The KYC lists the timeline reads (by customer alone, any-bank roles). They are the timeline's own keys: the KYC tab
 * refreshes its own after a change, so these are read afresh whenever the timeline opens (staleTime 0).
 */
export const timelineQueries = {
  all: () => ['timeline'] as const,
  customer: (customerId: string) => [...timelineQueries.all(), customerId] as const,
  kycChecks: (customerId: string) =>
    queryOptions({
      queryKey: [...timelineQueries.customer(customerId), 'kyc-checks'] as const,
      queryFn: async ({ signal }) =>
        (await obpRequest({ path: path`/customers/${customerId}/kyc_checks`, schema: kycCheckList, signal })).checks,
      staleTime: 0,
    }),
  kycStatuses: (customerId: string) =>
    queryOptions({
      queryKey: [...timelineQueries.customer(customerId), 'kyc-statuses'] as const,
      queryFn: async ({ signal }) =>
        (await obpRequest({ path: path`/customers/${customerId}/kyc_statuses`, schema: kycStatusList, signal })).statuses,
      staleTime: 0,
    }),
  kycDocuments: (customerId: string) =>
    queryOptions({
      queryKey: [...timelineQueries.customer(customerId), 'kyc-documents'] as const,
      queryFn: async ({ signal }) =>
        (await obpRequest({ path: path`/customers/${customerId}/kyc_documents`, schema: kycDocumentList, signal })).documents,
      staleTime: 0,
    }),
};
