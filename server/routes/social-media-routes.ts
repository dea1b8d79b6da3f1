import { checkNotInFuture } from './input-checks';
import { SOCIAL_MEDIA_LIMITS, postSocialMediaHandle, type socialMediaHandleList, type successBody } from '@/api/schemas/social-media';
import type * as z from 'zod/mini';
import { INVALID_JSON_FORMAT } from '../errors/error-messages';
import { INVALID_BANK_ID_FORMAT, SOCIAL_MEDIA_HANDLE_ALREADY_EXISTS, SOCIAL_MEDIA_HANDLE_NOT_ADDED } from '../errors/customer-record-error-messages';
import { badRequest } from '../errors/obp-error';
import type { ObpRoute } from '../http/obp-routes';
import { socialMediaHandleJson } from '../json/customer-record-json';
import { formatObpDate, isValidObpDate } from '../json/obp-dates';
import { checkColumns, checkCustomerNumber, checkNotBlank } from './customer-record-input';
import type { RouteContext } from './route-context';

/** OBP's `isValidID`: the characters of an id, fewer than 256 of them. */
const VALID_BANK_ID = /^[A-Za-z0-9\-_.]{1,255}$/;

/**
 * A customer's social media handles (contract §2.22, §2.27). Unlike OBP, which keeps one handle per customer number,
 * a customer has several (one per type and handle), listed by the customer, newest first.
 */
export function socialMediaRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  return [
    {
      // Old-style v2.0.0 code: auth → JSON (plain OBP-10001) → BANK_ID format → bank → role → customer.
      method: 'POST',
      url: '/banks/:bankId/customers/:customerId/social_media_handles',
      implementedIn: 'v2.0.0',
      operation: 'addSocialMediaHandle',
      handler: (request, reply) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        const user = guards.authenticate(request);
        const parsed = postSocialMediaHandle.safeParse(request.body);
        if (!parsed.success || !isValidObpDate(parsed.data.date_added) || !isValidObpDate(parsed.data.date_activated)) {
          throw badRequest(INVALID_JSON_FORMAT);
        }
        const body = parsed.data;
        if (!VALID_BANK_ID.test(bankId)) throw badRequest(INVALID_BANK_ID_FORMAT);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'addSocialMediaHandle', bankId, 'at-bank');
        const customer = guards.requireCustomerAtBank(customerId, bankId);
        checkCustomerNumber(body.customer_number, customer);
        checkNotBlank([['type', body.type], ['handle', body.handle]]);
        checkColumns([
          ['type', body.type, SOCIAL_MEDIA_LIMITS.type],
          ['handle', body.handle, SOCIAL_MEDIA_LIMITS.handle],
        ]);
        if (config.extensions.has('input-checks')) {
          checkNotInFuture(body.date_added, 'date_added', config.now());
          checkNotInFuture(body.date_activated, 'date_activated', config.now());
        }
        if (repositories.socialMediaHandles.exists(customerId, body.type, body.handle)) throw badRequest(SOCIAL_MEDIA_HANDLE_ALREADY_EXISTS);
        // OBP keeps one handle per customer (a unique index on the customer number): its insert fails on a second.
        if (!config.extensions.has('multiple-social-media-handles') && repositories.socialMediaHandles.ofCustomer(customerId).length > 0) {
          throw badRequest(SOCIAL_MEDIA_HANDLE_NOT_ADDED);
        }
        repositories.socialMediaHandles.create(
          {
            customerId,
            customerNumber: customer.customerNumber,
            type: body.type,
            handle: body.handle,
            dateAdded: body.date_added,
            dateActivated: body.date_activated,
          },
          formatObpDate(config.now()),
        );
        const success: z.infer<typeof successBody> = { success: 'Success' };
        return reply.code(201).send(success);
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/customers/:customerId/social_media_handles',
      implementedIn: 'v2.0.0',
      operation: 'getSocialMediaHandles',
      handler: (request) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'getSocialMediaHandles', bankId, 'at-bank');
        guards.requireCustomerAtBank(customerId, bankId);
        const body: z.infer<typeof socialMediaHandleList> = {
          checks: repositories.socialMediaHandles.ofCustomer(customerId).map(socialMediaHandleJson),
        };
        return body;
      },
    },
  ];
}
