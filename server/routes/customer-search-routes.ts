import { postCustomerPhoneNumber } from '@/api/schemas/customers';
import { INVALID_JSON_FORMAT, MAXIMUM_LIMIT_EXCEEDED } from '../errors/error-messages';
import { badRequest } from '../errors/obp-error';
import type { ObpRoute } from '../http/obp-routes';
import { isPagingRequested, parsePaging } from '../http/paging';
import { checkIdFields, extractBody } from '../http/request-body';
import { STREAM_CHUNK_ROWS, listBody, sendStreamedList } from '../http/streamed-list';
import { customerJsonV300 } from '../json/customer-json';
import { codePointLength } from '../search/like-pattern';
import type { RouteContext } from './route-context';

/** Longer patterns would exceed SQLite's GLOB pattern limit (50,000 bytes); no mobile number is longer than 50. */
export const MAXIMUM_PATTERN_LENGTH = 10_000;

export const TOTAL_COUNT_HEADER = 'X-Total-Count';
/** Instead of X-Total-Count when counting stopped early: at least this many customers match. */
export const TOTAL_COUNT_AT_LEAST_HEADER = 'X-Total-Count-At-Least';

/**
 * Without the paged-phone-search extension the sandbox answers like OBP, every match in one list; this cap only keeps
 * a runaway pattern over a million-customer bank from exhausting the process.
 */
export const UNPAGED_SEARCH_CEILING = 1_000_000;

/**
 * `POST /banks/BANK_ID/search/customers/mobile-phone-number` (contract §2.12, §B): OBP's LIKE over the bank's
 * customers' mobile numbers, 201 with every match. Sandbox extension: with `limit`/`offset` it answers one page (in a
 * stable order) and the number of matches in `X-Total-Count` — or, when there are more than a page counts (1,000,
 * or more numbers than a quick scan tests for a pattern no index narrows), a lower bound in `X-Total-Count-At-Least`;
 * without them, more matches than the ceiling is a 400 that says to page, rather than an answer that could exhaust
 * the server. Without the extension (`SANDBOX_EXTENSIONS=none`) paging parameters are ignored and every match comes
 * back, as from OBP. Stricter than OBP: the user needs CanGetCustomer or CanGetCustomers at the bank, or
 * CanGetCustomersAtAnyBank.
 */
export function customerSearchRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  return [
    {
      method: 'POST',
      url: '/banks/:bankId/search/customers/mobile-phone-number',
      implementedIn: 'v4.0.0',
      operation: 'searchCustomersByPhone',
      handler: (request, reply) => {
        const { bankId } = request.params as { bankId: string };
        const user = guards.authenticate(request);
        // Stricter than OBP: whole customer records come back, so a customer-reading role at this bank is needed.
        guards.requireRoles(user, 'searchCustomersByPhone', bankId, 'for-bank-id');
        checkIdFields(request.body);
        const { mobile_phone_number: pattern } = extractBody(request.body, postCustomerPhoneNumber, 'PostCustomerPhoneNumberJsonV400');
        if (codePointLength(pattern) > MAXIMUM_PATTERN_LENGTH) {
          throw badRequest(`${INVALID_JSON_FORMAT} The field mobile_phone_number is longer than ${MAXIMUM_PATTERN_LENGTH} characters.`);
        }
        // Like OBP without the extension: limit and offset are ignored and every match is returned.
        const pagedSearch = config.extensions.has('paged-phone-search');
        const ceiling = pagedSearch ? config.searchResultCeiling : UNPAGED_SEARCH_CEILING;
        const paging = pagedSearch && isPagingRequested(request) ? parsePaging(request, ceiling) : undefined;
        const started = performance.now();
        // SQLite cannot be interrupted mid-statement from here: the budget is checked before the records are read.
        const checkTimeBudget = () => {
          if (performance.now() - started > config.searchTimeBudgetMs) {
            throw badRequest(
              `${MAXIMUM_LIMIT_EXCEEDED} ${ceiling}. The search took longer than ${config.searchTimeBudgetMs} ms: ` +
                'narrow the pattern (a longer literal part) or send limit and offset to page.',
            );
          }
        };
        const readCustomers = (chunk: readonly number[]) => repositories.customers.findByRowIds(chunk);
        if (paging) {
          // Authorized above on every request; only the page is cached (answer-cache.ts: emptied by any write to
          // customers), so paging back and forth or the same search again neither recounts nor rebuilds its JSON.
          const page = repositories.answers.searchPage(bankId, paging.limit, paging.offset, pattern, () => {
            // A page does not wait for the whole count: exact up to a cap (or a scan budget), else a lower bound.
            const found = repositories.phoneSearch.findPage(bankId, pattern, paging);
            checkTimeBudget();
            return {
              ids: found.ids,
              countHeader: found.count.exact ? TOTAL_COUNT_HEADER : TOTAL_COUNT_AT_LEAST_HEADER,
              countValue: String(found.count.value),
              body: found.ids.length <= STREAM_CHUNK_ROWS ? Buffer.from(listBody('customers', readCustomers(found.ids), customerJsonV300)) : undefined,
            };
          });
          reply.header(page.countHeader, page.countValue);
          if (page.body !== undefined) return reply.code(201).type('application/json; charset=utf-8').send(page.body);
          return sendStreamedList(reply, 201, 'customers', page.ids, readCustomers, customerJsonV300);
        }
        // Without paging OBP answers every match: at most the ceiling, or a 400 that says to page.
        const matches = repositories.phoneSearch.findMatches(bankId, pattern, { page: { limit: ceiling, offset: 0 } });
        if (matches.total > ceiling) {
          throw badRequest(
            `${MAXIMUM_LIMIT_EXCEEDED} ${ceiling}. The pattern matches ${matches.total} customers: ` +
              'send the limit and offset query parameters to page through them.',
          );
        }
        checkTimeBudget();
        // The body is customerListV300: `{"customers": [customerJsonV300…]}`, streamed a chunk of rows at a time.
        return sendStreamedList(reply, 201, 'customers', matches.ids, readCustomers, customerJsonV300);
      },
    },
  ];
}
