import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { obpRequest, path } from '@/api/client';
import type { PutKycCheck, PutKycDocument, PutKycMedia, PutKycStatus } from '@/api/schemas/kyc';
import {
  tolerantKycCheck,
  tolerantKycCheckList,
  tolerantKycDocument,
  tolerantKycDocumentList,
  tolerantKycMedia,
  tolerantKycMediaList,
  tolerantKycStatus,
  tolerantKycStatusList,
  type KycStatus,
} from '@/api/wire/kyc';
import { kycCheckVersionList, kycDocumentVersionList, kycMediaVersionList } from '@/api/schemas/kyc';
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

/** The KYC items whose every version the sandbox keeps (extension `kyc-item-versions`). */
export type KycItemKind = 'check' | 'document' | 'media';

/** One version of a KYC item, whatever its kind: the item's OBP JSON as written, who wrote it and when. */
export type KycItemVersion = {
  itemId: string;
  version: number;
  recordedAt: string;
  userId: string;
  username: string;
  value: Readonly<Record<string, unknown>>;
};

const PLURAL: Record<KycItemKind, string> = { check: 'kyc_checks', document: 'kyc_documents', media: 'kyc_media' };

async function readVersions(kind: KycItemKind, bankId: string, customerId: string, signal: AbortSignal): Promise<KycItemVersion[]> {
  const at = path`/sandbox/banks/${bankId}/customers/${customerId}/` + `${PLURAL[kind]}/versions`;
  const fields = (version: { id: string; version: number; recorded_at: string; user_id: string; username: string }) => ({
    itemId: version.id,
    version: version.version,
    recordedAt: version.recorded_at,
    userId: version.user_id,
    username: version.username,
  });
  switch (kind) {
    case 'check':
      return (await obpRequest({ path: at, schema: kycCheckVersionList, signal })).versions.map((version) => ({ ...fields(version), value: version.kyc_check }));
    case 'document':
      return (await obpRequest({ path: at, schema: kycDocumentVersionList, signal })).versions.map((version) => ({ ...fields(version), value: version.kyc_document }));
    case 'media':
      return (await obpRequest({ path: at, schema: kycMediaVersionList, signal })).versions.map((version) => ({ ...fields(version), value: version.kyc_media }));
  }
}

/**
 * Every version of the customer's checks, documents or media (a sandbox extension; ask only when the server declares
 * `kyc-item-versions`). One request per kind, shared by all the items of that kind. Under the list's own key, so a
 * write that invalidates the list reads the versions again too.
 */
export const kycVersionQueries = {
  versions: (kind: KycItemKind, bankId: string, customerId: string) =>
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
