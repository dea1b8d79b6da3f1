import { randomUUID } from 'node:crypto';
import {
  CREDIT_LIMIT_REQUEST_LIMITS,
  postCreditLimitRequest,
  type PostCreditLimitRequest,
  type creditLimitOrderResponse,
  type creditLimitRequestList,
} from '@/api/schemas/credit-limit-requests';
import type * as z from 'zod/mini';
import { creditLimitRequestNotFound, invalidField } from '../errors/customer-record-error-messages';
import { badRequest } from '../errors/obp-error';
import type { ObpRequest, ObpRoute } from '../http/obp-routes';
import { extractBody } from '../http/request-body';
import { creditLimitOrderResponseJson, creditLimitRequestJson } from '../json/customer-record-json';
import { formatObpDate } from '../json/obp-dates';
import { shortReferenceOf, type CreditLimitRequestRecord } from '../repositories/credit-limit-request-repository';
import type { CustomerRecord } from '../repositories/customer-repository';
import { checkColumns, isRealDay } from './customer-record-input';
import type { RouteContext } from './route-context';

const AMOUNT = /^\d+(\.\d+)?$/;

/**
 * OBP's `CreditLimitRequestJson` is all strings and was never stored. The sandbox stores it, so it asks for what a
 * request means: the first amount a decimal number, the others decimal or empty, the end dates calendar days or empty.
 */
function checkRequest(body: PostCreditLimitRequest): void {
  checkColumns([
    ['requested_current_rate_amount1', body.requested_current_rate_amount1, CREDIT_LIMIT_REQUEST_LIMITS.amount],
    ['requested_current_rate_amount2', body.requested_current_rate_amount2, CREDIT_LIMIT_REQUEST_LIMITS.amount],
    ['temporary_requested_current_amount', body.temporary_requested_current_amount, CREDIT_LIMIT_REQUEST_LIMITS.amount],
    ['current_credit_documentation', body.current_credit_documentation, CREDIT_LIMIT_REQUEST_LIMITS.documentation],
    ['temporary_credit_documentation', body.temporary_credit_documentation, CREDIT_LIMIT_REQUEST_LIMITS.documentation],
  ]);
  if (!AMOUNT.test(body.requested_current_rate_amount1)) {
    throw badRequest(invalidField('requested_current_rate_amount1', 'must be a decimal amount, e.g. 5000.00.'));
  }
  for (const field of ['requested_current_rate_amount2', 'temporary_requested_current_amount'] as const) {
    if (body[field] !== '' && !AMOUNT.test(body[field])) throw badRequest(invalidField(field, 'must be a decimal amount, e.g. 5000.00, or empty.'));
  }
  for (const field of ['requested_current_valid_end_date', 'requested_temporary_valid_end_date'] as const) {
    if (body[field] !== '' && !isRealDay(body[field])) throw badRequest(invalidField(field, 'must be a day like 2025-12-31, or empty.'));
  }
}

/**
 * Credit-limit requests at their former v3.1.0 paths (contract §2.5; removed from OBP in 2023, where they answered
 * fixed example data to anyone). The sandbox stores them, needs a login and the roles of the operations table, and
 * keeps them to the customer's bank: auth → bank → role → (JSON) → customer.
 */
export function creditLimitRequestRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  const customerOf = (request: ObpRequest, operation: 'createCreditLimitRequest' | 'getCreditLimitRequests' | 'getCreditLimitRequestById') => {
    const { bankId, customerId } = request.params as { bankId: string; customerId: string };
    const user = guards.authenticate(request);
    guards.requireBank(bankId);
    guards.requireRoles(user, operation, bankId, 'at-bank');
    return { user, bankId, customerId };
  };

  return [
    {
      method: 'POST',
      url: '/banks/:bankId/customers/:customerId/credit_limit/requests',
      implementedIn: 'v3.1.0',
      operation: 'createCreditLimitRequest',
      handler: (request, reply) => {
        const { user, bankId, customerId } = customerOf(request, 'createCreditLimitRequest');
        const body = extractBody(request.body, postCreditLimitRequest, 'CreditLimitRequestJson');
        const customer: CustomerRecord = guards.requireCustomerAtBank(customerId, bankId);
        checkRequest(body);
        const creditLimitRequestId = randomUUID();
        const stored: CreditLimitRequestRecord = {
          creditLimitRequestId,
          bankId,
          customerId: customer.customerId,
          requestedCurrentRateAmount1: body.requested_current_rate_amount1,
          requestedCurrentRateAmount2: body.requested_current_rate_amount2,
          requestedCurrentValidEndDate: body.requested_current_valid_end_date,
          currentCreditDocumentation: body.current_credit_documentation,
          temporaryRequestedCurrentAmount: body.temporary_requested_current_amount,
          requestedTemporaryValidEndDate: body.requested_temporary_valid_end_date,
          temporaryCreditDocumentation: body.temporary_credit_documentation,
          status: 'PENDING',
          // CreditLimitOrderJson: the amounts as ranked for the decision; no interest until the bank decides.
          rankAmount1: body.requested_current_rate_amount1,
          nominalInterest1: '',
          rankAmount2: body.requested_current_rate_amount2,
          nominalInterest2: '',
          shortReference: shortReferenceOf(creditLimitRequestId),
          staffUserId: user.userId,
          createdAt: formatObpDate(config.now()),
        };
        repositories.creditLimitRequests.create(stored);
        const response: z.infer<typeof creditLimitOrderResponse> = creditLimitOrderResponseJson(stored);
        return reply.code(201).send(response);
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/customers/:customerId/credit_limit/requests',
      implementedIn: 'v3.1.0',
      operation: 'getCreditLimitRequests',
      handler: (request) => {
        const { bankId, customerId } = customerOf(request, 'getCreditLimitRequests');
        guards.requireCustomerAtBank(customerId, bankId);
        const body: z.infer<typeof creditLimitRequestList> = {
          credit_limit_requests: repositories.creditLimitRequests.ofCustomer(customerId).map(creditLimitRequestJson),
        };
        return body;
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/customers/:customerId/credit_limit/requests/:requestId',
      implementedIn: 'v3.1.0',
      operation: 'getCreditLimitRequestById',
      handler: (request) => {
        const { requestId } = request.params as { requestId: string };
        const { bankId, customerId } = customerOf(request, 'getCreditLimitRequestById');
        guards.requireCustomerAtBank(customerId, bankId);
        const stored = repositories.creditLimitRequests.findOfCustomer(requestId, customerId);
        if (!stored) throw badRequest(creditLimitRequestNotFound(requestId));
        return creditLimitRequestJson(stored);
      },
    },
  ];
}
