import { checkNewCustomer } from './input-checks';
import { randomInt } from 'node:crypto';
import { postCustomerNumber, postCustomerV500, type customerListV210, type customerListV300 } from '@/api/schemas/customers';
import type * as z from 'zod/mini';
import { CREATE_CUSTOMER_ERROR, CUSTOMER_NUMBER_NOT_FOUND, INVALID_JSON_FORMAT, customerNumberAlreadyExists, dependantsMismatch } from '../errors/error-messages';
import { badRequest, notFound } from '../errors/obp-error';
import type { ObpRoute } from '../http/obp-routes';
import { parsePaging, parseSortDirection } from '../http/paging';
import { checkIdFields, extractBody, withoutNullFields } from '../http/request-body';
import { customerJsonV210, customerJsonV300, customerJsonV310, withAttributes } from '../json/customer-json';
import { formatObpDate } from '../json/obp-dates';
import type { CustomerRecord } from '../repositories/customer-repository';
import { POST_CUSTOMER_OPTIONAL_FIELDS, checkCustomerColumns, hasRealDates, newCustomerFrom } from './customer-input';
import type { RouteContext } from './route-context';

/** Customers of one bank (contract §2.6, §2.11, §2.29, §2.30). */
export function customerRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  const withTheirAttributes = (customer: CustomerRecord) =>
    withAttributes(customerJsonV310(customer), repositories.customerAttributes.ofCustomers([customer.customerId]).get(customer.customerId)!);

  /** OBP's mapped connector draws `Random.nextInt(Integer.MAX_VALUE)`; the sandbox also avoids numbers in use. */
  const freeCustomerNumber = (bankId: string) => {
    for (;;) {
      const candidate = String(randomInt(0, 2_147_483_647));
      if (!repositories.customers.isNumberTaken(bankId, candidate)) return candidate;
    }
  };

  return [
    {
      // v5.0.0 createCustomer; v3.1.0 and v4.0.0 had another body (all 17 fields required) and are not served.
      method: 'POST',
      url: '/banks/:bankId/customers',
      implementedIn: 'v5.0.0',
      operation: 'createCustomer',
      handler: (request, reply) => {
        const { bankId } = request.params as { bankId: string };
        const user = guards.authenticate(request);
        checkIdFields(request.body);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'createCustomer', bankId, 'for-bank-id');
        // OBP's v5.0.0 code names the v3.1.0 class in this message (A500 createCustomer).
        const body = extractBody(withoutNullFields(request.body, POST_CUSTOMER_OPTIONAL_FIELDS), postCustomerV500, 'PostCustomerJsonV310', hasRealDates);
        const dependants = body.dependants ?? 0;
        const datesOfBirth = body.dob_of_dependants?.length ?? 0;
        if (dependants !== datesOfBirth) throw badRequest(dependantsMismatch(dependants, datesOfBirth));
        const customerNumber = body.customer_number ?? freeCustomerNumber(bankId);
        if (customerNumber.includes('::::')) {
          throw badRequest(`${INVALID_JSON_FORMAT} customer_number can not contain \`::::\` characters`);
        }
        // Stricter than OBP, whose v5.0.0 code discards this check and fails later in its database (OBP-30051).
        if (repositories.customers.isNumberTaken(bankId, customerNumber)) {
          // Without the customer-number-check extension: as OBP, whose insert then fails on its unique index.
          throw badRequest(config.extensions.has('customer-number-check') ? customerNumberAlreadyExists(customerNumber, bankId) : CREATE_CUSTOMER_ERROR);
        }
        const customer = newCustomerFrom(body, bankId, customerNumber, formatObpDate(config.now()));
        checkCustomerColumns(customer);
        if (config.extensions.has('input-checks')) checkNewCustomer(customer, config.now());
        // Stricter than OBP: a customer born KYC-verified is a KYC decision, so it needs the role that sets a KYC status.
        if (customer.kycStatus) guards.requireRoles(user, 'createCustomerAsKycVerified', bankId, 'for-bank-id');
        return reply.code(201).send(customerJsonV310(repositories.customers.create(customer)));
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/customers/:customerId',
      implementedIn: 'v3.1.0',
      operation: 'getCustomerById',
      handler: (request, reply) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'getCustomerById', bankId, 'at-bank');
        // Authorized above on every request; only the answer is cached (answer-cache.ts: emptied by any write to the
        // customer or its attributes). A customer not found throws and is not kept.
        const body = repositories.answers.customer(bankId, customerId, () =>
          Buffer.from(JSON.stringify(withTheirAttributes(guards.requireCustomerAtBank(customerId, bankId)))),
        );
        return reply.type('application/json; charset=utf-8').send(body);
      },
    },
    {
      method: 'POST',
      url: '/banks/:bankId/customers/customer-number',
      implementedIn: 'v3.1.0',
      operation: 'getCustomerByNumber',
      handler: (request) => {
        const { bankId } = request.params as { bankId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'getCustomerByNumber', bankId, 'at-bank');
        const body = extractBody(request.body, postCustomerNumber, 'PostCustomerNumberJsonV310');
        const customer = repositories.customers.findByNumber(bankId, body.customer_number);
        if (!customer) throw notFound(CUSTOMER_NUMBER_NOT_FOUND);
        return withTheirAttributes(customer);
      },
    },
    {
      // v5.0.0 getCustomersAtOneBank: every customer of the bank, by last_ok_date (then id), paged.
      method: 'GET',
      url: '/banks/:bankId/customers',
      implementedIn: 'v5.0.0',
      operation: 'getCustomersAtBank',
      handler: (request) => {
        const { bankId } = request.params as { bankId: string };
        const user = guards.authenticate(request);
        guards.requireRoles(user, 'getCustomersAtBank', bankId, 'for-bank-id');
        guards.requireBank(bankId);
        const sortDirection = parseSortDirection(request);
        const paging = parsePaging(request, config.searchResultCeiling);
        const body: z.infer<typeof customerListV300> = {
          customers: repositories.customers.pageAtBank(bankId, { ...paging, sortDirection }).map(customerJsonV300),
        };
        return body;
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/my/customers',
      implementedIn: 'v5.0.0',
      operation: 'getMyCustomersAtBank',
      handler: (request) => {
        const { bankId } = request.params as { bankId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        const body: z.infer<typeof customerListV210> = {
          customers: repositories.userCustomerLinks.customersOfUser(user.userId, bankId).map(customerJsonV210),
        };
        return body;
      },
    },
  ];
}
