import * as z from 'zod/mini';
import { path } from '@/api/client';
import { deskRequest } from '@/api/desk-client';
import { recorded, type Connector, type DeskCapability, type DeskCustomer, type DeskCustomerInput, type StructuredAddress } from '../connector';

/**
 * bankingservice.ai customers (seed 002) as the console reads them: tolerant of nulls and absent members; `premise`
 * a number (or a numeric string), `created` an ISO instant.
 */
const text = z.optional(z.nullable(z.string()));
export const bankingServiceAddressWire = z.looseObject({
  premise: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  sub_premise: text,
  building: text,
  postal_code: text,
  thoroughfare: text,
  locality: text,
  state: text,
  country: text,
});
export const bankingServiceCustomerWire = z.looseObject({
  id: z.string(),
  company: text,
  first_name: text,
  last_name: text,
  email: text,
  phone: text,
  address: z.optional(z.nullable(bankingServiceAddressWire)),
  created: text,
});
export type BankingServiceCustomerWire = z.infer<typeof bankingServiceCustomerWire>;
export const bankingServiceCustomerPageWire = z.looseObject({
  page: z.number(),
  pages: z.number(),
  size: z.optional(z.number()),
  count: z.number(),
  data: z.array(bankingServiceCustomerWire),
});

const CAPABILITIES: ReadonlySet<DeskCapability> = new Set<DeskCapability>([
  'page-paging',
  'company',
  'structured-address',
  'create-customer',
  'update-customer',
  'delete-customer',
]);

function premiseOf(value: number | string | null | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

export function customerFromBankingService(wire: BankingServiceCustomerWire): DeskCustomer {
  const firstName = recorded(wire.first_name);
  const lastName = recorded(wire.last_name);
  const company = recorded(wire.company);
  const person = [firstName, lastName].filter(Boolean).join(' ');
  const address: StructuredAddress | null = wire.address
    ? {
        premise: premiseOf(wire.address.premise),
        subPremise: wire.address.sub_premise ?? '',
        building: wire.address.building ?? '',
        postalCode: wire.address.postal_code ?? '',
        thoroughfare: wire.address.thoroughfare ?? '',
        locality: wire.address.locality ?? '',
        state: wire.address.state ?? '',
        country: wire.address.country ?? '',
      }
    : null;
  return {
    id: wire.id,
    name: recorded(person) ?? company,
    company,
    email: recorded(wire.email),
    phone: recorded(wire.phone),
    created: recorded(wire.created),
    status: undefined,
    firstName,
    lastName,
    referenceCurrency: undefined,
    persons: [],
    addressIds: [],
    address,
  };
}

/** The documented POST/PUT body: every member sent (PUT replaces what the form shows); no address: none sent. */
export function bankingServiceBody(input: DeskCustomerInput) {
  return {
    company: input.company.trim(),
    first_name: input.firstName.trim(),
    last_name: input.lastName.trim(),
    email: input.email.trim(),
    phone: input.phone.trim(),
    ...(input.address
      ? {
          address: {
            premise: input.address.premise,
            sub_premise: input.address.subPremise.trim(),
            building: input.address.building.trim(),
            postal_code: input.address.postalCode.trim(),
            thoroughfare: input.address.thoroughfare.trim(),
            locality: input.address.locality.trim(),
            state: input.address.state.trim(),
            country: input.address.country.trim(),
          },
        }
      : {}),
  };
}

/**
 * bankingservice.ai's customers of one profile through Customer Desk's server (which signs the JWT). Paging is by page
 * number from 0 with `size`; the answer says how many pages and customers there are. No persons, contact details,
 * KYC record or health check exist in this API: the connector does not declare them.
 */
export function bankingServiceConnector(profileId: string): Connector {
  const collection = path`/backend/v1/profiles/${profileId}/customers`;
  const item = (customerId: string) => `${collection}${path`/${customerId}`}`;
  return {
    backend: 'bankingservice',
    capabilities: CAPABILITIES,
    operations: { list: 'listCustomers', read: 'getCustomer', create: 'createCustomer', update: 'updateCustomer', delete: 'deleteCustomer' },
    async listCustomers({ page, size }, options) {
      const { data } = await deskRequest({ path: collection, query: { page: page ?? 0, size }, schema: bankingServiceCustomerPageWire, signal: options?.signal });
      return { rows: data.data.map(customerFromBankingService), page: { index: data.page, pages: data.pages, count: data.count } };
    },
    async getCustomer(customerId, options) {
      const { data } = await deskRequest({ path: item(customerId), schema: bankingServiceCustomerWire, signal: options?.signal });
      return customerFromBankingService(data);
    },
    async createCustomer(input) {
      const { data } = await deskRequest({ method: 'POST', path: collection, body: bankingServiceBody(input), schema: bankingServiceCustomerWire });
      return customerFromBankingService(data);
    },
    async updateCustomer(customerId, input) {
      const { data } = await deskRequest({ method: 'PUT', path: item(customerId), body: bankingServiceBody(input), schema: bankingServiceCustomerWire });
      return customerFromBankingService(data);
    },
    async deleteCustomer(customerId) {
      const { data } = await deskRequest({ method: 'DELETE', path: item(customerId), schema: bankingServiceCustomerWire });
      return customerFromBankingService(data);
    },
  };
}
