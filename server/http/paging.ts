import {
  FILTER_LIMIT_ERROR,
  FILTER_OFFSET_ERROR,
  FILTER_SORT_DIRECTION_ERROR,
  MAXIMUM_LIMIT_EXCEEDED,
  invalidFilterParameter,
} from '../errors/error-messages';
import { badRequest } from '../errors/obp-error';
import type { SortDirection } from '../repositories/customer-repository';
import { queryValue, type ObpRequest } from './obp-routes';

export const DEFAULT_LIMIT = 50;

/** Java's Integer.parseInt: an optional sign and decimal digits, within 32 bits. */
function parseJavaInt(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= -2_147_483_648 && value <= 2_147_483_647 ? value : undefined;
}

export type Paging = { limit: number; offset: number };

/**
 * OBP's `limit` and `offset` (contract §C; checked after `sort_direction`): limit an integer ≥ 1 (default 50), offset
 * an integer ≥ 0 (default 0), each error wrapped in OBP-10016. OBP sets no maximum; the sandbox caps `limit` at the
 * configured ceiling so that one request cannot exhaust its memory.
 */
export function parsePaging(request: ObpRequest, ceiling: number): Paging {
  const limitText = queryValue(request, 'limit');
  const offsetText = queryValue(request, 'offset');
  const limit = limitText === undefined ? DEFAULT_LIMIT : parseJavaInt(limitText);
  if (limit === undefined || limit < 1) throw badRequest(invalidFilterParameter(FILTER_LIMIT_ERROR));
  if (limit > ceiling) throw badRequest(invalidFilterParameter(`${MAXIMUM_LIMIT_EXCEEDED} ${ceiling}.`));
  const offset = offsetText === undefined ? 0 : parseJavaInt(offsetText);
  if (offset === undefined || offset < 0) throw badRequest(invalidFilterParameter(FILTER_OFFSET_ERROR));
  return { limit, offset };
}

/** `sort_direction`: ASC or DESC in any case, default DESC. */
export function parseSortDirection(request: ObpRequest): SortDirection {
  const text = queryValue(request, 'sort_direction');
  if (text === undefined) return 'DESC';
  const upper = text.toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') throw badRequest(invalidFilterParameter(FILTER_SORT_DIRECTION_ERROR));
  return upper;
}

export const isPagingRequested = (request: ObpRequest) =>
  queryValue(request, 'limit') !== undefined || queryValue(request, 'offset') !== undefined;
