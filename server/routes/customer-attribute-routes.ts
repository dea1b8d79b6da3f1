import { randomUUID } from 'node:crypto';
import {
  CUSTOMER_ATTRIBUTE_LIMITS,
  CUSTOMER_ATTRIBUTE_TYPES,
  attributeValueMatchesType,
  postCustomerAttribute,
  type CustomerAttributeType,
  type PostCustomerAttribute,
  type customerAttributeList,
} from '@/api/schemas/customer-attributes';
import type { OperationId } from '@/api/schemas/operations';
import type * as z from 'zod/mini';
import {
  CUSTOMER_ATTRIBUTE_NOT_FOUND,
  CUSTOMER_ATTRIBUTE_TYPE_ERROR,
  attributeValueNotOfType,
  customerNotAtBank,
  jsonBodyShouldBeWithoutSpace,
} from '../errors/customer-record-error-messages';
import { customerNotFoundById } from '../errors/error-messages';
import { badRequest, notFound } from '../errors/obp-error';
import type { ObpRequest, ObpRoute } from '../http/obp-routes';
import { checkIdFields, extractBody } from '../http/request-body';
import { customerAttributeJson } from '../json/customer-json';
import { formatObpDate } from '../json/obp-dates';
import type { CustomerAttributeRecord } from '../repositories/customer-attribute-repository';
import type { CustomerRecord } from '../repositories/customer-repository';
import { checkColumns, checkNotBlank } from './customer-record-input';
import type { RouteContext } from './route-context';

const CUSTOMER_ATTRIBUTE_JSON = 'CustomerAttributeJsonV400';
/** The examples OBP's own type message gives. */
const EXAMPLES: Record<CustomerAttributeType, string> = { DOUBLE: '12.1234', STRING: 'TAX_NUMBER', INTEGER: '123', DATE_WITH_DAY: '2012-04-23' };

const isAttributeType = (type: string): type is CustomerAttributeType => (CUSTOMER_ATTRIBUTE_TYPES as readonly string[]).includes(type);

/** The type must be one of OBP's four, and — stricter than OBP, which stores any string — the value must be of it. */
function checkedAttribute(body: PostCustomerAttribute): Pick<CustomerAttributeRecord, 'name' | 'type' | 'value'> {
  if (!isAttributeType(body.type)) throw badRequest(CUSTOMER_ATTRIBUTE_TYPE_ERROR);
  return body;
}

function checkAttributeFields(attribute: Pick<CustomerAttributeRecord, 'name' | 'type' | 'value'>): void {
  checkNotBlank([['name', attribute.name]]);
  checkColumns([
    ['name', attribute.name, CUSTOMER_ATTRIBUTE_LIMITS.name],
    ['value', attribute.value, CUSTOMER_ATTRIBUTE_LIMITS.value],
  ]);
  const type = attribute.type as CustomerAttributeType;
  if (!attributeValueMatchesType(type, attribute.value)) throw badRequest(attributeValueNotOfType(type, EXAMPLES[type]));
}

/**
 * Customer attributes, v4.0.0 (contract §E). Auto-validated: auth → bank → roles; then body, customer [404] and the
 * customer's bank [400 OBP-30113]. An attribute of another customer (or, on delete, of another bank) is not found.
 */
export function customerAttributeRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  const validate = (request: ObpRequest, operation: OperationId) => {
    const { bankId } = request.params as { bankId: string };
    const user = guards.authenticate(request);
    if (request.method === 'POST') checkIdFields(request.body);
    guards.requireBank(bankId);
    guards.requireRoles(user, operation, bankId, 'for-bank-id');
  };

  /** OBP looks the customer up anywhere and then checks it is the bank's (OBP-30113). */
  const customerOfBank = (bankId: string, customerId: string): CustomerRecord => {
    const customer = repositories.customers.findByCustomerId(customerId);
    if (!customer) throw notFound(customerNotFoundById(customerId));
    if (customer.bankId !== bankId) throw badRequest(customerNotAtBank(bankId, customerId));
    return customer;
  };

  const attributeOfCustomer = (customerAttributeId: string, customerId: string): CustomerAttributeRecord => {
    const attribute = repositories.customerAttributes.findById(customerAttributeId);
    if (attribute?.customerId !== customerId) throw badRequest(CUSTOMER_ATTRIBUTE_NOT_FOUND);
    return attribute;
  };

  return [
    {
      method: 'POST',
      url: '/banks/:bankId/customers/:customerId/attribute',
      implementedIn: 'v4.0.0',
      operation: 'createCustomerAttribute',
      handler: (request, reply) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        validate(request, 'createCustomerAttribute');
        const fields = checkedAttribute(extractBody(request.body, postCustomerAttribute, CUSTOMER_ATTRIBUTE_JSON));
        customerOfBank(bankId, customerId);
        checkAttributeFields(fields);
        const attribute: CustomerAttributeRecord = { customerAttributeId: randomUUID(), customerId, bankId, ...fields };
        repositories.customerAttributes.create(attribute, formatObpDate(config.now()));
        return reply.code(201).send(customerAttributeJson(attribute));
      },
    },
    {
      method: 'PUT',
      url: '/banks/:bankId/customers/:customerId/attributes/:customerAttributeId',
      implementedIn: 'v4.0.0',
      operation: 'updateCustomerAttribute',
      handler: (request) => {
        const { bankId, customerId, customerAttributeId } = request.params as { bankId: string; customerId: string; customerAttributeId: string };
        validate(request, 'updateCustomerAttribute');
        // OBP's update message, unlike create's, ends without a space.
        const parsed = postCustomerAttribute.safeParse(request.body);
        if (!parsed.success) throw badRequest(jsonBodyShouldBeWithoutSpace(CUSTOMER_ATTRIBUTE_JSON));
        const fields = checkedAttribute(parsed.data);
        customerOfBank(bankId, customerId);
        const existing = attributeOfCustomer(customerAttributeId, customerId);
        checkAttributeFields(fields);
        repositories.customerAttributes.update(customerAttributeId, fields, formatObpDate(config.now()));
        return customerAttributeJson({ ...existing, ...fields });
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/customers/:customerId/attributes',
      implementedIn: 'v4.0.0',
      operation: 'getCustomerAttributes',
      handler: (request) => {
        const { bankId, customerId } = request.params as { bankId: string; customerId: string };
        validate(request, 'getCustomerAttributes');
        customerOfBank(bankId, customerId);
        const body: z.infer<typeof customerAttributeList> = {
          customer_attributes: repositories.customerAttributes.ofCustomers([customerId]).get(customerId)!.map(customerAttributeJson),
        };
        return body;
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/customers/:customerId/attributes/:customerAttributeId',
      implementedIn: 'v4.0.0',
      operation: 'getCustomerAttributeById',
      handler: (request) => {
        const { bankId, customerId, customerAttributeId } = request.params as { bankId: string; customerId: string; customerAttributeId: string };
        validate(request, 'getCustomerAttributeById');
        customerOfBank(bankId, customerId);
        return customerAttributeJson(attributeOfCustomer(customerAttributeId, customerId));
      },
    },
    {
      // The doc says /banks/BANK_ID/CUSTOMER_ID/attributes/…; the code and OBP's test use this path (contract §E).
      method: 'DELETE',
      url: '/banks/:bankId/customers/attributes/:customerAttributeId',
      implementedIn: 'v4.0.0',
      operation: 'deleteCustomerAttribute',
      handler: (request, reply) => {
        const { bankId, customerAttributeId } = request.params as { bankId: string; customerAttributeId: string };
        validate(request, 'deleteCustomerAttribute');
        // Stricter than OBP (204 whatever the id): only an attribute of this bank's customers is deleted.
        const attribute = repositories.customerAttributes.findById(customerAttributeId);
        if (attribute?.bankId !== bankId) throw badRequest(CUSTOMER_ATTRIBUTE_NOT_FOUND);
        repositories.customerAttributes.delete(customerAttributeId);
        return reply.code(204).send();
      },
    },
  ];
}
