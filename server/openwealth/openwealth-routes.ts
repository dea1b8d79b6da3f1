import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SandboxConfig } from '../config';
import type { AddressDetails, ContactMedium, PersonRecord } from '../customer-apis/customer-api-repository';
import { writeStreetLine } from '../customer-apis/street-address';
import { strictValidatorCompiler } from '../customer-apis/strict-validator';
import { formatObpDate } from '../json/obp-dates';
import type { CustomerAddressFields } from '../repositories/customer-address-repository';
import type { CustomerRecord } from '../repositories/customer-repository';
import { authenticateOpenWealth, registerOpenWealthTokenRoute, type OpenWealthCaller } from './openwealth-auth';
import {
  OpenWealthError,
  invalidPayload,
  noAccessToResource,
  resourceDoesNotExist,
  sendOpenWealthError,
  toOpenWealthError,
  wrongMethod,
} from './openwealth-errors';
import { ADDRESS_NEW_SCHEMA, ADDRESS_SCHEMA, CONTACT_DETAILS_SCHEMA } from './openwealth-schemas';
import { createOpenWealthView, type OpenWealthData } from './openwealth-view';

export const OPENWEALTH_PREFIX = '/openwealth';
/** bLink: at most 64 characters. */
const MAX_CORRELATION_ID_LENGTH = 64;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

type Params = { customerId?: string; personId?: string };
type Query = { cursor?: string; limit?: string; addressIdentification?: string };
type OpenWealthRequest = FastifyRequest<{ Params: Params; Querystring: Query; Body: unknown }>;

type PostalAddressBody = {
  salutation?: Record<string, string>;
  name?: Record<string, string>;
  physicalAddress?: Record<string, string>;
  isDomicile?: boolean;
  isMailingAddress?: boolean;
  postCode?: string;
  townName?: string;
  country?: string;
};
type AddressBody = {
  addressIdentification?: number;
  addressName?: string;
  isDomicile?: boolean;
  isMailingAddress?: boolean;
  mailingInstruction?: string;
  dispatchType?: AddressDetails['dispatchType'];
  language?: string;
  postalAddress?: PostalAddressBody;
};
type ContactBody = { medium: ContactMedium; contactMediumType?: 'private' | 'business'; contactContent: string; additionalContactInformation?: string };

const encodeCursor = (value: string) => Buffer.from(value, 'utf8').toString('base64url');
function decodeCursor(cursor: string | undefined, kinds: string): { kind: string; id: number } | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const match = new RegExp(`^([${kinds}])(\\d{1,15})$`).exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalidPayload('cursor is not a cursor this server issued.');
  return { kind: match[1]!, id: Number(match[2]) };
}
function limitOf(query: Query): number {
  if (query.limit === undefined) return DEFAULT_LIMIT;
  if (!/^\d{1,9}$/.test(query.limit) || Number(query.limit) < 1) throw invalidPayload('limit must be an integer of at least 1.');
  return Math.min(Number(query.limit), MAX_LIMIT);
}

const withoutTags = (tags: readonly string[]) => tags.filter((tag) => !/^(home|domicile|mailing)$/i.test(tag));
const flagTags = (isDomicile: boolean, isMailing: boolean) => [...(isDomicile ? ['home'] : []), ...(isMailing ? ['mailing'] : [])];

/** OBP's address columns from OpenWealth's postal address (see customer-apis/street-address.ts for the first line). */
function postalFields(postal: PostalAddressBody, otherTags: readonly string[]): CustomerAddressFields {
  const physical = postal.physicalAddress ?? {};
  return {
    line1: writeStreetLine({ street: physical.streetName ?? '', number: physical.buildingNumber ?? '' }),
    line2: physical.addressSuffix ?? '',
    line3: '',
    city: postal.townName ?? physical.townName ?? '',
    county: '',
    state: physical.countrySubDivision ?? '',
    postcode: postal.postCode ?? physical.postCode ?? '',
    countryCode: postal.country ?? physical.country ?? '',
    tags: [...otherTags, ...flagTags(postal.isDomicile ?? false, postal.isMailingAddress ?? false)],
    status: 'current',
  };
}

/**
 * OpenWealth Customer Management 1.2.1 under `/openwealth`, as bLink serves it: every request needs
 * `X-Correlation-ID` (echoed back) and a bearer token from `/openwealth/oauth/token`; the token's client serves one
 * bank, whose customers are the ones visible. Errors are OpenWealth's problem documents.
 */
export async function registerOpenWealthRoutes(app: FastifyInstance, data: OpenWealthData, config: SandboxConfig): Promise<void> {
  await registerOpenWealthTokenRoute(app, data.clients, config);
  const view = createOpenWealthView(data);
  const { obp, customerApis } = data;
  const callers = new WeakMap<FastifyRequest, OpenWealthCaller>();
  const callerOf = (request: FastifyRequest) => callers.get(request)!;

  await app.register(
    async (scope) => {
      scope.setValidatorCompiler(strictValidatorCompiler());
      scope.addHook('onRequest', async (request, reply) => {
        const correlationId = request.headers['x-correlation-id'];
        if (typeof correlationId !== 'string' || correlationId.trim() === '') throw invalidPayload('The X-Correlation-ID header is required.');
        if (correlationId.length > MAX_CORRELATION_ID_LENGTH) throw invalidPayload(`X-Correlation-ID has at most ${MAX_CORRELATION_ID_LENGTH} characters.`);
        reply.header('X-Correlation-ID', correlationId);
        const caller = authenticateOpenWealth(request, data.clients, config.now());
        const target = request.headers['x-corapi-target-id'];
        if (typeof target === 'string' && target !== '' && target !== caller.bankId) {
          throw noAccessToResource('This client has no access to the service provider named in X-CorAPI-Target-ID.');
        }
        callers.set(request, caller);
      });
      scope.setErrorHandler((error: FastifyError | Error, request, reply) => {
        const problem = toOpenWealthError(error);
        if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
        return sendOpenWealthError(problem, request, reply);
      });
      scope.setNotFoundHandler((request, reply) => {
        const correlationId = request.headers['x-correlation-id'];
        if (typeof correlationId === 'string' && correlationId.length <= MAX_CORRELATION_ID_LENGTH) reply.header('X-Correlation-ID', correlationId);
        return sendOpenWealthError(resourceDoesNotExist('No resource at this path.'), request, reply);
      });

      const customerOf = (request: OpenWealthRequest): CustomerRecord => {
        const customer = obp.customers.findByNumber(callerOf(request).bankId, request.params.customerId!);
        if (!customer) throw resourceDoesNotExist(`No customer with the id ${request.params.customerId}.`);
        return customer;
      };
      type Person = { kind: 'holder'; customer: CustomerRecord } | { kind: 'other'; person: PersonRecord };
      const personOf = (request: OpenWealthRequest): Person => {
        const { bankId } = callerOf(request);
        const personId = request.params.personId!;
        const other = customerApis.findPerson(personId, bankId);
        if (other) return { kind: 'other', person: other };
        const customer = obp.customers.findByNumber(bankId, personId);
        if (customer) return { kind: 'holder', customer };
        throw resourceDoesNotExist(`No person with the id ${personId}.`);
      };
      const personJson = (person: Person) =>
        person.kind === 'holder' ? view.holderJson(person.customer) : view.otherPersonJson(person.person);

      const routes: Array<{ url: string; handlers: Partial<Record<'GET' | 'POST' | 'PUT', { schema?: object; handler: (request: OpenWealthRequest, reply: FastifyReply) => unknown }>> }> = [
        {
          url: '/customers',
          handlers: {
            GET: {
              handler: (request, reply) => {
                const limit = limitOf(request.query);
                const after = decodeCursor(request.query.cursor, 'c')?.id ?? 0;
                const ids = customerApis.customerRowIdsAfter(callerOf(request).bankId, after, limit + 1);
                const page = obp.customers.findByRowIds(ids.slice(0, limit));
                reply.header('nextCursor', ids.length > limit ? encodeCursor(`c${ids[limit - 1]}`) : '');
                return page.map(view.customerJson);
              },
            },
          },
        },
        { url: '/customers/:customerId', handlers: { GET: { handler: (request) => view.customerJson(customerOf(request)) } } },
        { url: '/customers/:customerId/kyc', handlers: { GET: { handler: (request) => view.kycJson(customerOf(request)) } } },
        {
          url: '/persons',
          handlers: {
            GET: {
              handler: (request, reply) => {
                // The customers' holders first (by customer), then the other persons (joint holders, signatories…).
                const limit = limitOf(request.query);
                const { bankId } = callerOf(request);
                const cursor = decodeCursor(request.query.cursor, 'hp') ?? { kind: 'h', id: 0 };
                const page: Array<Record<string, unknown>> = [];
                let next = '';
                if (cursor.kind === 'h') {
                  const ids = customerApis.customerRowIdsAfter(bankId, cursor.id, limit + 1);
                  page.push(...obp.customers.findByRowIds(ids.slice(0, limit)).map(view.holderJson));
                  if (ids.length > limit) next = `h${ids[limit - 1]}`;
                }
                if (next === '' && page.length < limit) {
                  const room = limit - page.length;
                  const persons = customerApis.personsAfter(bankId, cursor.kind === 'p' ? cursor.id : 0, room + 1);
                  page.push(...persons.slice(0, room).map(view.otherPersonJson));
                  if (persons.length > room) next = `p${persons[room - 1]!.id}`;
                } else if (next === '' && customerApis.personsAfter(bankId, 0, 1).length > 0) {
                  // The holders ended exactly at the page's end: the other persons come next.
                  next = 'p0';
                }
                reply.header('nextCursor', next === '' ? '' : encodeCursor(next));
                return page;
              },
            },
          },
        },
        { url: '/persons/:personId', handlers: { GET: { handler: (request) => personJson(personOf(request)) } } },
        {
          url: '/persons/:personId/contactdetails',
          handlers: {
            GET: {
              handler: (request) => {
                const person = personOf(request);
                return person.kind === 'holder'
                  ? view.holderContactDetails(person.customer)
                  : customerApis.contactDetailsOf({ personId: person.person.personId }).map(view.storedContactJson);
              },
            },
            POST: {
              schema: { body: CONTACT_DETAILS_SCHEMA },
              handler: (request, reply) => {
                const person = personOf(request);
                const body = request.body as ContactBody;
                const detail = {
                  medium: body.medium,
                  mediumType: body.contactMediumType ?? ('' as const),
                  content: body.contactContent,
                  additionalInformation: body.additionalContactInformation ?? '',
                };
                const now = formatObpDate(config.now());
                let contactIdentification: string;
                if (person.kind === 'holder') {
                  const { customer } = person;
                  if (detail.medium === 'phone' && customer.mobilePhoneNumber === '') {
                    obp.customerUpdates.update(customer.customerId, { mobilePhoneNumber: detail.content }, now);
                    contactIdentification = 'M';
                  } else if (detail.medium === 'email' && customer.email === '') {
                    obp.customerUpdates.update(customer.customerId, { email: detail.content }, now);
                    contactIdentification = 'E';
                  } else if (detail.medium === 'socialMediaProfile') {
                    const type = detail.additionalInformation || 'socialMediaProfile';
                    if (obp.socialMediaHandles.exists(customer.customerId, type, detail.content)) throw invalidPayload('The person already has this contact detail.');
                    obp.socialMediaHandles.create(
                      { customerId: customer.customerId, customerNumber: customer.customerNumber, type, handle: detail.content, dateAdded: now, dateActivated: now },
                      now,
                    );
                    contactIdentification = `S${customerApis.socialHandleId(customer.customerId, type, detail.content)}`;
                  } else {
                    contactIdentification = `C${customerApis.addContactDetail({ customerId: customer.customerId }, detail, now)}`;
                  }
                } else {
                  contactIdentification = `C${customerApis.addContactDetail({ personId: person.person.personId }, detail, now)}`;
                }
                return reply.code(201).send(
                  view.contactJson({ id: contactIdentification, medium: detail.medium, mediumType: detail.mediumType, content: detail.content, additional: detail.additionalInformation }),
                );
              },
            },
          },
        },
        {
          url: '/customers/:customerId/addresses',
          handlers: {
            GET: {
              handler: (request) => {
                // The standard answers with one address object: the one asked for (an extension), else the domicile.
                const customer = customerOf(request);
                const wanted = request.query.addressIdentification;
                if (wanted !== undefined) {
                  const address = /^\d{1,15}$/.test(wanted) ? customerApis.findAddress(Number(wanted), customer.customerId) : undefined;
                  if (!address) throw resourceDoesNotExist(`The customer has no address ${wanted}.`);
                  return view.addressJson(customer, address);
                }
                const addresses = customerApis.addressesOf(customer.customerId).map((address) => view.addressJson(customer, address));
                const chosen = addresses.find((address) => address.isDomicile === true) ?? addresses[0];
                if (!chosen) throw resourceDoesNotExist('The customer has no address.');
                return chosen;
              },
            },
            POST: {
              schema: { body: ADDRESS_NEW_SCHEMA },
              handler: (request, reply) => {
                const customer = customerOf(request);
                const body = request.body as AddressBody;
                const postal = body.postalAddress!;
                const customerAddressId = randomUUID();
                const now = formatObpDate(config.now());
                obp.customerAddresses.create(customerAddressId, customer.customerId, postalFields(postal, []), now);
                customerApis.saveAddressDetails(customerAddressId, {
                  addressName: body.addressName ?? '',
                  isDomicile: postal.isDomicile ?? null,
                  isMailingAddress: postal.isMailingAddress ?? null,
                  mailingInstruction: body.mailingInstruction ?? '',
                  dispatchType: 'postal',
                  language: '',
                  salutation: postal.salutation ?? {},
                  name: postal.name ?? {},
                  careOf: postal.physicalAddress?.careOf ?? '',
                  toTheAttentionOf: postal.physicalAddress?.toTheAttentionOf ?? '',
                  postBox: postal.physicalAddress?.postBox ?? '',
                });
                const created = customerApis.findAddressById(customerAddressId)!;
                return reply.code(201).send({ addressIdentification: String(created.id) });
              },
            },
            PUT: {
              schema: { body: ADDRESS_SCHEMA },
              handler: (request, reply) => {
                const customer = customerOf(request);
                const body = request.body as AddressBody;
                const address = Number.isSafeInteger(body.addressIdentification) ? customerApis.findAddress(body.addressIdentification!, customer.customerId) : undefined;
                if (!address) throw resourceDoesNotExist(`The customer has no address ${body.addressIdentification}.`);
                const before = customerApis.addressDetailsOf(address.customerAddressId);
                const postal = body.postalAddress;
                const isDomicile = body.isDomicile ?? postal?.isDomicile ?? before.isDomicile;
                const isMailing = body.isMailingAddress ?? postal?.isMailingAddress ?? before.isMailingAddress;
                const now = formatObpDate(config.now());
                const current = obp.customerAddresses.findOfCustomer(address.customerAddressId, customer.customerId)!;
                const fields: CustomerAddressFields = postal
                  ? { ...postalFields(postal, withoutTags(current.tags)), status: current.status }
                  : { ...current, tags: [...withoutTags(current.tags), ...flagTags(isDomicile ?? false, isMailing ?? false)] };
                obp.customerAddresses.update(address.customerAddressId, customer.customerId, fields, now);
                customerApis.saveAddressDetails(address.customerAddressId, {
                  addressName: body.addressName ?? before.addressName,
                  isDomicile,
                  isMailingAddress: isMailing,
                  mailingInstruction: body.mailingInstruction ?? before.mailingInstruction,
                  dispatchType: body.dispatchType ?? before.dispatchType,
                  language: body.language ?? before.language,
                  salutation: postal?.salutation ?? before.salutation,
                  name: postal?.name ?? before.name,
                  careOf: postal ? (postal.physicalAddress?.careOf ?? '') : before.careOf,
                  toTheAttentionOf: postal ? (postal.physicalAddress?.toTheAttentionOf ?? '') : before.toTheAttentionOf,
                  postBox: postal ? (postal.physicalAddress?.postBox ?? '') : before.postBox,
                });
                return reply.code(204).send();
              },
            },
          },
        },
        {
          // bLink's module health check: a timestamp and a confirmation of receipt.
          url: '/healthcheck',
          handlers: { GET: { handler: () => ({ timestamp: new Date(config.now()).toISOString(), status: 'received' }) } },
        },
      ];

      for (const route of routes) {
        for (const [method, definition] of Object.entries(route.handlers)) {
          scope.route({ method: method as 'GET', url: route.url, ...(definition.schema ? { schema: definition.schema } : {}), handler: definition.handler });
        }
        const others = (['GET', 'POST', 'PUT', 'DELETE', 'PATCH'] as const).filter((method) => !(method in route.handlers));
        if (others.length > 0) {
          scope.route({
            method: [...others],
            url: route.url,
            handler: (request) => {
              throw wrongMethod(request.method);
            },
          });
        }
      }
    },
    { prefix: OPENWEALTH_PREFIX },
  );
}

export { OpenWealthError };
