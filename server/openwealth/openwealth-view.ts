import type { CustomerRecord } from '../repositories/customer-repository';
import type { Repositories } from '../repositories/repositories';
import type { ApiClientRepository } from '../customer-apis/api-client-repository';
import type {
  AddressDetails,
  ContactDetailRecord,
  CustomerApiRepository,
  NumberedAddress,
  PersonRecord,
} from '../customer-apis/customer-api-repository';
import { splitLegalName } from '../customer-apis/names';
import { readStreetLine } from '../customer-apis/street-address';

/**
 * OBP's data as OpenWealth's JSON (Customer Management 1.2.1). Identifiers: a customer is identified by its customer
 * number at the bank (OBP's customer id, a 36-character UUID, exceeds the standard's 35); the customer's holder is the
 * person with the same identification; other persons are `P…`; an address is identified by its number (OBP's rowid).
 */
export type OpenWealthData = {
  obp: Repositories;
  customerApis: CustomerApiRepository;
  clients: ApiClientRepository;
};

type Json = Record<string, unknown>;

const clip = (value: string, maxLength: number) => Array.from(value).slice(0, maxLength).join('');
/** The object without its empty-string, undefined and empty-object/array members (the standard has them optional). */
function compact<T extends Json>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => {
      if (value === undefined || value === '' || value === null) return false;
      if (Array.isArray(value)) return value.length > 0;
      if (typeof value === 'object') return Object.keys(value).length > 0;
      return true;
    }),
  ) as T;
}

const CURRENCY_BY_BANK: Record<string, string> = { 'gh.29.uk': 'GBP', GENODEM1GLS: 'EUR' };
const LANGUAGE_BY_BANK: Record<string, string> = { 'gh.29.uk': 'English', GENODEM1GLS: 'German' };
const CIVIL_STATUS: Record<string, string> = { Single: 'unmarried', Married: 'married', Divorced: 'divorced', Widowed: 'widowed' };
const EMPLOYMENT: Record<string, string> = {
  Employed: 'employed',
  'Part-time employed': 'employed',
  'Self-employed': 'selfEmployed',
  Unemployed: 'unemployed',
  Retired: 'retired',
};
const isCountry = (value: string) => /^[A-Z]{2}$/.test(value);

export function createOpenWealthView({ obp, customerApis }: OpenWealthData) {
  const isDomicile = (address: NumberedAddress, details: AddressDetails, index: number) =>
    details.isDomicile ?? (address.tags.some((tag) => /^(home|domicile)$/i.test(tag)) || (index === 0 && !address.tags.length));
  const isMailing = (address: NumberedAddress, details: AddressDetails) => details.isMailingAddress ?? address.tags.some((tag) => /^mailing$/i.test(tag));

  const domicileCountry = (customer: CustomerRecord) => {
    const addresses = customerApis.addressesOf(customer.customerId);
    const domicile = addresses.find((address, index) => isDomicile(address, customerApis.addressDetailsOf(address.customerAddressId), index));
    return domicile && isCountry(domicile.countryCode) ? domicile.countryCode : undefined;
  };

  const holderNames = (customer: CustomerRecord) => {
    const profile = customerApis.profileOf(customer.customerId);
    const split = splitLegalName(customer.legalName);
    return { givenName: profile.givenName ?? split.givenName, lastName: profile.lastName ?? split.lastName };
  };

  function contactJson(detail: { id: string; medium: string; mediumType: string; content: string; additional: string }): Json {
    return compact({
      contactIdentification: detail.id,
      medium: detail.medium,
      contactMediumType: detail.mediumType,
      contactContent: clip(detail.content, 70),
      additionalContactInformation: clip(detail.additional, 70),
    });
  }
  const storedContactJson = (detail: ContactDetailRecord) =>
    contactJson({ id: `C${detail.id}`, medium: detail.medium, mediumType: detail.mediumType, content: detail.content, additional: detail.additionalInformation });

  /** The holder's contact details: OBP's mobile, email and social handles, then the ones added through OpenWealth. */
  function holderContactDetails(customer: CustomerRecord): Json[] {
    const details: Json[] = [];
    if (customer.mobilePhoneNumber) details.push(contactJson({ id: 'M', medium: 'phone', mediumType: 'private', content: customer.mobilePhoneNumber, additional: 'mobile' }));
    if (customer.email) details.push(contactJson({ id: 'E', medium: 'email', mediumType: 'private', content: customer.email, additional: '' }));
    for (const handle of customerApis.socialHandlesOf(customer.customerId)) {
      details.push(contactJson({ id: `S${handle.id}`, medium: 'socialMediaProfile', mediumType: 'private', content: handle.handle, additional: handle.type }));
    }
    for (const detail of customerApis.contactDetailsOf({ customerId: customer.customerId })) details.push(storedContactJson(detail));
    return details;
  }

  function customerJson(customer: CustomerRecord): Json {
    const profile = customerApis.profileOf(customer.customerId);
    const persons = [
      { personRelation: 'accountOwner', personIdentification: customer.customerNumber },
      ...customerApis.rolesOfCustomer(customer.customerId).map((role) => ({ personRelation: role.relation, personIdentification: role.personId })),
    ];
    return compact({
      customerIdentification: customer.customerNumber,
      name: clip(customer.legalName, 70),
      status: profile.status,
      referenceCurrency: profile.referenceCurrency || CURRENCY_BY_BANK[customer.bankId] || 'EUR',
      openingDate: customer.createdAt.slice(0, 10),
      personList: persons,
      addressList: customerApis.addressIdsOf(customer.customerId).map((addressIdentification) => ({ addressIdentification })),
    });
  }

  /** The customer's holder as a person: a natural person, or for a company customer the legal person. */
  function holderJson(customer: CustomerRecord): Json {
    const profile = customerApis.profileOf(customer.customerId);
    const taxDomicile = obp.taxResidences
      .ofCustomer(customer.customerId)
      .map((residence) => residence.domain)
      .filter((domain, index, all) => isCountry(domain) && all.indexOf(domain) === index);
    const details =
      profile.personType === 'legalPerson'
        ? {
            // legalForm and domicilaryCompany are required even when empty or false
            ...compact({ personType: 'legalPerson', organisationName: clip(profile.company || customer.legalName, 35), LEI: profile.lei }),
            legalForm: clip(profile.legalForm, 35),
            domicilaryCompany: profile.domiciliaryCompany,
          }
        : compact({
            personType: 'naturalPerson',
            givenName: clip(holderNames(customer).givenName, 35),
            lastName: clip(holderNames(customer).lastName, 35),
            title: clip(customer.title, 35),
            dates: customer.dateOfBirth ? [{ date: customer.dateOfBirth.slice(0, 10), dateType: 'birthDate' }] : [],
            civilStatus: CIVIL_STATUS[customer.relationshipStatus],
          });
    return compact({
      personIdentification: customer.customerNumber,
      personType: details.personType,
      customerList: [{ customerIdentification: customer.customerNumber }],
      fullName: clip(customer.legalName, 70),
      countryOfDomicile: domicileCountry(customer),
      language: LANGUAGE_BY_BANK[customer.bankId],
      contactInformation: holderContactDetails(customer),
      personDetails: details,
      taxDomicile,
    });
  }

  function otherPersonJson(person: PersonRecord): Json {
    const details =
      person.personType === 'legalPerson'
        ? { personType: 'legalPerson', organisationName: clip(person.organisationName, 35), legalForm: '', domicilaryCompany: false }
        : compact({
            personType: 'naturalPerson',
            givenName: clip(person.givenName, 35),
            lastName: clip(person.lastName, 35),
            title: clip(person.title, 35),
            dates: person.birthDate ? [{ date: person.birthDate, dateType: 'birthDate' }] : [],
            gender: person.gender,
            nationality: isCountry(person.nationality) ? [person.nationality] : [],
          });
    const fullName = person.personType === 'legalPerson' ? person.organisationName : [person.title, person.givenName, person.lastName].filter(Boolean).join(' ');
    return compact({
      personIdentification: person.personId,
      personType: person.personType,
      customerList: customerApis.customerNumbersOfPerson(person.personId).map((customerIdentification) => ({ customerIdentification })),
      fullName: clip(fullName, 70),
      countryOfDomicile: isCountry(person.countryOfDomicile) ? person.countryOfDomicile : undefined,
      language: person.language,
      contactInformation: customerApis.contactDetailsOf({ personId: person.personId }).map(storedContactJson),
      personDetails: details,
    });
  }

  function addressJson(customer: CustomerRecord, address: NumberedAddress): Json {
    const details = customerApis.addressDetailsOf(address.customerAddressId);
    const index = customerApis.addressIdsOf(customer.customerId).indexOf(address.id);
    const domicile = isDomicile(address, details, index);
    const mailing = isMailing(address, details);
    const { street, number } = readStreetLine(address.line1);
    const profile = customerApis.profileOf(customer.customerId);
    const names = holderNames(customer);
    const name =
      Object.keys(details.name).length > 0
        ? details.name
        : profile.personType === 'legalPerson'
          ? { organisationName: clip(profile.company || customer.legalName, 70) }
          : compact({ givenName: clip(names.givenName, 35), lastName: clip(names.lastName, 35), nameSuffix: clip(customer.nameSuffix, 35) });
    const salutation = Object.keys(details.salutation).length > 0 ? details.salutation : compact({ salutation: clip(customer.title, 35) });
    const country = isCountry(address.countryCode) ? address.countryCode : undefined;
    return compact({
      addressIdentification: address.id,
      addressName: clip(details.addressName, 70),
      isDomicile: domicile,
      isMailingAddress: mailing,
      mailingInstruction: clip(details.mailingInstruction, 35),
      dispatchType: details.dispatchType,
      language: clip(details.language, 35),
      postalAddress: {
        salutation,
        ...compact({ name }),
        physicalAddress: compact({
          careOf: clip(details.careOf, 35),
          toTheAttentionOf: clip(details.toTheAttentionOf, 35),
          streetName: clip(street, 35),
          buildingNumber: clip(number, 35),
          postBox: clip(details.postBox, 35),
          addressSuffix: clip([address.line2, address.line3].filter(Boolean).join(', '), 35),
          postCode: clip(address.postcode, 35),
          townName: clip(address.city, 35),
          countrySubDivision: clip(address.state || address.county, 35),
          country,
        }),
        isDomicile: domicile,
        isMailingAddress: mailing,
        postCode: clip(address.postcode, 35),
        townName: clip(address.city, 35),
        country,
      },
    });
  }

  function kycJson(customer: CustomerRecord): Json {
    const stored = customerApis.kycSituationsOf(customer.customerId);
    // OBP's columns win over stored values: an update through OBP shows here at once.
    const nonFinancialSituation = compact({
      ...stored.nonFinancialSituation,
      educationLevel: clip(customer.highestEducationAttained, 70) || stored.nonFinancialSituation.educationLevel,
      typeOfEmployment: EMPLOYMENT[customer.employmentStatus] ?? stored.nonFinancialSituation.typeOfEmployment,
    });
    return { customer: customerJson(customer), kyc: compact({ nonFinancialSituation, financialSituation: stored.financialSituation }) };
  }

  return { customerJson, holderJson, otherPersonJson, addressJson, kycJson, holderContactDetails, storedContactJson, contactJson };
}

export type OpenWealthView = ReturnType<typeof createOpenWealthView>;
