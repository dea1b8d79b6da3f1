import { describe, expect, it } from 'vitest';
import { toCreateCustomerBody } from '@/api/bodies/customers';
import type { CountryCode } from '@/lib/phone-number';
import { AMOUNT_NEEDED, createCustomerSchema, createCustomerSchemaFor, INVALID_PHONE, CURRENCY_NEEDED, EMPTY_CUSTOMER, FACE_IMAGE_DATE_NEEDED, FACE_IMAGE_URL_NEEDED, FUTURE_DAY, INVALID_AMOUNT, INVALID_CURRENCY, INVALID_DAY, INVALID_EMAIL, INVALID_ID, newCustomer, NUMBER_SEPARATOR, RATING_NEEDED, REQUIRED, TOO_LONG, type CreateCustomerOutput, type CreateCustomerValues } from './create-customer-form-schema';
import { isCurrencyCode } from '@/lib/validation';
import { linkUserSchema } from './link-user-form-schema';

const minimal: CreateCustomerValues = { ...EMPTY_CUSTOMER, legalName: ' Ana Pérez ', mobilePhoneNumber: ' +34 600 123 456 ' };

/** What `useCreateCustomer` sends for the form's draft. */
const createCustomerBody = (values: CreateCustomerOutput, region?: CountryCode) => toCreateCustomerBody(newCustomer(values, region));

const problems = (values: CreateCustomerValues) => {
  const result = createCustomerSchema.safeParse(values);
  const byField: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) byField[issue.path.join('.')] ??= issue.message;
  return byField;
};

describe('the create-customer body', () => {
  it('sends only the two required fields when nothing else is filled in', () => {
    expect(createCustomerBody(createCustomerSchema.parse(minimal))).toEqual({
      legal_name: 'Ana Pérez',
      mobile_phone_number: '+34 600 12 34 56',
    });
  });

  it('requires the legal name and the mobile phone number', () => {
    expect(problems(EMPTY_CUSTOMER)).toMatchObject({ legalName: REQUIRED, mobilePhoneNumber: REQUIRED });
  });

  it('refuses what is no phone number, and saves a national one in the international format of the region', () => {
    expect(problems({ ...minimal, mobilePhoneNumber: 'abc' })).toMatchObject({ mobilePhoneNumber: INVALID_PHONE });
    expect(problems({ ...minimal, mobilePhoneNumber: 'not a phone ☎️ 电话' })).toMatchObject({ mobilePhoneNumber: INVALID_PHONE });
    const spanish = createCustomerSchemaFor('ES').parse({ ...minimal, mobilePhoneNumber: '612 345 678' });
    expect(createCustomerBody(spanish, 'ES').mobile_phone_number).toBe('+34 612 34 56 78');
  });

  it('sends every filled field in OBP’s shapes, with dates as yyyy-MM-ddTHH:mm:ssZ', () => {
    const values: CreateCustomerValues = {
      ...minimal,
      customerNumber: 'N-1',
      email: 'ana@example.com',
      title: 'Sra.',
      nameSuffix: 'Jr.',
      dateOfBirth: '1985-03-04',
      relationshipStatus: 'married',
      dependants: [{ dateOfBirth: '2015-01-02' }, { dateOfBirth: '2018-06-30' }],
      highestEducationAttained: 'Master',
      employmentStatus: 'employed',
      branchId: 'MAD-01',
      kycStatus: true,
      lastOkDate: '2024-05-06',
      faceImageUrl: 'https://example.com/ana.png',
      faceImageDate: '2024-05-06',
      creditRating: 'AA',
      creditSource: 'Equifax',
      creditLimitCurrency: 'eur',
      creditLimitAmount: '2500.50',
    };
    expect(createCustomerBody(createCustomerSchema.parse(values))).toEqual({
      legal_name: 'Ana Pérez',
      mobile_phone_number: '+34 600 12 34 56',
      customer_number: 'N-1',
      email: 'ana@example.com',
      title: 'Sra.',
      name_suffix: 'Jr.',
      date_of_birth: '1985-03-04T00:00:00Z',
      relationship_status: 'married',
      dependants: 2,
      dob_of_dependants: ['2015-01-02T00:00:00Z', '2018-06-30T00:00:00Z'],
      highest_education_attained: 'Master',
      employment_status: 'employed',
      branch_id: 'MAD-01',
      kyc_status: true,
      last_ok_date: '2024-05-06T00:00:00Z',
      face_image: { url: 'https://example.com/ana.png', date: '2024-05-06T00:00:00Z' },
      credit_rating: { rating: 'AA', source: 'Equifax' },
      credit_limit: { currency: 'EUR', amount: '2500.50' },
    });
  });

  it('keeps the dependants count equal to their dates of birth, each of which is required (OBP-10020)', () => {
    const values = { ...minimal, dependants: [{ dateOfBirth: '2015-01-02' }, { dateOfBirth: '' }] };
    expect(problems(values)).toEqual({ 'dependants.1.dateOfBirth': REQUIRED });
    const body = createCustomerBody(createCustomerSchema.parse({ ...values, dependants: [{ dateOfBirth: '2015-01-02' }] }));
    expect(body.dependants).toBe(body.dob_of_dependants?.length);
  });

  it('mirrors OBP’s column limits and the POST id check on branch_id', () => {
    expect(problems({ ...minimal, relationshipStatus: 'x'.repeat(17) })).toEqual({ relationshipStatus: `${TOO_LONG}:16` });
    expect(problems({ ...minimal, highestEducationAttained: 'x'.repeat(33) })).toEqual({ highestEducationAttained: `${TOO_LONG}:32` });
    expect(problems({ ...minimal, employmentStatus: 'x'.repeat(33) })).toEqual({ employmentStatus: `${TOO_LONG}:32` });
    expect(problems({ ...minimal, legalName: 'x'.repeat(256) })).toEqual({ legalName: `${TOO_LONG}:255` });
    expect(problems({ ...minimal, customerNumber: 'x'.repeat(51) })).toEqual({ customerNumber: `${TOO_LONG}:50` });
    expect(problems({ ...minimal, customerNumber: 'a::::b' })).toEqual({ customerNumber: NUMBER_SEPARATOR });
    expect(problems({ ...minimal, branchId: 'x'.repeat(37) })).toEqual({ branchId: `${TOO_LONG}:36` });
    expect(problems({ ...minimal, branchId: 'Main branch' })).toEqual({ branchId: INVALID_ID });
    expect(problems({ ...minimal, email: 'nope' })).toEqual({ email: INVALID_EMAIL });
  });

  it('checks dates', () => {
    expect(problems({ ...minimal, dateOfBirth: '2023-02-29' })).toEqual({ dateOfBirth: INVALID_DAY });
    expect(problems({ ...minimal, dateOfBirth: '2999-01-01' })).toEqual({ dateOfBirth: FUTURE_DAY });
  });

  it('sends a face image and a credit limit only whole', () => {
    expect(problems({ ...minimal, faceImageUrl: 'https://example.com/a.png' })).toEqual({ faceImageDate: FACE_IMAGE_DATE_NEEDED });
    expect(problems({ ...minimal, faceImageDate: '2024-01-01' })).toEqual({ faceImageUrl: FACE_IMAGE_URL_NEEDED });
    expect(problems({ ...minimal, creditLimitAmount: '100' })).toEqual({ creditLimitCurrency: CURRENCY_NEEDED });
    expect(problems({ ...minimal, creditLimitCurrency: 'GBP' })).toEqual({ creditLimitAmount: AMOUNT_NEEDED });
    expect(problems({ ...minimal, creditSource: 'Experian' })).toEqual({ creditRating: RATING_NEEDED });
    expect(problems({ ...minimal, creditLimitCurrency: 'EU', creditLimitAmount: '1' })).toEqual({ creditLimitCurrency: INVALID_CURRENCY });
    expect(problems({ ...minimal, creditLimitCurrency: 'EUR', creditLimitAmount: '1,000' })).toEqual({ creditLimitAmount: INVALID_AMOUNT });
    // A rating alone is sent with an empty source: OBP's object needs both strings.
    expect(createCustomerBody(createCustomerSchema.parse({ ...minimal, creditRating: 'A' })).credit_rating).toEqual({ rating: 'A', source: '' });
  });

  it('knows ISO 4217 codes', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('GBP')).toBe(true);
    expect(isCurrencyCode('ZZZ')).toBe(false);
    expect(isCurrencyCode('eur')).toBe(false);
  });
});

describe('linking a user', () => {
  it('checks the user id as OBP checks id fields', () => {
    expect(linkUserSchema.parse({ userId: ' 9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1 ' })).toEqual({
      userId: '9ca9a7e4-6d02-40e3-a129-0b2bf89de9b1',
    });
    expect(linkUserSchema.safeParse({ userId: '' }).error?.issues[0]?.message).toBe(REQUIRED);
    expect(linkUserSchema.safeParse({ userId: 'x'.repeat(37) }).error?.issues[0]?.message).toBe(`${TOO_LONG}:36`);
    expect(linkUserSchema.safeParse({ userId: 'manager@bank' }).error?.issues[0]?.message).toBe(INVALID_ID);
  });
});
