import type { CustomerAddress } from '@/api/wire/addresses';
import { countryName } from '@/lib/countries';

/** The address on one line, the way staff read it aloud: lines, city and postcode, then the country's name. */
export function addressSummary(address: CustomerAddress, language: string): string {
  const cityLine = [address.city, address.postcode].map((part) => part.trim()).filter(Boolean).join(' ');
  return [address.line1, address.line2, address.line3, cityLine, countryName(address.countryCode, language)]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ');
}

/** What names an address in its heading and buttons: its first line, else the whole summary. */
export function addressTitle(address: CustomerAddress, language: string): string {
  return address.line1.trim() || addressSummary(address, language);
}
