import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/*
 * Phone numbers as libphonenumber-js reads them (Google's libphonenumber rules, the "min" metadata: enough to tell a
 * valid number and format it, a fraction of the full metadata's size). Imported only by the forms and tabs that show
 * or take a phone number, so the sign-in and search routes never load it.
 *
 * A number written without a country code is read in the user's region (en-GB → United Kingdom, es-ES → Spain,
 * zh-CN → China); the console sends it in the international format, so every colleague reads it the same way.
 */

/** The region a number without a country code belongs to: the region of the formatting locale, else Great Britain. */
export function phoneRegion(locale: string): CountryCode {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return (region && /^[A-Z]{2}$/.test(region) ? region : 'GB') as CountryCode;
  } catch {
    return 'GB';
  }
}

/** The number in the international format ("+44 7972 444876"), or undefined when it is not a valid phone number. */
export function normalisedPhoneNumber(text: string, region: CountryCode): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || /\p{L}/u.test(trimmed.replace(/\s*(?:ext\.?|x)\s*\d+$/i, ''))) return undefined;
  const parsed = parsePhoneNumberFromString(trimmed, { defaultCountry: region, extract: false });
  return parsed?.isValid() ? parsed.formatInternational() : undefined;
}

export const isValidPhoneNumber = (text: string, region: CountryCode): boolean => normalisedPhoneNumber(text, region) !== undefined;

/** A stored number as people read it: the international format when it is a valid number, else exactly as stored. */
export function readablePhoneNumber(stored: string, region: CountryCode): string {
  return normalisedPhoneNumber(stored, region) ?? stored;
}

/** The E.164 form ("+447972444876") of a valid number, to tell two ways of writing one number apart from two numbers. */
export function phoneNumberKey(text: string, region: CountryCode): string | undefined {
  const parsed = parsePhoneNumberFromString(text.trim(), { defaultCountry: region, extract: false });
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * An OBP phone-search pattern that finds a number however it was stored ("+44 07972 444 876", "07972-444876"): its
 * national digits with `%` between them, so spaces, dashes, brackets and a trunk "0" may sit anywhere. The hits are
 * then compared by `phoneNumberKey`, so a number whose digits merely appear in that order is not taken for it.
 */
export function phoneLookupPattern(text: string, region: CountryCode): string | undefined {
  const parsed = parsePhoneNumberFromString(text.trim(), { defaultCountry: region, extract: false });
  if (!parsed?.isValid()) return undefined;
  return `%${parsed.nationalNumber.split('').join('%')}`;
}

export type { CountryCode };
