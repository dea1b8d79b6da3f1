import { randomUUID } from 'node:crypto';
import { ADDRESS_LIMITS, postCustomerAddress, type customerAddressList, type PostCustomerAddress } from '@/api/schemas/addresses';
import type * as z from 'zod/mini';
import { CUSTOMER_ADDRESS_NOT_FOUND, connectorFailure, invalidField } from '../errors/customer-record-error-messages';
import { badRequest } from '../errors/obp-error';
import type { ObpRoute } from '../http/obp-routes';
import { extractBody } from '../http/request-body';
import { customerAddressJson as storedAddressJson } from '../json/customer-record-json';
import { formatObpDate } from '../json/obp-dates';
import { joinTags, type CustomerAddressFields } from '../repositories/customer-address-repository';
import { checkColumns } from './customer-record-input';
import type { RouteContext } from './route-context';

const POST_CUSTOMER_ADDRESS_JSON = 'PostCustomerAddressJsonV310';
const COUNTRY_CODE = /^[A-Z]{2}$/;

/**
 * What OBP's columns hold (contract §2.10), checked with the field named: lines, city, county and state 255, postcode
 * 20, the tags joined with "," 20, status 20. Stricter: the country code is ISO 3166-1 alpha-2 (OBP's doc says so,
 * its column only holds 2 characters), and a tag is neither empty nor contains "," (OBP would split it when read).
 */
function addressFields(body: PostCustomerAddress): CustomerAddressFields {
  checkColumns([
    ['line_1', body.line_1, ADDRESS_LIMITS.line],
    ['line_2', body.line_2, ADDRESS_LIMITS.line],
    ['line_3', body.line_3, ADDRESS_LIMITS.line],
    ['city', body.city, ADDRESS_LIMITS.city],
    ['county', body.county, ADDRESS_LIMITS.county],
    ['state', body.state, ADDRESS_LIMITS.state],
    ['postcode', body.postcode, ADDRESS_LIMITS.postcode],
    ['status', body.status, ADDRESS_LIMITS.status],
  ]);
  if (!COUNTRY_CODE.test(body.country_code)) {
    throw badRequest(invalidField('country_code', 'must be an ISO 3166-1 alpha-2 country code: two capital letters, e.g. DE.'));
  }
  if (body.tags.some((tag) => tag.trim() === '' || tag.includes(','))) {
    throw badRequest(invalidField('tags', 'must not contain an empty tag or a tag with a comma.'));
  }
  checkColumns([['tags', joinTags(body.tags), ADDRESS_LIMITS.tags_joined]]);
  return {
    line1: body.line_1,
    line2: body.line_2,
    line3: body.line_3,
    city: body.city,
    county: body.county,
    state: body.state,
    postcode: body.postcode,
    countryCode: body.country_code,
    tags: body.tags,
    // Unlike OBP, which stores `state` in place of the posted status, the sandbox keeps what was posted.
    status: body.status,
  };
}

/** A customer's addresses (contract §2.8, §2.10, §2.14, §2.25). Stricter than OBP: the address must be the customer's. */
export function customerAddressRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  // Without the address-status extension the sandbox answers as OBP, whose status getter returns the state column.
  const customerAddressJson = (address: Parameters<typeof storedAddressJson>[0]) => {
    const json = storedAddressJson(address);
    return config.extensions.has('address-status') ? json : { ...json, status: json.state };
  };
  const addressNotFound = () => badRequest(connectorFailure(CUSTOMER_ADDRESS_NOT_FOUND));

  return [
    {
      method: 'POST',
      url: '/banks/:bankId/customers/:customerId/address',
      implementedIn: 'v3.1.0',
      operation: 'createCustomerAddress',
      handler: (request, reply) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'createCustomerAddress', bankId, 'at-bank');
        const body = extractBody(request.body, postCustomerAddress, POST_CUSTOMER_ADDRESS_JSON);
        guards.requireCustomerAtBank(customerId, bankId);
        const address = repositories.customerAddresses.create(randomUUID(), customerId, addressFields(body), formatObpDate(config.now()));
        return reply.code(201).send(customerAddressJson(address));
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/customers/:customerId/addresses',
      implementedIn: 'v3.1.0',
      operation: 'getCustomerAddresses',
      handler: (request) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'getCustomerAddresses', bankId, 'at-bank');
        guards.requireCustomerAtBank(customerId, bankId);
        const body: z.infer<typeof customerAddressList> = {
          addresses: repositories.customerAddresses.ofCustomer(customerId).map(customerAddressJson),
        };
        return body;
      },
    },
    {
      // OBP's code asks for CanCreateCustomer here (contract §2.14).
      method: 'PUT',
      url: '/banks/:bankId/customers/:customerId/addresses/:customerAddressId',
      implementedIn: 'v3.1.0',
      operation: 'updateCustomerAddress',
      handler: (request) => {
        const { bankId, customerId, customerAddressId } = request.params as { bankId: string; customerId: string; customerAddressId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'updateCustomerAddress', bankId, 'at-bank');
        const body = extractBody(request.body, postCustomerAddress, POST_CUSTOMER_ADDRESS_JSON);
        guards.requireCustomerAtBank(customerId, bankId);
        if (!repositories.customerAddresses.findOfCustomer(customerAddressId, customerId)) throw addressNotFound();
        const updated = repositories.customerAddresses.update(customerAddressId, customerId, addressFields(body), formatObpDate(config.now()));
        if (!updated) throw addressNotFound();
        return customerAddressJson(updated);
      },
    },
    {
      method: 'DELETE',
      url: '/banks/:bankId/customers/:customerId/addresses/:customerAddressId',
      implementedIn: 'v3.1.0',
      operation: 'deleteCustomerAddress',
      handler: (request) => {
        const { bankId, customerId, customerAddressId } = request.params as { bankId: string; customerId: string; customerAddressId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        guards.requireRoles(user, 'deleteCustomerAddress', bankId, 'at-bank');
        guards.requireCustomerAtBank(customerId, bankId);
        if (!repositories.customerAddresses.delete(customerAddressId, customerId)) throw addressNotFound();
        return true;
      },
    },
  ];
}
