import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { type PutKycCheck, type PutKycDocument, type PutKycMedia, type PutKycStatus } from '@/api/schemas/kyc';
import {
  tolerantKycCheck,
  tolerantKycCheckList,
  tolerantKycDocument,
  tolerantKycDocumentList,
  tolerantKycMedia,
  tolerantKycMediaList,
  tolerantKycStatus,
  tolerantKycStatusList,
} from '@/api/wire/kyc';
import { invalidateCustomer } from './customers';

/**
 * OBP reads KYC data by customer alone (`/customers/CUSTOMER_ID/kyc_*`, any-bank roles); each list is its own
 * query so that one failing leaves the others working. The KYC tab and the timeline read the same keys (the
 * timeline asks for them afresh when it opens, with `staleTime: 0`).
 */
export const kycQueries = {
  all: () => ['kyc'] as const,
  customer: (customerId: string) => [...kycQueries.all(), customerId] as const,
  statuses: (customerId: string) =>
    queryOptions({
      queryKey: [...kycQueries.customer(customerId), 'statuses'] as const,
      queryFn: ({ signal }) => obpRequest({ path: path`/customers/${customerId}/kyc_statuses`, schema: tolerantKycStatusList, signal }),
    }),
  checks: (customerId: string) =>
    queryOptions({
      queryKey: [...kycQueries.customer(customerId), 'checks'] as const,
      queryFn: ({ signal }) => obpRequest({ path: path`/customers/${customerId}/kyc_checks`, schema: tolerantKycCheckList, signal }),
    }),
  documents: (customerId: string) =>
    queryOptions({
      queryKey: [...kycQueries.customer(customerId), 'documents'] as const,
      queryFn: ({ signal }) =>
        obpRequest({ path: path`/customers/${customerId}/kyc_documents`, schema: tolerantKycDocumentList, signal }),
    }),
  media: (customerId: string) =>
    queryOptions({
      queryKey: [...kycQueries.customer(customerId), 'media'] as const,
      queryFn: ({ signal }) => obpRequest({ path: path`/customers/${customerId}/kyc_media`, schema: tolerantKycMediaList, signal }),
    }),
};

/** Sets the status; the record's `kyc_status` (also shown in search results) may follow it, so both are read again. */
export function useSetKycStatus(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutKycStatus) =>
      obpRequest({ method: 'PUT', path: path`/banks/${bankId}/customers/${customerId}/kyc_statuses`, body, schema: tolerantKycStatus }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: kycQueries.statuses(customerId).queryKey }),
        invalidateCustomer(queryClient, bankId, customerId),
      ]),
  });
}

/** `PUT …/kyc_check/ID` — singular, unlike the other three. An upsert keyed by the id the console generates. */
export function useAddKycCheck(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PutKycCheck }) =>
      obpRequest({ method: 'PUT', path: path`/banks/${bankId}/customers/${customerId}/kyc_check/${id}`, body, schema: tolerantKycCheck }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kycQueries.checks(customerId).queryKey }),
  });
}

export function useAddKycDocument(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PutKycDocument }) =>
      obpRequest({ method: 'PUT', path: path`/banks/${bankId}/customers/${customerId}/kyc_documents/${id}`, body, schema: tolerantKycDocument }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kycQueries.documents(customerId).queryKey }),
  });
}

export function useAddKycMedia(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PutKycMedia }) =>
      obpRequest({ method: 'PUT', path: path`/banks/${bankId}/customers/${customerId}/kyc_media/${id}`, body, schema: tolerantKycMedia }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kycQueries.media(customerId).queryKey }),
  });
}
