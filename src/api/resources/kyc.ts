import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import { toKycCheckBody, toKycDocumentBody, toKycMediaBody, toKycStatusBody } from '@/api/bodies/kyc';
import type { KycCheckDraft, KycDocumentDraft, KycMediaDraft, KycStatusDraft } from '@/api/drafts/kyc';
import {
  tolerantKycCheck,
  tolerantKycCheckList,
  tolerantKycDocument,
  tolerantKycDocumentList,
  tolerantKycMedia,
  tolerantKycMediaList,
  tolerantKycStatus,
  tolerantKycStatusList,
  tolerantKycVersionLists,
  type KycItemKind,
  type KycItemVersion,
  type KycStatus,
} from '@/api/wire/kyc';
import type { RowsRead } from '@/api/wire/tolerant';
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

export type { KycItemKind, KycItemVersion } from '@/api/wire/kyc';

const PLURAL: Record<KycItemKind, string> = { check: 'kyc_checks', document: 'kyc_documents', media: 'kyc_media' };

/** One request for every version of one kind, read row by row with the kind's reader (an unreadable version stays one). */
function readVersions<Kind extends KycItemKind>(kind: Kind, bankId: string, customerId: string, signal: AbortSignal): Promise<RowsRead<KycItemVersion<Kind>>> {
  const at = path`/sandbox/banks/${bankId}/customers/${customerId}/` + `${PLURAL[kind]}/versions`;
  return obpRequest({ path: at, schema: tolerantKycVersionLists[kind], signal });
}

/**
 * Every version of the customer's checks, documents or media (a sandbox extension; ask only when the server declares
 * `kyc-item-versions`). One request per kind, shared by all the items of that kind. Under the list's own key, so a
 * write that invalidates the list reads the versions again too.
 */
export const kycVersionQueries = {
  versions: <Kind extends KycItemKind>(kind: Kind, bankId: string, customerId: string) =>
    queryOptions({
      queryKey: [...kycQueries.customer(customerId), kind === 'check' ? 'checks' : kind === 'document' ? 'documents' : 'media', 'versions', bankId] as const,
      queryFn: ({ signal }) => readVersions(kind, bankId, customerId, signal),
    }),
};

/**
 * Newest first. The sandbox keeps every status ever set and sends them newest first; OBP keeps one row per customer.
 * Sorting again costs nothing and keeps the console right if a server sends another order.
 */
export function statusHistory(statuses: readonly KycStatus[]): KycStatus[] {
  const time = (status: KycStatus) => (status.date ? Date.parse(status.date) : Number.NEGATIVE_INFINITY);
  return statuses
    .map((status, index) => ({ status, index }))
    .sort((left, right) => time(right.status) - time(left.status) || left.index - right.index)
    .map(({ status }) => status);
}

export const currentStatus = (statuses: readonly KycStatus[]): KycStatus | undefined => statusHistory(statuses)[0];

/**
 * The one KYC status the console shows for a customer (issue 8 §7): the latest KYC status where it can be read, else
 * the customer's own `kyc_status` flag — which OBP does not keep in step with the statuses — saying which it is.
 * `ok` undefined: the flag was not recorded (an adapter's null).
 */
export type KycTruth =
  | { source: 'latest-status'; ok: boolean | undefined; date: string | undefined }
  | { source: 'customer-flag'; ok: boolean | undefined };

export function kycTruthOf(customerFlag: boolean | undefined, statuses: readonly KycStatus[] | undefined): KycTruth {
  const latest = statuses ? currentStatus(statuses) : undefined;
  return latest ? { source: 'latest-status', ok: latest.ok, date: latest.date } : { source: 'customer-flag', ok: customerFlag };
}

/** Sets the status; the record's `kyc_status` (also shown in search results) may follow it, so both are read again. */
export function useSetKycStatus(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: KycStatusDraft) =>
      obpRequest({
        method: 'PUT',
        path: path`/banks/${bankId}/customers/${customerId}/kyc_statuses`,
        body: toKycStatusBody(draft),
        schema: tolerantKycStatus,
      }),
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
    mutationFn: ({ id, draft }: { id: string; draft: KycCheckDraft }) =>
      obpRequest({
        method: 'PUT',
        path: path`/banks/${bankId}/customers/${customerId}/kyc_check/${id}`,
        body: toKycCheckBody(draft),
        schema: tolerantKycCheck,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kycQueries.checks(customerId).queryKey }),
  });
}

export function useAddKycDocument(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: KycDocumentDraft }) =>
      obpRequest({
        method: 'PUT',
        path: path`/banks/${bankId}/customers/${customerId}/kyc_documents/${id}`,
        body: toKycDocumentBody(draft),
        schema: tolerantKycDocument,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kycQueries.documents(customerId).queryKey }),
  });
}

export function useAddKycMedia(bankId: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string; draft: KycMediaDraft }) =>
      obpRequest({
        method: 'PUT',
        path: path`/banks/${bankId}/customers/${customerId}/kyc_media/${id}`,
        body: toKycMediaBody(draft),
        schema: tolerantKycMedia,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kycQueries.media(customerId).queryKey }),
  });
}
