import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxConfig } from '../config';
import { DEFAULT_PROFILE, type CustomerProfile } from '../customer-apis/customer-api-repository';
import { joinLegalName, splitLegalName } from '../customer-apis/names';
import { readStreetLine, writeStreetLine } from '../customer-apis/street-address';
import { strictValidatorCompiler } from '../customer-apis/strict-validator';
import { formatObpDate } from '../json/obp-dates';
import type { CustomerAddressFields } from '../repositories/customer-address-repository';
import type { CustomerRecord } from '../repositories/customer-repository';
import { blankCustomer } from '../repositories/blank-customer';
import type { OpenWealthData } from '../openwealth/openwealth-view';
import { authenticateBankingService } from './bankingservice-auth';
import { invalidRequest, methodNotAllowed, resourceNotFound, sendBankingServiceError, toBankingServiceError } from './bankingservice-errors';

export const BANKINGSERVICE_PREFIX = '/bankingservice';
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export type BankingServiceAddress = {
  premise: number | null;
  sub_premise: string;
  building: string;
  postal_code: string;
  thoroughfare: string;
  locality: string;
  state: string;
  country: string;
};
export type BankingServiceCustomer = {
  id: string;
  company: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  address: BankingServiceAddress | null;
  created: string;
};
type CustomerBody = Partial<Pick<BankingServiceCustomer, 'company' | 'first_name' | 'last_name' | 'email' | 'phone'>> & {
  address?: Partial<BankingServiceAddress>;
};

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
/** The body of POST and PUT, as the documentation lists it (every member optional). */
export const CUSTOMER_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    company: text(255),
    first_name: text(100),
    last_name: text(100),
    email: { anyOf: [{ type: 'string', maxLength: 0 }, { type: 'string', format: 'email', maxLength: 100 }] },
    phone: { type: 'string', pattern: '^[+]?[0-9 ()-]{0,30}$' },
    address: {
      type: 'object',
      additionalProperties: false,
      properties: {
        premise: { type: ['integer', 'null'], minimum: 0 },
        sub_premise: text(20),
        building: text(100),
        postal_code: text(20),
        thoroughfare: text(100),
        locality: text(100),
        state: text(100),
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
      },
    },
  },
} as const;

/** `58A` → premise 58, sub-premise `A`; a number OBP's first line does not have is null. */
function premiseOf(number: string): { premise: number | null; subPremise: string } {
  const match = /^(\d+)([A-Za-z]?)$/.exec(number);
  return match ? { premise: Number(match[1]), subPremise: match[2]! } : { premise: null, subPremise: '' };
}

/**
 * bankingservice.ai's customers API under `/bankingservice/v1/profiles/{profileId}/customers`: a profile is an OBP
 * bank, a customer is OBP's customer (its id is OBP's customer id), its address is the customer's home address (else
 * the first) in OBP's addresses, `company` and the split name come from the customer profile. Bearer JWTs signed
 * by the client (bankingservice-auth.ts).
 */
export async function registerBankingServiceRoutes(app: FastifyInstance, data: OpenWealthData, config: SandboxConfig): Promise<void> {
  const { obp, customerApis, clients } = data;

  const addressOf = (customer: CustomerRecord) => {
    const addresses = customerApis.addressesOf(customer.customerId);
    return addresses.find((address) => address.tags.some((tag) => /^(home|domicile)$/i.test(tag))) ?? addresses[0];
  };
  const namesOf = (customer: CustomerRecord, profile: CustomerProfile) => {
    if (profile.givenName !== null || profile.lastName !== null) return { first: profile.givenName ?? '', last: profile.lastName ?? '' };
    if (profile.personType === 'legalPerson') return { first: '', last: '' };
    const split = splitLegalName(customer.legalName);
    return { first: split.givenName, last: split.lastName };
  };

  function customerJson(customer: CustomerRecord): BankingServiceCustomer {
    const profile = customerApis.profileOf(customer.customerId);
    const names = namesOf(customer, profile);
    const address = addressOf(customer);
    let addressJson: BankingServiceAddress | null = null;
    if (address) {
      const { street, number } = readStreetLine(address.line1);
      const { premise, subPremise } = premiseOf(number);
      addressJson = {
        premise,
        sub_premise: subPremise,
        building: address.line2,
        postal_code: address.postcode,
        thoroughfare: street,
        locality: address.city,
        state: address.state || address.county,
        country: address.countryCode,
      };
    }
    return {
      id: customer.customerId,
      company: profile.personType === 'legalPerson' ? profile.company || customer.legalName : '',
      first_name: names.first,
      last_name: names.last,
      email: customer.email,
      phone: customer.mobilePhoneNumber,
      address: addressJson,
      created: new Date(customer.createdAt).toISOString(),
    };
  }

  function addressFields(address: Partial<BankingServiceAddress>, before: CustomerAddressFields | undefined): CustomerAddressFields {
    const previous = before ? readStreetLine(before.line1) : { street: '', number: '' };
    const previousPremise = premiseOf(previous.number);
    const premise = address.premise === undefined ? previousPremise.premise : address.premise;
    const subPremise = address.sub_premise ?? previousPremise.subPremise;
    return {
      line1: writeStreetLine({ street: address.thoroughfare ?? previous.street, number: premise === null ? '' : `${premise}${subPremise}` }),
      line2: address.building ?? before?.line2 ?? '',
      line3: before?.line3 ?? '',
      city: address.locality ?? before?.city ?? '',
      county: before?.county ?? '',
      state: address.state ?? before?.state ?? '',
      postcode: address.postal_code ?? before?.postcode ?? '',
      countryCode: address.country ?? before?.countryCode ?? '',
      tags: before?.tags ?? ['home'],
      status: before?.status ?? 'current',
    };
  }

  /** Writes the body onto OBP's customer, its profile and its address; absent members stay as they are. */
  function applyBody(customer: CustomerRecord, body: CustomerBody, now: string): CustomerRecord {
    const profile = customerApis.profileOf(customer.customerId);
    const names = namesOf(customer, profile);
    const first = body.first_name ?? names.first;
    const last = body.last_name ?? names.last;
    const company = body.company ?? (profile.personType === 'legalPerson' ? profile.company : '');
    const isCompany = company.trim() !== '';
    const legalName = isCompany ? company.trim() : joinLegalName(first, last);
    if (legalName === '') throw invalidRequest('A customer needs a company or a name.');
    customerApis.saveProfile(customer.customerId, {
      ...profile,
      personType: isCompany ? 'legalPerson' : 'naturalPerson',
      givenName: first,
      lastName: last,
      company: isCompany ? company.trim() : '',
    });
    obp.customerUpdates.update(
      customer.customerId,
      { legalName, ...(body.email !== undefined ? { email: body.email } : {}), ...(body.phone !== undefined ? { mobilePhoneNumber: body.phone } : {}) },
      now,
    );
    if (body.address) {
      const existing = addressOf(customer);
      const before = existing && obp.customerAddresses.findOfCustomer(existing.customerAddressId, customer.customerId);
      const fields = addressFields(body.address, before);
      if (existing) obp.customerAddresses.update(existing.customerAddressId, customer.customerId, fields, now);
      else obp.customerAddresses.create(randomUUID(), customer.customerId, fields, now);
    }
    return obp.customers.findByCustomerId(customer.customerId)!;
  }

  const newCustomerNumber = (bankId: string) => {
    for (;;) {
      const candidate = String(randomInt(10_000_000, 100_000_000));
      if (!obp.customers.isNumberTaken(bankId, candidate)) return candidate;
    }
  };

  await app.register(
    async (scope) => {
      scope.setValidatorCompiler(strictValidatorCompiler());
      scope.addHook('onRequest', async (request) => {
        await authenticateBankingService(request, clients, config.now());
      });
      scope.setErrorHandler((error: FastifyError | Error, request, reply) => {
        const problem = toBankingServiceError(error);
        if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
        return sendBankingServiceError(problem, reply);
      });
      scope.setNotFoundHandler((_request, reply) => sendBankingServiceError(resourceNotFound('No resource at this path.'), reply));

      type Request = FastifyRequest<{ Params: { profileId: string; customerId?: string }; Querystring: { page?: string; size?: string }; Body: CustomerBody }>;
      const bankOf = (request: Request) => {
        const bank = obp.banks.find(request.params.profileId);
        if (!bank) throw resourceNotFound(`No profile ${request.params.profileId}.`);
        return bank.bankId;
      };
      const customerOf = (request: Request) => {
        const bankId = bankOf(request);
        const customer = obp.customers.findByCustomerId(request.params.customerId!);
        if (!customer || customer.bankId !== bankId) throw resourceNotFound(`No customer ${request.params.customerId}.`);
        return customer;
      };
      const integer = (value: string | undefined, name: string, fallback: number, minimum: number) => {
        if (value === undefined) return fallback;
        if (!/^\d{1,9}$/.test(value) || Number(value) < minimum) throw invalidRequest(`${name} must be an integer of at least ${minimum}.`);
        return Number(value);
      };

      const collection = '/v1/profiles/:profileId/customers';
      const item = '/v1/profiles/:profileId/customers/:customerId';
      scope.get(collection, async (request: Request) => {
        const bankId = bankOf(request);
        const page = integer(request.query.page, 'page', 0, 0);
        const size = Math.min(integer(request.query.size, 'size', DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
        const count = customerApis.customerCount(bankId);
        const customers = obp.customers.findByRowIds(customerApis.customerRowIdsAt(bankId, page * size, size));
        return { page, pages: Math.ceil(count / size), size, count, data: customers.map(customerJson) };
      });
      scope.post(collection, { schema: { body: CUSTOMER_BODY_SCHEMA } }, async (request: Request) => {
        const bankId = bankOf(request);
        const body = request.body ?? {};
        if (!body.company?.trim() && !body.first_name?.trim() && !body.last_name?.trim()) throw invalidRequest('A customer needs a company or a name.');
        const now = formatObpDate(config.now());
        const created = obp.customers.create(
          blankCustomer({
            bankId,
            customerNumber: newCustomerNumber(bankId),
            legalName: body.company?.trim() || joinLegalName(body.first_name ?? '', body.last_name ?? ''),
            mobilePhoneNumber: body.phone ?? '',
            email: body.email ?? '',
            createdAt: now,
          }),
        );
        customerApis.saveProfile(created.customerId, DEFAULT_PROFILE);
        return customerJson(applyBody(created, body, now));
      });
      scope.get(item, async (request: Request) => customerJson(customerOf(request)));
      scope.put(item, { schema: { body: CUSTOMER_BODY_SCHEMA } }, async (request: Request) => {
        const customer = customerOf(request);
        return customerJson(applyBody(customer, request.body ?? {}, formatObpDate(config.now())));
      });
      scope.delete(item, async (request: Request) => {
        const customer = customerOf(request);
        const deleted = customerJson(customer);
        customerApis.deleteCustomer(customer.customerId, customer.bankId);
        return deleted;
      });
      const refuse = (request: FastifyRequest, _reply: FastifyReply) => {
        throw methodNotAllowed(request.method);
      };
      scope.route({ method: ['PUT', 'DELETE', 'PATCH'], url: collection, handler: refuse });
      scope.route({ method: ['POST', 'PATCH'], url: item, handler: refuse });
    },
    { prefix: BANKINGSERVICE_PREFIX },
  );
}
