import * as z from 'zod/mini';
import { path } from '@/api/client';
import { deskRequest } from '@/api/desk-client';
import {
  recorded,
  type Amount,
  type Connector,
  type DeskAddress,
  type DeskAddressInput,
  type DeskCapability,
  type DeskContactDetail,
  type DeskCustomer,
  type DeskKycRecord,
  type DeskPerson,
} from '../connector';
import {
  openWealthAddress,
  openWealthAddressCreated,
  openWealthContactDetails,
  openWealthContactDetailsList,
  openWealthCustomer,
  openWealthCustomerList,
  openWealthHealth,
  openWealthKyc,
  openWealthPerson,
  type OpenWealthAddress,
  type OpenWealthContactDetails,
  type OpenWealthCustomer,
  type OpenWealthKyc,
  type OpenWealthPerson,
} from './openwealth-wire';

const CAPABILITIES: ReadonlySet<DeskCapability> = new Set<DeskCapability>([
  'cursor-paging',
  'customer-status',
  'addresses',
  'create-address',
  'update-address',
  'persons',
  'contact-details',
  'add-contact-detail',
  'kyc-record',
  'health-check',
]);

const STATUSES = ['active', 'inactive', 'closed'] as const;
const statusOf = (value: string | null | undefined) => (STATUSES as readonly unknown[]).includes(value) ? (value as (typeof STATUSES)[number]) : undefined;

export function customerFromOpenWealth(wire: OpenWealthCustomer): DeskCustomer {
  return {
    id: wire.customerIdentification,
    name: recorded(wire.name),
    company: undefined,
    email: undefined,
    phone: undefined,
    created: recorded(wire.openingDate),
    status: statusOf(wire.status),
    firstName: undefined,
    lastName: undefined,
    referenceCurrency: recorded(wire.referenceCurrency),
    persons: (wire.personList ?? []).flatMap((person) =>
      person.personIdentification ? [{ id: person.personIdentification, relation: recorded(person.personRelation) }] : [],
    ),
    addressIds: (wire.addressList ?? []).flatMap((address) => (address.addressIdentification ? [address.addressIdentification] : [])),
    address: undefined,
  };
}

export function addressFromOpenWealth(wire: OpenWealthAddress): DeskAddress {
  const postal: NonNullable<OpenWealthAddress['postalAddress']> = wire.postalAddress ?? {};
  const physical: NonNullable<typeof postal.physicalAddress> = postal.physicalAddress ?? {};
  return {
    id: wire.addressIdentification,
    name: recorded(wire.addressName),
    isDomicile: wire.isDomicile ?? postal.isDomicile ?? undefined,
    isMailingAddress: wire.isMailingAddress ?? postal.isMailingAddress ?? undefined,
    dispatchType: recorded(wire.dispatchType),
    language: recorded(wire.language),
    streetName: physical.streetName ?? '',
    buildingNumber: physical.buildingNumber ?? '',
    addressSuffix: physical.addressSuffix ?? '',
    postCode: postal.postCode ?? physical.postCode ?? '',
    townName: postal.townName ?? physical.townName ?? '',
    countrySubDivision: physical.countrySubDivision ?? '',
    country: postal.country ?? physical.country ?? '',
  };
}

export function personFromOpenWealth(wire: OpenWealthPerson): DeskPerson {
  const details: NonNullable<OpenWealthPerson['personDetails']> = wire.personDetails ?? {};
  const composed = [details.givenName, details.lastName].filter((part) => recorded(part)).join(' ');
  return {
    id: wire.personIdentification,
    fullName: recorded(wire.fullName) ?? recorded(details.organisationName) ?? recorded(composed),
    personType: recorded(details.personType),
    countryOfDomicile: recorded(wire.countryOfDomicile),
    language: recorded(wire.language),
    nationality: details.nationality ?? [],
    birthDate: recorded(details.dates?.find((date) => date.dateType === 'birthDate')?.date),
  };
}

export function contactFromOpenWealth(wire: OpenWealthContactDetails): DeskContactDetail {
  const type = wire.contactMediumType;
  return {
    id: wire.contactIdentification ?? undefined,
    medium: wire.medium,
    mediumType: type === 'private' || type === 'business' ? type : undefined,
    content: wire.contactContent,
    additionalInformation: recorded(wire.additionalContactInformation),
  };
}

const amountOf = (wire: { currency?: string | null; amount?: string | null } | null | undefined): Amount | undefined =>
  wire?.amount ? { amount: wire.amount, currency: recorded(wire.currency) } : undefined;

export function kycFromOpenWealth(wire: OpenWealthKyc): DeskKycRecord {
  type Kyc = NonNullable<OpenWealthKyc['kyc']>;
  const nonFinancial: NonNullable<Kyc['nonFinancialSituation']> = wire.kyc?.nonFinancialSituation ?? {};
  const financial: NonNullable<Kyc['financialSituation']> = wire.kyc?.financialSituation ?? {};
  const prior = financial.priorBank;
  return {
    profession: recorded(nonFinancial.profession),
    employingCompany: recorded(nonFinancial.employingCompany),
    educationLevel: recorded(nonFinancial.educationLevel),
    function: recorded(nonFinancial.function),
    typeOfEmployment: recorded(nonFinancial.typeOfEmployment),
    sector: recorded(nonFinancial.sector),
    riskDomicile: recorded(nonFinancial.riskDomicile),
    incomeCurrentPeriod: amountOf(financial.incomeCurrentPeriod),
    sourceOfIncome: recorded(financial.sourceOfIncome),
    annualTurnover: amountOf(financial.annualTurnover),
    monetaryWealth: amountOf(financial.monetaryWealth),
    sourcesOfWealth: (financial.sourceOfWealth ?? []).map((source) => ({
      source: recorded(source.sourceOfWealth),
      amount: amountOf(source),
      dateOfReceipt: recorded(source.dateOfReceipt),
    })),
    priorBank: prior ? recorded([prior.namePriorBank, prior.domicilePriorBank].filter((part) => recorded(part)).join(', ')) : undefined,
  };
}

/** The standard's postalAddress: salutation, both flags, post code, town and country are required at its top level. */
export function postalAddressBody(input: DeskAddressInput) {
  const physical = Object.fromEntries(
    Object.entries({
      streetName: input.streetName.trim(),
      buildingNumber: input.buildingNumber.trim(),
      addressSuffix: input.addressSuffix.trim(),
      postCode: input.postCode.trim(),
      townName: input.townName.trim(),
      countrySubDivision: input.countrySubDivision.trim(),
      country: input.country.trim(),
    }).filter(([, value]) => value !== ''),
  );
  return {
    salutation: {},
    physicalAddress: physical,
    isDomicile: input.isDomicile ?? false,
    isMailingAddress: input.isMailingAddress ?? false,
    postCode: input.postCode.trim(),
    townName: input.townName.trim(),
    country: input.country.trim(),
  };
}

const nothing = z.optional(z.unknown());

/**
 * OpenWealth / bLink customer management through Customer Desk's server (`/desk/backend/*` → the module's base URL).
 * Paging is by cursor (the next one in the `nextCursor` header, empty on the last page). The standard's GET
 * …/addresses answers ONE address (the domicile); the addresses of the customer's `addressList` are read one by one
 * with `?addressIdentification=` (the sandbox's extension; a module without it answers its one address for each).
 */
export function openWealthConnector(): Connector {
  return {
    backend: 'openwealth',
    capabilities: CAPABILITIES,
    operations: {
      list: 'getCustomers',
      read: 'getCustomerByCustomerId',
      kyc: 'getKycByCustomerId',
      createAddress: 'postAddressByCustomerId',
      updateAddress: 'putAddressByCustomerId',
      addContactDetail: 'postContactDetailsByPersonId',
    },
    async listCustomers({ cursor, size }, options) {
      const { data, headers } = await deskRequest({ path: '/backend/customers', query: { limit: size, cursor }, schema: openWealthCustomerList, signal: options?.signal });
      const next = headers.get('nextCursor') ?? '';
      return { rows: data.map(customerFromOpenWealth), nextCursor: next === '' ? undefined : next };
    },
    async getCustomer(customerId, options) {
      const { data } = await deskRequest({ path: path`/backend/customers/${customerId}`, schema: openWealthCustomer, signal: options?.signal });
      return customerFromOpenWealth(data);
    },
    async getAddresses(customer, options) {
      const addresses = await Promise.all(
        customer.addressIds.map(async (addressId) => {
          const { data } = await deskRequest({
            path: path`/backend/customers/${customer.id}/addresses`,
            query: { addressIdentification: addressId },
            schema: openWealthAddress,
            signal: options?.signal,
          });
          return addressFromOpenWealth(data);
        }),
      );
      // One answer per id: a module that answers its one address for every id shows it once.
      return addresses.filter((address, index) => addresses.findIndex((other) => other.id === address.id) === index);
    },
    async createAddress(customerId, input) {
      const body = { addressName: input.name.trim() || undefined, postalAddress: postalAddressBody(input) };
      const { data } = await deskRequest({ method: 'POST', path: path`/backend/customers/${customerId}/addresses`, body, schema: openWealthAddressCreated });
      return data.addressIdentification ?? undefined;
    },
    async updateAddress(customerId, addressId, input) {
      const postalAddress = postalAddressBody(input);
      const body = {
        addressIdentification: Number(addressId),
        addressName: input.name.trim() || undefined,
        isDomicile: postalAddress.isDomicile,
        isMailingAddress: postalAddress.isMailingAddress,
        dispatchType: 'postal',
        postalAddress,
      };
      await deskRequest({ method: 'PUT', path: path`/backend/customers/${customerId}/addresses`, body, schema: nothing });
    },
    async getPerson(personId, options) {
      const { data } = await deskRequest({ path: path`/backend/persons/${personId}`, schema: openWealthPerson, signal: options?.signal });
      return personFromOpenWealth(data);
    },
    async getContactDetails(personId, options) {
      const { data } = await deskRequest({ path: path`/backend/persons/${personId}/contactdetails`, schema: openWealthContactDetailsList, signal: options?.signal });
      return data.map(contactFromOpenWealth);
    },
    async addContactDetail(personId, input) {
      const body = {
        medium: input.medium,
        ...(input.mediumType ? { contactMediumType: input.mediumType } : {}),
        contactContent: input.content.trim(),
        ...(input.additionalInformation.trim() ? { additionalContactInformation: input.additionalInformation.trim() } : {}),
      };
      const { data } = await deskRequest({ method: 'POST', path: path`/backend/persons/${personId}/contactdetails`, body, schema: openWealthContactDetails });
      return contactFromOpenWealth(data);
    },
    async getKycRecord(customerId, options) {
      const { data } = await deskRequest({ path: path`/backend/customers/${customerId}/kyc`, schema: openWealthKyc, signal: options?.signal });
      return kycFromOpenWealth(data);
    },
    async health(options) {
      const { data } = await deskRequest({ path: '/backend-health', schema: openWealthHealth, signal: options?.signal });
      return { status: data.status, checkedAt: data.checked_at, backendStatus: recorded(data.backend_status) };
    },
  };
}
