/**
 * JSON Schemas of the request bodies the sandbox accepts, transcribed from OpenWealth Customer Management 1.2.1
 * (components `contactDetails`, `addressNew`, `address`, `postalAddress`); Fastify validates with them (Ajv). The
 * responses are checked against the published document itself in the tests (openwealth-spec.test.ts).
 */
const country = { type: 'string', pattern: '^[A-Z]{2}$' } as const;
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;

export const CONTACT_DETAILS_SCHEMA = {
  type: 'object',
  required: ['medium', 'contactContent'],
  properties: {
    contactIdentification: { type: 'string', maxLength: 35, readOnly: true },
    medium: { type: 'string', enum: ['email', 'phone', 'fax', 'website', 'socialMediaProfile'] },
    contactMediumType: { type: 'string', enum: ['private', 'business'] },
    contactContent: { type: 'string', minLength: 1, maxLength: 70 },
    additionalContactInformation: text(70),
  },
} as const;

/**
 * postalAddress as the standard writes it: `isDomicile`, `isMailingAddress`, `postCode`, `townName` and `country`
 * are required at this level although its properties only define them inside `physicalAddress` (and the address).
 */
export const POSTAL_ADDRESS_SCHEMA = {
  type: 'object',
  required: ['salutation', 'isDomicile', 'isMailingAddress', 'postCode', 'townName', 'country'],
  properties: {
    salutation: {
      type: 'object',
      properties: { receptionRestriction: text(35), salutation: text(35), title: text(35), overrideSalutation: text(35) },
    },
    name: {
      type: 'object',
      properties: { organisationName: text(70), givenName: text(35), middleName: text(35), lastName: text(35), nameSuffix: text(35) },
    },
    physicalAddress: {
      type: 'object',
      properties: {
        careOf: text(35),
        toTheAttentionOf: text(35),
        streetName: text(35),
        buildingNumber: text(35),
        postBox: text(35),
        addressSuffix: text(35),
        postCode: text(35),
        townName: text(35),
        countrySubDivision: text(35),
        country,
      },
    },
    isDomicile: { type: 'boolean' },
    isMailingAddress: { type: 'boolean' },
    postCode: { type: 'string', minLength: 1, maxLength: 35 },
    townName: { type: 'string', minLength: 1, maxLength: 35 },
    country,
  },
} as const;

export const ADDRESS_NEW_SCHEMA = {
  type: 'object',
  // The standard makes nothing required; an address without its postal part would have nothing to store.
  required: ['postalAddress'],
  properties: { addressName: text(70), mailingInstruction: text(35), postalAddress: POSTAL_ADDRESS_SCHEMA },
} as const;

export const ADDRESS_SCHEMA = {
  type: 'object',
  required: ['addressIdentification', 'dispatchType'],
  properties: {
    addressIdentification: { type: 'number' },
    addressName: text(70),
    isDomicile: { type: 'boolean' },
    isMailingAddress: { type: 'boolean' },
    mailingInstruction: text(35),
    dispatchType: { type: 'string', enum: ['postal', 'electronical', 'other'] },
    language: text(35),
    postalAddress: POSTAL_ADDRESS_SCHEMA,
  },
} as const;
