import * as z from 'zod/mini';

/**
 * OpenWealth Customer Management 1.2.1 as the console reads it: tolerant of what a real bLink module sends (members
 * absent or null, numbers as strings, extra members), strict about nothing it does not need. Identifiers are kept as
 * strings whatever their wire type (the standard types `addressIdentification` as a number in one place and a string
 * in another).
 */
const text = z.optional(z.nullable(z.string()));
const identifier = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value) => String(value)),
);

export const openWealthCustomer = z.looseObject({
  customerIdentification: identifier,
  externalReference: text,
  name: text,
  status: text,
  referenceCurrency: text,
  openingDate: text,
  personList: z.optional(z.nullable(z.array(z.looseObject({ personRelation: text, personIdentification: z.optional(z.nullable(identifier)) })))),
  addressList: z.optional(z.nullable(z.array(z.looseObject({ addressIdentification: z.optional(z.nullable(identifier)) })))),
});
export type OpenWealthCustomer = z.infer<typeof openWealthCustomer>;
export const openWealthCustomerList = z.array(openWealthCustomer);

export const openWealthContactDetails = z.looseObject({
  contactIdentification: z.optional(z.nullable(identifier)),
  medium: z.string(),
  contactMediumType: text,
  contactContent: z.string(),
  additionalContactInformation: text,
});
export type OpenWealthContactDetails = z.infer<typeof openWealthContactDetails>;
export const openWealthContactDetailsList = z.array(openWealthContactDetails);

export const openWealthPerson = z.looseObject({
  personIdentification: identifier,
  fullName: text,
  countryOfDomicile: text,
  language: text,
  contactInformation: z.optional(z.nullable(z.array(openWealthContactDetails))),
  personDetails: z.optional(
    z.nullable(
      z.looseObject({
        personType: text,
        givenName: text,
        lastName: text,
        organisationName: text,
        nationality: z.optional(z.nullable(z.array(z.string()))),
        dates: z.optional(z.nullable(z.array(z.looseObject({ date: text, dateType: text })))),
      }),
    ),
  ),
});
export type OpenWealthPerson = z.infer<typeof openWealthPerson>;

const physicalAddress = z.looseObject({
  streetName: text,
  buildingNumber: text,
  addressSuffix: text,
  postCode: text,
  townName: text,
  countrySubDivision: text,
  country: text,
});
export const openWealthAddress = z.looseObject({
  addressIdentification: identifier,
  addressName: text,
  isDomicile: z.optional(z.nullable(z.boolean())),
  isMailingAddress: z.optional(z.nullable(z.boolean())),
  mailingInstruction: text,
  dispatchType: text,
  language: text,
  postalAddress: z.optional(
    z.nullable(
      z.looseObject({
        isDomicile: z.optional(z.nullable(z.boolean())),
        isMailingAddress: z.optional(z.nullable(z.boolean())),
        postCode: text,
        townName: text,
        country: text,
        physicalAddress: z.optional(z.nullable(physicalAddress)),
      }),
    ),
  ),
});
export type OpenWealthAddress = z.infer<typeof openWealthAddress>;

export const openWealthAddressCreated = z.looseObject({ addressIdentification: z.optional(z.nullable(identifier)) });

const amount = z.optional(z.nullable(z.looseObject({ currency: text, amount: z.optional(z.nullable(identifier)) })));
export const openWealthKyc = z.looseObject({
  customer: z.optional(z.nullable(openWealthCustomer)),
  kyc: z.optional(
    z.nullable(
      z.looseObject({
        nonFinancialSituation: z.optional(
          z.nullable(
            z.looseObject({
              profession: text,
              employingCompany: text,
              educationLevel: text,
              function: text,
              typeOfEmployment: text,
              riskDomicile: text,
              sector: text,
            }),
          ),
        ),
        financialSituation: z.optional(
          z.nullable(
            z.looseObject({
              incomeCurrentPeriod: amount,
              sourceOfIncome: text,
              annualTurnover: amount,
              monetaryWealth: amount,
              sourceOfWealth: z.optional(z.nullable(z.array(z.looseObject({ sourceOfWealth: text, currency: text, amount: z.optional(z.nullable(identifier)), dateOfReceipt: text })))),
              priorBank: z.optional(z.nullable(z.looseObject({ namePriorBank: text, domicilePriorBank: text }))),
            }),
          ),
        ),
      }),
    ),
  ),
});
export type OpenWealthKyc = z.infer<typeof openWealthKyc>;

export const openWealthHealth = z.looseObject({ backend: z.string(), status: z.enum(['up', 'down']), checked_at: z.string(), backend_status: text });
