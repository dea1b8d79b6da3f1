import { describe, expect, it } from 'vitest';
import { addressFormSchema, addressFormValues, addressInput, contactFormSchema, customerFormSchema, customerFormValues, customerInput } from './desk-form-schemas';

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('desk forms', () => {
  it('an OpenWealth address needs post code, town and a two-letter country, as postalAddress requires', () => {
    expect(messages(addressFormSchema.safeParse(addressFormValues()))).toEqual({
      postCode: 'desk.validation.postCodeRequired',
      townName: 'desk.validation.townRequired',
      country: 'desk.validation.country',
    });
    const values = { ...addressFormValues(), postCode: '8001', townName: 'Zürich', country: 'ch', streetName: 'x'.repeat(36) };
    expect(messages(addressFormSchema.safeParse(values))).toEqual({ streetName: 'desk.validation.tooLong35' });
    expect(addressInput({ ...values, streetName: 'Bahnhofstrasse' }).country).toBe('CH');
  });

  it('a contact detail needs its content, at most 70 characters', () => {
    expect(messages(contactFormSchema.safeParse({ medium: 'email', mediumType: '', content: ' ', additionalInformation: '' }))).toEqual({ content: 'desk.validation.contentRequired' });
    expect(contactFormSchema.safeParse({ medium: 'fax', mediumType: 'business', content: '+41 44 000 00 00', additionalInformation: '' }).success).toBe(true);
    expect(contactFormSchema.safeParse({ medium: 'pager', mediumType: '', content: '1', additionalInformation: '' }).success).toBe(false);
  });

  it('a bankingservice.ai customer needs a company or a name; an address needs its country; premise is a whole number', () => {
    expect(messages(customerFormSchema.safeParse(customerFormValues()))).toEqual({ lastName: 'desk.validation.nameOrCompany' });
    const values = { ...customerFormValues(), company: 'Damrak Trading', premise: '58A', locality: 'Amsterdam', email: 'nope', phone: 'call me' };
    expect(messages(customerFormSchema.safeParse(values))).toEqual({
      premise: 'desk.validation.premise',
      country: 'desk.validation.country',
      email: 'desk.validation.email',
      phone: 'desk.validation.phone',
    });
  });

  it('sends an address only when one is given, premise as a number', () => {
    const person = { ...customerFormValues(), firstName: 'Jan', lastName: 'Jansen' };
    expect(customerInput(person).address).toBeNull();
    expect(customerInput({ ...person, thoroughfare: 'Damrak', premise: '58', subPremise: 'A', country: 'nl' }).address).toMatchObject({ premise: 58, subPremise: 'A', country: 'NL' });
  });

  it('starts an edit from the customer as read', () => {
    const values = customerFormValues({
      id: '1',
      name: 'Jan Jansen',
      company: undefined,
      email: 'jan@example.com',
      phone: undefined,
      created: undefined,
      status: undefined,
      firstName: 'Jan',
      lastName: 'Jansen',
      referenceCurrency: undefined,
      persons: [],
      addressIds: [],
      address: { premise: null, subPremise: '', building: '', postalCode: '1012', thoroughfare: 'Damrak', locality: 'Amsterdam', state: '', country: 'NL' },
    });
    expect(values).toMatchObject({ firstName: 'Jan', email: 'jan@example.com', phone: '', premise: '', thoroughfare: 'Damrak', country: 'NL' });
  });
});
