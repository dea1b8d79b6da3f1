import { describe, expect, it } from 'vitest';
import type { CustomerAddress } from '@/api/wire/addresses';
import { loadMessages } from '@/i18n/messages';
import { addressSummary, addressTitle } from './address-format';
import {
  ADDRESS_STATUSES,
  addressDraft,
  addressFormSchema,
  addressFormValues,
  addTags,
  emptyAddressForm,
  joinedTagsLength,
  removeTag,
  sortAddresses,
  type AddressFormValues,
} from './address-form-schema';

const address = (overrides: Partial<CustomerAddress> = {}): CustomerAddress => ({
  customerAddressId: 'a-1',
  customerId: 'c-1',
  line1: '10 Downing Street',
  line2: '',
  line3: '',
  city: 'London',
  county: '',
  state: '',
  postcode: 'SW1A 2AA',
  countryCode: 'GB',
  tags: ['home'],
  status: 'current',
  insertDate: '2026-01-05T10:00:00Z',
  ...overrides,
});

const valid = (overrides: Partial<AddressFormValues> = {}): AddressFormValues => ({
  ...emptyAddressForm(),
  line1: '1 High Street',
  city: 'Leeds',
  countryCode: 'GB',
  ...overrides,
});

const issues = (values: AddressFormValues) => {
  const result = addressFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('tags', () => {
  it('adds typed tags, splitting on commas, trimming, and never twice', () => {
    expect(addTags([], ' home ')).toEqual(['home']);
    expect(addTags(['home'], 'work, mailing ,,')).toEqual(['home', 'work', 'mailing']);
    expect(addTags(['home'], 'HOME')).toEqual(['home']);
    expect(addTags([], 'post   box')).toEqual(['post box']);
    expect(addTags(['home'], '   ')).toEqual(['home']);
    expect(removeTag(['home', 'work'], 'home')).toEqual(['work']);
  });

  it('counts the length OBP stores: the tags joined with commas', () => {
    expect(joinedTagsLength([])).toBe(0);
    expect(joinedTagsLength(['home'])).toBe(4);
    expect(joinedTagsLength(['home', 'work', 'mailing'])).toBe(17);
  });
});

describe('address form', () => {
  it('accepts a complete address', () => {
    expect(issues(valid())).toEqual({});
  });

  it('requires line 1, city, a real country code and a status', () => {
    expect(issues(valid({ line1: '  ', city: '', countryCode: 'UK', status: '' }))).toEqual({
      line1: 'addresses.validation.line1Required',
      city: 'addresses.validation.cityRequired',
      countryCode: 'addresses.validation.countryRequired',
      status: 'addresses.validation.statusRequired',
    });
  });

  it("mirrors OBP's columns: lines 255, postcode 20, status 20", () => {
    const long = 'x'.repeat(256);
    expect(issues(valid({ line1: long, line2: long, line3: long, city: long, county: long, state: long }))).toEqual({
      line1: 'addresses.validation.lineTooLong',
      line2: 'addresses.validation.lineTooLong',
      line3: 'addresses.validation.lineTooLong',
      city: 'addresses.validation.cityTooLong',
      county: 'addresses.validation.countyTooLong',
      state: 'addresses.validation.stateTooLong',
    });
    expect(issues(valid({ line1: 'x'.repeat(255), postcode: '12345678901234567890' }))).toEqual({});
    expect(issues(valid({ postcode: '123456789012345678901' }))).toEqual({ postcode: 'addresses.validation.postcodeTooLong' });
    expect(issues(valid({ status: 'x'.repeat(21) }))).toEqual({ status: 'addresses.validation.statusTooLong' });
  });

  it('refuses tags whose joined length passes 20 characters', () => {
    expect(issues(valid({ tags: ['home', 'work', 'mailing'] }))).toEqual({});
    expect(issues(valid({ tags: ['home', 'work', 'billing', 'x'] }))).toEqual({}); // 4+1+4+1+7+1+1 = 19
    expect(issues(valid({ tags: ['home', 'work', 'mailing', 'billing'] }))).toEqual({ tags: 'addresses.validation.tagsTooLong' });
    expect(issues(valid({ tags: ['a,b'] }))).toEqual({ tags: 'addresses.validation.tagInvalid' });
  });

  it('sends every field, empty optional ones as "", trimmed', () => {
    expect(addressDraft(valid({ line1: ' 1 High Street ', city: ' Leeds', tags: ['home'] }))).toEqual({
      line1: '1 High Street',
      line2: '',
      line3: '',
      city: 'Leeds',
      county: '',
      state: '',
      postcode: '',
      countryCode: 'GB',
      tags: ['home'],
      status: 'current',
    });
  });

  it('starts editing from the saved address, leaving a country that is not an ISO code unchosen', () => {
    expect(addressFormValues(address())).toMatchObject({ line1: '10 Downing Street', countryCode: 'GB', tags: ['home'] });
    expect(addressFormValues(address({ countryCode: 'UK', tags: [''] }))).toMatchObject({ countryCode: '', tags: [] });
  });

  it('has a message for every status it offers, in every language', async () => {
    for (const language of ['en', 'zh-CN', 'es'] as const) {
      const messages = await loadMessages(language, 'all');
      for (const status of ADDRESS_STATUSES) expect(messages[`addresses.statuses.${status}`], `${language} ${status}`).toBeTruthy();
    }
  });
});

describe('address display', () => {
  it('lists the newest first', () => {
    const older = address({ customerAddressId: 'old', insertDate: '2025-01-01T00:00:00Z' });
    const newer = address({ customerAddressId: 'new', insertDate: '2026-02-01T00:00:00Z' });
    const undated = address({ customerAddressId: 'undated', insertDate: undefined });
    expect(sortAddresses([older, undated, newer]).map((item) => item.customerAddressId)).toEqual(['new', 'old', 'undated']);
  });

  it('names an address on one line with the country in the language', () => {
    expect(addressSummary(address({ line2: 'Westminster' }), 'en')).toBe('10 Downing Street, Westminster, London SW1A 2AA, United Kingdom');
    expect(addressSummary(address(), 'zh-CN')).toBe('10 Downing Street, London SW1A 2AA, 英国');
    expect(addressTitle(address(), 'en')).toBe('10 Downing Street');
    expect(addressTitle(address({ line1: '' }), 'es')).toBe('London SW1A 2AA, Reino Unido');
  });
});
