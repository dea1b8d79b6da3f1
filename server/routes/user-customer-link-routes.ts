import { randomUUID } from 'node:crypto';
import { postUserCustomerLink, type userCustomerLinkList } from '@/api/schemas/user-customer-links';
import type { OperationId } from '@/api/schemas/operations';
import type * as z from 'zod/mini';
import {
  AN_UNSPECIFIED_OR_INTERNAL_ERROR,
  CUSTOMER_ALREADY_EXISTS_FOR_USER,
  INVALID_BANK_ID_FORMAT,
  USER_CUSTOMER_LINK_NOT_FOUND,
  USER_NOT_FOUND_BY_USER_ID,
} from '../errors/customer-record-error-messages';
import { badRequest, notFound } from '../errors/obp-error';
import type { ObpRequest, ObpRoute } from '../http/obp-routes';
import { checkIdFields, extractBody } from '../http/request-body';
import { userCustomerLinkJson } from '../json/customer-record-json';
import { formatObpDate } from '../json/obp-dates';
import type { UserCustomerLinkRecord } from '../repositories/user-customer-link-repository';
import type { RouteContext } from './route-context';

const VALID_BANK_ID = /^[A-Za-z0-9\-_.]{1,255}$/;

/**
 * User–customer links, v4.0.0 semantics (contract §2.7): auto-validated auth → (POST id fields) → bank → roles.
 * Stricter than OBP: a customer of another bank is not found here, and only links to this bank's customers are listed
 * or deleted.
 */
export function userCustomerLinkRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  const validate = (request: ObpRequest, operation: OperationId) => {
    const { bankId } = request.params as { bankId: string };
    const user = guards.authenticate(request);
    if (request.method === 'POST') checkIdFields(request.body);
    guards.requireBank(bankId);
    guards.requireRoles(user, operation, bankId, 'for-bank-id');
  };

  return [
    {
      method: 'POST',
      url: '/banks/:bankId/user_customer_links',
      implementedIn: 'v4.0.0',
      operation: 'createUserCustomerLink',
      handler: (request, reply) => {
        const { bankId } = request.params as { bankId: string };
        validate(request, 'createUserCustomerLink');
        if (!VALID_BANK_ID.test(bankId)) throw badRequest(INVALID_BANK_ID_FORMAT);
        const body = extractBody(request.body, postUserCustomerLink, 'CreateUserCustomerLinkJson');
        if (!repositories.users.findById(body.user_id)) throw notFound(USER_NOT_FOUND_BY_USER_ID);
        // OBP's text here ("Field customer_id is not defined…") has no OBP code, so its filter answers OBP-50005.
        if (body.customer_id === '') throw badRequest(AN_UNSPECIFIED_OR_INTERNAL_ERROR);
        const customer = guards.requireCustomerAtBank(body.customer_id, bankId);
        if (repositories.userCustomerLinks.find(body.user_id, customer.customerId)) throw badRequest(CUSTOMER_ALREADY_EXISTS_FOR_USER);
        const link: UserCustomerLinkRecord = {
          userCustomerLinkId: randomUUID(),
          userId: body.user_id,
          customerId: customer.customerId,
          dateInserted: formatObpDate(config.now()),
          isActive: true,
        };
        repositories.userCustomerLinks.create(link);
        return reply.code(201).send(userCustomerLinkJson(link));
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/user_customer_links/customers/:customerId',
      implementedIn: 'v4.0.0',
      operation: 'getUserCustomerLinksByCustomer',
      handler: (request) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        validate(request, 'getUserCustomerLinksByCustomer');
        guards.requireCustomerAtBank(customerId, bankId);
        const body: z.infer<typeof userCustomerLinkList> = {
          user_customer_links: repositories.userCustomerLinks.linksOfCustomer(customerId).map(userCustomerLinkJson),
        };
        return body;
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/user_customer_links/users/:userId',
      implementedIn: 'v4.0.0',
      operation: 'getUserCustomerLinksByUser',
      handler: (request) => {
        const { bankId, userId } = request.params as { bankId: string; userId: string };
        validate(request, 'getUserCustomerLinksByUser');
        // As OBP, an unknown user simply has no links.
        const body: z.infer<typeof userCustomerLinkList> = {
          user_customer_links: repositories.userCustomerLinks.linksOfUserAtBank(userId, bankId).map(userCustomerLinkJson),
        };
        return body;
      },
    },
    {
      method: 'DELETE',
      url: '/banks/:bankId/user_customer_links/:userCustomerLinkId',
      implementedIn: 'v4.0.0',
      operation: 'deleteUserCustomerLink',
      handler: (request) => {
        const { bankId, userCustomerLinkId } = request.params as { bankId: string; userCustomerLinkId: string };
        validate(request, 'deleteUserCustomerLink');
        const link = repositories.userCustomerLinks.findById(userCustomerLinkId);
        const customer = link && repositories.customers.findByCustomerId(link.customerId);
        if (!link || customer?.bankId !== bankId) throw badRequest(USER_CUSTOMER_LINK_NOT_FOUND);
        repositories.userCustomerLinks.delete(userCustomerLinkId);
        return true;
      },
    },
  ];
}
