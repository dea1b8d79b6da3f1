import * as z from 'zod/mini';
import { ADDRESS_FIELD_LIMITS, type AddressDraft } from '@/api/drafts/addresses';
import type { CustomerAddress } from '@/api/wire/addresses';
import { isCountryCode } from '@/lib/countries';

/** Statuses the console offers; OBP's status is free text, so an address may carry another one, kept as it is. */
export const ADDRESS_STATUSES = ['current', 'previous', 'unverified'] as const;
export type AddressStatus = (typeof ADDRESS_STATUSES)[number];
export const isAddressStatus = (value: string): value is AddressStatus => (ADDRESS_STATUSES as readonly string[]).includes(value);

/** Tags most addresses need; OBP's own test uses "mailing" and "home". */
export const SUGGESTED_TAGS = ['home', 'work', 'mailing', 'billing'] as const;

/** OBP stores tags joined with "," and splits them back on ",": this is the length its 20-character column sees. */
export const joinedTagsLength = (tags: readonly string[]): number => tags.join(',').length;

/**
 * Adds what the user typed to the tags: a comma separates tags (it could not survive OBP's join and split anyway),
 * blanks are dropped, and a tag already there (in any case) is not added twice.
 */
export function addTags(tags: readonly string[], typed: string): string[] {
  const next = [...tags];
  for (const piece of typed.split(',')) {
    const tag = piece.trim().replace(/\s+/g, ' ');
    if (tag !== '' && !next.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) next.push(tag);
  }
  return next;
}

export const removeTag = (tags: readonly string[], tag: string): string[] => tags.filter((existing) => existing !== tag);

const text = (max: number, tooLong: string) => z.string().check(z.refine((value) => value.trim().length <= max, tooLong));
const requiredText = (max: number, required: string, tooLong: string) =>
  z.string().check(
    z.refine((value) => value.trim() !== '', required),
    z.refine((value) => value.trim().length <= max, tooLong),
  );

/** The add and edit form: OBP's column limits (contract §2.10) are checked here, before anything is sent. */
export const addressFormSchema = z.object({
  line1: requiredText(ADDRESS_FIELD_LIMITS.line, 'addresses.validation.line1Required', 'addresses.validation.lineTooLong'),
  line2: text(ADDRESS_FIELD_LIMITS.line, 'addresses.validation.lineTooLong'),
  line3: text(ADDRESS_FIELD_LIMITS.line, 'addresses.validation.lineTooLong'),
  city: requiredText(ADDRESS_FIELD_LIMITS.city, 'addresses.validation.cityRequired', 'addresses.validation.cityTooLong'),
  county: text(ADDRESS_FIELD_LIMITS.county, 'addresses.validation.countyTooLong'),
  state: text(ADDRESS_FIELD_LIMITS.state, 'addresses.validation.stateTooLong'),
  postcode: text(ADDRESS_FIELD_LIMITS.postcode, 'addresses.validation.postcodeTooLong'),
  countryCode: z.string().check(z.refine((value) => isCountryCode(value), 'addresses.validation.countryRequired')),
  tags: z.array(z.string()).check(
    z.refine((tags) => tags.every((tag) => tag.trim() !== '' && !tag.includes(',')), 'addresses.validation.tagInvalid'),
    z.refine((tags) => joinedTagsLength(tags) <= ADDRESS_FIELD_LIMITS.tagsJoined, 'addresses.validation.tagsTooLong'),
  ),
  status: requiredText(ADDRESS_FIELD_LIMITS.status, 'addresses.validation.statusRequired', 'addresses.validation.statusTooLong'),
});
export type AddressFormValues = z.input<typeof addressFormSchema>;

export const emptyAddressForm = (): AddressFormValues => ({
  line1: '',
  line2: '',
  line3: '',
  city: '',
  county: '',
  state: '',
  postcode: '',
  countryCode: '',
  tags: [],
  status: 'current',
});

/** An address as form values; a saved country that is not an ISO code starts unchosen, so it must be picked. */
export const addressFormValues = (address: CustomerAddress): AddressFormValues => ({
  line1: address.line1,
  line2: address.line2,
  line3: address.line3,
  city: address.city,
  county: address.county,
  state: address.state,
  postcode: address.postcode,
  countryCode: isCountryCode(address.countryCode) ? address.countryCode : '',
  tags: address.tags.filter((tag) => tag !== ''),
  status: address.status,
});

/** What the form hands to the address hooks, trimmed: every field, so an empty line travels as "". */
export const addressDraft = (values: AddressFormValues): AddressDraft => ({
  line1: values.line1.trim(),
  line2: values.line2.trim(),
  line3: values.line3.trim(),
  city: values.city.trim(),
  county: values.county.trim(),
  state: values.state.trim(),
  postcode: values.postcode.trim(),
  countryCode: values.countryCode,
  tags: values.tags.map((tag) => tag.trim()),
  status: values.status.trim(),
});

/** Newest first; OBP returns addresses in no particular order. */
export function sortAddresses(addresses: readonly CustomerAddress[]): CustomerAddress[] {
  return [...addresses].sort((left, right) => (right.insertDate ?? '').localeCompare(left.insertDate ?? ''));
}

