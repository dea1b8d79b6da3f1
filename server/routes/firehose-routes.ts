import type { customerListV300 } from '@/api/schemas/customers';
import type * as z from 'zod/mini';
import { invalidFilterParameter } from '../errors/error-messages';
import { ACCOUNT_FIREHOSE_NOT_ALLOWED, FILTER_DATE_FORMAT_ERROR } from '../errors/customer-record-error-messages';
import { badRequest } from '../errors/obp-error';
import { queryValue, type ObpRequest, type ObpRoute } from '../http/obp-routes';
import { parsePaging, parseSortDirection } from '../http/paging';
import { customerJsonV300 } from '../json/customer-json';
import { formatObpDate } from '../json/obp-dates';
import type { RouteContext } from './route-context';

/** The parameters OBP's firehose reads itself; every other one filters by customer attribute (contract §C). */
const PAGING_PARAMETERS = new Set(['sort_direction', 'limit', 'offset', 'from_date', 'to_date']);

const WITH_MILLISECONDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})(Z|[+-]\d{4})$/;

/**
 * OBP's `DateWithMsFormat` `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'` (UTC), or its fallback with an RFC 822 zone
 * (`2017-09-19T02:31:05.000+0100`). Stricter than Java's lenient parser: a date that does not exist is refused.
 */
export function parseFilterDate(text: string): number | undefined {
  const match = WITH_MILLISECONDS.exec(text);
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds, milliseconds] = match.slice(1, 8).map(Number) as [number, number, number, number, number, number, number];
  const local = Date.UTC(year, month - 1, day, hours, minutes, seconds, milliseconds);
  const check = new Date(local);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 59) {
    return undefined;
  }
  const zone = match[8]!;
  if (zone === 'Z') return local;
  const offset = (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  return zone.startsWith('+') ? local - offset : local + offset;
}

function filterDate(request: ObpRequest, name: 'from_date' | 'to_date'): string | undefined {
  const text = queryValue(request, name);
  if (text === undefined) return undefined;
  const epoch = parseFilterDate(text);
  if (epoch === undefined) throw badRequest(invalidFilterParameter(FILTER_DATE_FORMAT_ERROR));
  return formatObpDate(epoch);
}

/** The attribute filters: every other parameter, each with all its values. */
function attributeFilters(request: ObpRequest): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(request.query)) {
    if (PAGING_PARAMETERS.has(name) || value === undefined) continue;
    for (const each of Array.isArray(value) ? value : [value]) pairs.push([name, each]);
  }
  return pairs;
}

/**
 * GET /banks/BANK_ID/firehose/customers (contract §2.23, §C): auth → the switch (OBP answers with the *account*
 * firehose message) → CanUseCustomerFirehoseAtAnyBank → bank → parameters (sort, from, to, limit, offset) → one page of
 * the bank's customers by last_ok_date, updated between the dates → kept if they have one of the attribute filters.
 * As OBP, the page is cut before the attribute filter applies.
 */
export function firehoseRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  return [
    {
      method: 'GET',
      url: '/banks/:bankId/firehose/customers',
      implementedIn: 'v3.1.0',
      operation: 'getFirehoseCustomers',
      handler: (request) => {
        const { bankId } = request.params as { bankId: string };
        const user = guards.authenticate(request);
        if (!config.allowCustomerFirehose) throw badRequest(ACCOUNT_FIREHOSE_NOT_ALLOWED);
        guards.requireRoles(user, 'getFirehoseCustomers', '', 'at-bank');
        guards.requireBank(bankId);
        const sortDirection = parseSortDirection(request);
        const updatedFrom = filterDate(request, 'from_date');
        const updatedTo = filterDate(request, 'to_date');
        const paging = parsePaging(request, config.searchResultCeiling);
        let customers = repositories.customerUpdates.firehosePage(bankId, { ...paging, sortDirection, updatedFrom, updatedTo });
        const filters = attributeFilters(request);
        if (filters.length > 0) {
          const matching = repositories.customerAttributes.customersMatchingAny(bankId, customers.map((customer) => customer.customerId), filters);
          customers = customers.filter((customer) => matching.has(customer.customerId));
        }
        const body: z.infer<typeof customerListV300> = { customers: customers.map(customerJsonV300) };
        return body;
      },
    },
  ];
}
