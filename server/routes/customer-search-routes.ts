import { postCustomerPhoneNumber, type customerListV300 } from '@/api/schemas/customers';
import type * as z from 'zod/mini';
import { INVALID_JSON_FORMAT, MAXIMUM_LIMIT_EXCEEDED } from '../errors/error-messages';
import { badRequest } from '../errors/obp-error';
import type { ObpRoute } from '../http/obp-routes';
import { isPagingRequested, parsePaging } from '../http/paging';
import { checkIdFields, extractBody } from '../http/request-body';
import { customerJsonV300 } from '../json/customer-json';
import { codePointLength } from '../search/like-pattern';
import type { RouteContext } from './route-context';

/** Longer patterns would exceed SQLite's GLOB pattern limit (50,000 bytes); no mobile number is longer than 50. */
export const MAXIMUM_PATTERN_LENGTH = 10_000;

export const TOTAL_COUNT_HEADER = 'X-Total-Count';

/**
 * Without the paged-phone-search extension the sandbox answers like OBP, every match in one list; this cap only keeps
 * a runaway pattern over a million-customer bank from exhausting the process.
 */
export const UNPAGED_SEARCH_CEILING = 1_000_000;

/**
 * `POST /banks/BANK_ID/search/customers/mobile-phone-number` (contract §2.12, §B): OBP's LIKE over the bank's
 * customers' mobile numbers, 201 with every match. Sandbox extension: with `limit`/`offset` it answers one page (in a
 * stable order) and the number of matches in `X-Total-Count`; without them, more matches than the ceiling is a 400
 * that says to page, rather than an answer that could exhaust the server. Without the extension
 * (`SANDBOX_EXTENSIONS=none`) paging parameters are ignored and every match comes back, as from OBP.
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
        guards.authenticate(request);
        checkIdFields(request.body);
        const { mobile_phone_number: pattern } = extractBody(request.body, postCustomerPhoneNumber, 'PostCustomerPhoneNumberJsonV400');
        if (codePointLength(pattern) > MAXIMUM_PATTERN_LENGTH) {
          throw badRequest(`${INVALID_JSON_FORMAT} The field mobile_phone_number is longer than ${MAXIMUM_PATTERN_LENGTH} characters.`);
        }
        // Like OBP without the extension: limit and offset are ignored and every match is returned.
        const pagedSearch = config.extensions.has('paged-phone-search');
        const ceiling = pagedSearch ? config.searchResultCeiling : UNPAGED_SEARCH_CEILING;
        const paging = pagedSearch && isPagingRequested(request) ? parsePaging(request, ceiling) : undefined;
        // Without paging OBP answers every match: at most the ceiling, or a 400 that says to page.
        const { total, ids } = repositories.phoneSearch.findMatches(bankId, pattern, { page: paging ?? { limit: ceiling, offset: 0 } });
        if (!paging && total > ceiling) {
          throw badRequest(
            `${MAXIMUM_LIMIT_EXCEEDED} ${ceiling}. The pattern matches ${total} customers: ` +
              'send the limit and offset query parameters to page through them.',
          );
        }
        if (paging) reply.header(TOTAL_COUNT_HEADER, String(total));
        const body: z.infer<typeof customerListV300> = {
          customers: repositories.customers.findByRowIds(ids).map(customerJsonV300),
        };
        return reply.code(201).send(body);
      },
    },
  ];
}
