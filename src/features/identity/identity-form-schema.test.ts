import { describe, expect, it } from 'vitest';
import type { Customer } from '@/api/wire/customers';
import { branchSchema, dataDraft, dataDefaults, dataSchema, dependantsMismatch, emailSchema, FUTURE_DAY, identityDraft, identityDefaults, identitySchema, INVALID_COUNT, INVALID_DAY, INVALID_EMAIL, INVALID_URL, mobileSchema, EMAIL_CLEAR_EXPLICITLY, INVALID_PHONE, mobileDraft, NUMBER_SEPARATOR, NUMBER_UNCHANGED, numberSchema, REQUIRED, TOO_LONG } from './identity-form-schema';
import { fieldMessage, isRealDay, today } from '@/lib/validation';

const customer: Customer = {
  bankId: 'gh.29.uk',
  customerId: 'c-1',
  customerNumber: '5987953',
  legalName: 'Eveline Tripman',
  mobilePhoneNumber: '+44 07972 444 876',
  email: 'eveline@example.com',
  faceImage: { url: 'https://example.com/eveline.png', date: '2017-09-19T10:30:00Z' },
  dateOfBirth: '1990-02-28T00:00:00Z',
  relationshipStatus: 'married',
  dependants: 2,
  dobOfDependants: ['2015-01-01T00:00:00Z', '2018-06-30T00:00:00Z'],
  creditRating: { rating: 'OBP', source: 'OBP' },
  creditLimit: { currency: 'EUR', amount: '10000' },
  highestEducationAttained: 'Master',
  employmentStatus: 'worker',
  kycStatus: true,
  lastOkDate: '2017-09-19T00:00:00Z',
  title: 'Dr.',
  branchId: 'DERBY6',
  nameSuffix: 'Sr.',
  customerAttributes: [],
};

const firstMessage = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }, field: string) =>
  result.error?.issues.find((issue) => issue.path[0] === field)?.message;

describe('identity edit schemas', () => {
  it('trims values and mirrors OBP’s column limits', () => {
    expect(emailSchema.parse({ email: '  a@b.co  ' })).toEqual({ email: 'a@b.co' });
    expect(firstMessage(emailSchema.safeParse({ email: `${'a'.repeat(195)}@b.com` }), 'email')).toBe(`${TOO_LONG}:200`);
    expect(firstMessage(emailSchema.safeParse({ email: 'not an address' }), 'email')).toBe(INVALID_EMAIL);
    // An emptied field never clears the email: that is the confirmed "Clear email" action, which sends "" itself.
    expect(firstMessage(emailSchema.safeParse({ email: '  ' }), 'email')).toBe(EMAIL_CLEAR_EXPLICITLY);
    expect(firstMessage(mobileSchema.safeParse({ mobilePhoneNumber: 'not a phone ☎️ 电话' }), 'mobilePhoneNumber')).toBe(INVALID_PHONE);
    expect(mobileDraft(mobileSchema.parse({ mobilePhoneNumber: '07972 444876' }))).toEqual({ mobilePhoneNumber: '+44 7972 444876' });
    expect(firstMessage(mobileSchema.safeParse({ mobilePhoneNumber: '   ' }), 'mobilePhoneNumber')).toBe(REQUIRED);
    expect(firstMessage(mobileSchema.safeParse({ mobilePhoneNumber: '1'.repeat(51) }), 'mobilePhoneNumber')).toBe(`${TOO_LONG}:50`);
    expect(firstMessage(branchSchema.safeParse({ branchId: 'x'.repeat(256) }), 'branchId')).toBe(`${TOO_LONG}:255`);
  });

  it('never sends the customer’s own number, which OBP would refuse', () => {
    const schema = numberSchema('5987953');
    expect(firstMessage(schema.safeParse({ customerNumber: ' 5987953 ' }), 'customerNumber')).toBe(NUMBER_UNCHANGED);
    expect(firstMessage(schema.safeParse({ customerNumber: 'a::::b' }), 'customerNumber')).toBe(NUMBER_SEPARATOR);
    expect(schema.parse({ customerNumber: ' 5987954 ' })).toEqual({ customerNumber: '5987954' });
  });

  it('needs a real date of birth that is not in the future, and sends it as an OBP date', () => {
    const values = identityDefaults(customer);
    expect(values.dateOfBirth).toBe('1990-02-28');
    expect(identityDraft(identitySchema.parse(values))).toEqual({
      legalName: 'Eveline Tripman',
      dateOfBirth: '1990-02-28T00:00:00Z',
      title: 'Dr.',
      nameSuffix: 'Sr.',
    });
    expect(firstMessage(identitySchema.safeParse({ ...values, dateOfBirth: '' }), 'dateOfBirth')).toBe(REQUIRED);
    expect(firstMessage(identitySchema.safeParse({ ...values, dateOfBirth: '1990-02-30' }), 'dateOfBirth')).toBe(INVALID_DAY);
    expect(firstMessage(identitySchema.safeParse({ ...values, dateOfBirth: '2999-01-01' }), 'dateOfBirth')).toBe(FUTURE_DAY);
    expect(firstMessage(identitySchema.safeParse({ ...values, legalName: '' }), 'legalName')).toBe(REQUIRED);
  });

  it('keeps the stored face image instant when its day is unchanged', () => {
    const values = dataSchema.parse(dataDefaults(customer));
    expect(dataDraft(values, customer.faceImage.date)).toEqual({
      faceImage: { url: 'https://example.com/eveline.png', date: '2017-09-19T10:30:00Z' },
      relationshipStatus: 'married',
      dependants: 2,
      highestEducationAttained: 'Master',
      employmentStatus: 'worker',
    });
    expect(dataDraft({ ...values, faceImageDate: '2020-01-02' }, customer.faceImage.date).faceImage.date).toBe('2020-01-02T00:00:00Z');
  });

  it('offers today as the face image date when none is recorded, since OBP needs one', () => {
    const bare = { ...customer, faceImage: { url: '', date: undefined } };
    expect(dataDefaults(bare, '2026-11-23').faceImageDate).toBe('2026-11-23');
    expect(dataDraft(dataSchema.parse(dataDefaults(bare, '2026-11-23')), undefined).faceImage).toEqual({ url: '', date: '2026-11-23T00:00:00Z' });
  });

  it('checks the other data against OBP’s limits', () => {
    const values = dataDefaults(customer);
    expect(firstMessage(dataSchema.safeParse({ ...values, relationshipStatus: 'x'.repeat(17) }), 'relationshipStatus')).toBe(`${TOO_LONG}:16`);
    expect(firstMessage(dataSchema.safeParse({ ...values, highestEducationAttained: 'x'.repeat(33) }), 'highestEducationAttained')).toBe(
      `${TOO_LONG}:32`,
    );
    expect(firstMessage(dataSchema.safeParse({ ...values, employmentStatus: 'x'.repeat(33) }), 'employmentStatus')).toBe(`${TOO_LONG}:32`);
    expect(firstMessage(dataSchema.safeParse({ ...values, dependants: '-1' }), 'dependants')).toBe(INVALID_COUNT);
    expect(firstMessage(dataSchema.safeParse({ ...values, dependants: '1.5' }), 'dependants')).toBe(INVALID_COUNT);
    expect(firstMessage(dataSchema.safeParse({ ...values, faceImageUrl: 'javascript:alert(1)' }), 'faceImageUrl')).toBe(INVALID_URL);
  });

  it('warns when the dependants count would no longer match the recorded dates', () => {
    expect(dependantsMismatch('2', 2)).toBeUndefined();
    expect(dependantsMismatch('3', 2)).toEqual({ count: 3, dates: 2 });
    expect(dependantsMismatch('', 2)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('knows real calendar days', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2023-02-29')).toBe(false);
    expect(isRealDay('29/02/2024')).toBe(false);
  });

  it('takes today from the user’s own calendar', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('turns a schema message into text, with the limit where there is one', () => {
    const t = (key: string, params?: Record<string, string | number>) => `${key}${params ? JSON.stringify(params) : ''}`;
    expect(fieldMessage(t, `${TOO_LONG}:16`)).toBe(`${TOO_LONG}{"max":16}`);
    expect(fieldMessage(t, REQUIRED)).toBe(REQUIRED);
    expect(fieldMessage(t, undefined)).toBeUndefined();
  });
});
