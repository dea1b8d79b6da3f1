import { queryOptions } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { kycCheckList, kycDocumentList, kycMediaList, kycStatusList } from '@/api/schemas/kyc';

/**
 * OBP reads KYC data by customer alone (`/customers/CUSTOMER_ID/kyc_*`, any-bank roles); each list is its own
 * query so that one failing leaves the others working.
 */
export const kycQueries = {
  all: () => ['kyc'] as const,
  customer: (customerId: string) => [...kycQueries.all(), customerId] as const,
  statuses: (customerId: string) =>
    queryOptions({
      queryKey: [...kycQueries.customer(customerId), 'statuses'] as const,
      queryFn: async ({ signal }) =>
        (await obpRequest({ path: path`/customers/${customerId}/kyc_statuses`, schema: kycStatusList, signal })).statuses,
    }),
  checks: (customerId: string) =>
    queryOptions({
      queryKey: [...kycQueries.customer(customerId), 'checks'] as const,
      queryFn: async ({ signal }) =>
        (await obpRequest({ path: path`/customers/${customerId}/kyc_checks`, schema: kycCheckList, signal })).checks,
    }),
  documents: (customerId: string) =>
    queryOptions({
      queryKey: [...kycQueries.customer(customerId), 'documents'] as const,
      queryFn: async ({ signal }) =>
        (await obpRequest({ path: path`/customers/${customerId}/kyc_documents`, schema: kycDocumentList, signal })).documents,
    }),
  media: (customerId: string) =>
    queryOptions({
      queryKey: [...kycQueries.customer(customerId), 'media'] as const,
      queryFn: async ({ signal }) =>
        (await obpRequest({ path: path`/customers/${customerId}/kyc_media`, schema: kycMediaList, signal })).medias,
    }),
};
