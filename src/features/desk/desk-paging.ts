import type { CustomerPageRequest, DeskCapability } from '@/api/connectors/connector';

export const PAGE_SIZE = 20;

/** The list's page from the URL: `?cursor=` (cursor paging) or `?page=` counted from 1 (page paging, 0 on the wire). */
export function customerPageFromSearch(search: URLSearchParams, capabilities: ReadonlySet<DeskCapability>): CustomerPageRequest {
  if (capabilities.has('page-paging')) {
    const page = Number(search.get('page') ?? '1');
    return { page: Number.isInteger(page) && page >= 1 ? page - 1 : 0, size: PAGE_SIZE };
  }
  const cursor = search.get('cursor') ?? '';
  return { cursor: cursor === '' ? undefined : cursor, size: PAGE_SIZE };
}
