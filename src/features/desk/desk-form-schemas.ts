import * as z from 'zod/mini';
import type { DeskAddress, DeskAddressInput, DeskContactDetailInput, DeskCustomer, DeskCustomerInput } from '@/api/connectors/connector';
import { CONTACT_MEDIA } from '@/api/connectors/connector';

/** Messages are translation keys (`desk.validation.*`); limits are the specs' (OpenWealth maxLength, seed 002's body). */
const max = (limit: number, key: string) => z.refine<string>((value) => value.trim().length <= limit, key);
const required = (key: string) => z.refine<string>((value) => value.trim() !== '', key);
const country = z.string().check(z.refine((value) => /^[A-Za-z]{2}$/.test(value.trim()), 'desk.validation.country'));

// ---- OpenWealth address (postalAddress: post code, town and country required) ----
export const addressFormSchema = z.object({
  name: z.string().check(max(70, 'desk.validation.tooLong70')),
  streetName: z.string().check(max(35, 'desk.validation.tooLong35')),
  buildingNumber: z.string().check(max(35, 'desk.validation.tooLong35')),
  addressSuffix: z.string().check(max(35, 'desk.validation.tooLong35')),
  postCode: z.string().check(required('desk.validation.postCodeRequired'), max(35, 'desk.validation.tooLong35')),
  townName: z.string().check(required('desk.validation.townRequired'), max(35, 'desk.validation.tooLong35')),
  countrySubDivision: z.string().check(max(35, 'desk.validation.tooLong35')),
  country,
  isDomicile: z.boolean(),
  isMailingAddress: z.boolean(),
});
export type AddressFormValues = z.infer<typeof addressFormSchema>;

export const addressFormValues = (address?: DeskAddress): AddressFormValues => ({
  name: address?.name ?? '',
  streetName: address?.streetName ?? '',
  buildingNumber: address?.buildingNumber ?? '',
  addressSuffix: address?.addressSuffix ?? '',
  postCode: address?.postCode ?? '',
  townName: address?.townName ?? '',
  countrySubDivision: address?.countrySubDivision ?? '',
  country: address?.country ?? '',
  isDomicile: address?.isDomicile ?? false,
  isMailingAddress: address?.isMailingAddress ?? false,
});
export const addressInput = (values: AddressFormValues): DeskAddressInput => ({ ...values, country: values.country.trim().toUpperCase() });

// ---- OpenWealth contact details ----
export const contactFormSchema = z.object({
  medium: z.enum(CONTACT_MEDIA),
  mediumType: z.enum(['', 'private', 'business']),
  content: z.string().check(required('desk.validation.contentRequired'), max(70, 'desk.validation.tooLong70')),
  additionalInformation: z.string().check(max(70, 'desk.validation.tooLong70')),
});
export type ContactFormValues = z.infer<typeof contactFormSchema>;
export const emptyContactForm = (): ContactFormValues => ({ medium: 'email', mediumType: '', content: '', additionalInformation: '' });
export const contactInput = (values: ContactFormValues): DeskContactDetailInput => values;

// ---- bankingservice.ai customer ----
const isEmail = (value: string) => value.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
const isPhone = (value: string) => /^[+]?[0-9 ()-]{0,30}$/.test(value.trim());
const isPremise = (value: string) => value.trim() === '' || /^\d{1,9}$/.test(value.trim());

export const customerFormSchema = z
  .object({
    company: z.string().check(max(255, 'desk.validation.tooLong255')),
    firstName: z.string().check(max(100, 'desk.validation.tooLong100')),
    lastName: z.string().check(max(100, 'desk.validation.tooLong100')),
    email: z.string().check(z.refine(isEmail, 'desk.validation.email'), max(100, 'desk.validation.tooLong100')),
    phone: z.string().check(z.refine(isPhone, 'desk.validation.phone')),
    premise: z.string().check(z.refine(isPremise, 'desk.validation.premise')),
    subPremise: z.string().check(max(20, 'desk.validation.tooLong20')),
    building: z.string().check(max(100, 'desk.validation.tooLong100')),
    thoroughfare: z.string().check(max(100, 'desk.validation.tooLong100')),
    postalCode: z.string().check(max(20, 'desk.validation.tooLong20')),
    locality: z.string().check(max(100, 'desk.validation.tooLong100')),
    state: z.string().check(max(100, 'desk.validation.tooLong100')),
    country: z.string(),
  })
  .check(
    z.superRefine((values, context) => {
      if (values.company.trim() === '' && values.firstName.trim() === '' && values.lastName.trim() === '') {
        context.issues.push({ code: 'custom', message: 'desk.validation.nameOrCompany', path: ['lastName'], input: values.lastName });
      }
      const addressGiven = [values.premise, values.subPremise, values.building, values.thoroughfare, values.postalCode, values.locality, values.state, values.country].some(
        (value) => value.trim() !== '',
      );
      if (addressGiven && !/^[A-Z]{2}$/.test(values.country.trim().toUpperCase())) {
        context.issues.push({ code: 'custom', message: 'desk.validation.country', path: ['country'], input: values.country });
      }
    }),
  );
export type CustomerFormValues = z.infer<typeof customerFormSchema>;

export const customerFormValues = (customer?: DeskCustomer): CustomerFormValues => ({
  company: customer?.company ?? '',
  firstName: customer?.firstName ?? '',
  lastName: customer?.lastName ?? '',
  email: customer?.email ?? '',
  phone: customer?.phone ?? '',
  premise: customer?.address?.premise === null || customer?.address?.premise === undefined ? '' : String(customer.address.premise),
  subPremise: customer?.address?.subPremise ?? '',
  building: customer?.address?.building ?? '',
  thoroughfare: customer?.address?.thoroughfare ?? '',
  postalCode: customer?.address?.postalCode ?? '',
  locality: customer?.address?.locality ?? '',
  state: customer?.address?.state ?? '',
  country: customer?.address?.country ?? '',
});

/** The form as the connector's input; an address only when any of its fields is filled. */
export function customerInput(values: CustomerFormValues): DeskCustomerInput {
  const addressGiven = [values.premise, values.subPremise, values.building, values.thoroughfare, values.postalCode, values.locality, values.state, values.country].some(
    (value) => value.trim() !== '',
  );
  return {
    company: values.company,
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email,
    phone: values.phone,
    address: addressGiven
      ? {
          premise: values.premise.trim() === '' ? null : Number(values.premise.trim()),
          subPremise: values.subPremise,
          building: values.building,
          thoroughfare: values.thoroughfare,
          postalCode: values.postalCode,
          locality: values.locality,
          state: values.state,
          country: values.country.trim().toUpperCase(),
        }
      : null,
  };
}
