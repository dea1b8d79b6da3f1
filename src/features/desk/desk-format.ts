import type { DeskAddress, StructuredAddress } from '@/api/connectors/connector';

/** bankingservice.ai's address in reading order: `Damrak 58A`, building, postal code and locality, state, country. */
export function formatStructuredAddress(address: StructuredAddress): string {
  const street = [address.thoroughfare, address.premise === null ? '' : `${address.premise}${address.subPremise}`].filter((part) => part.trim() !== '').join(' ');
  const town = [address.postalCode, address.locality].filter((part) => part.trim() !== '').join(' ');
  return [street, address.building, town, address.state, address.country].filter((part) => part.trim() !== '').join(', ');
}

/** An OpenWealth address in reading order: `Bahnhofstrasse 42`, suffix, post code and town, subdivision, country. */
export function formatDeskAddress(address: DeskAddress): string {
  const street = [address.streetName, address.buildingNumber].filter((part) => part.trim() !== '').join(' ');
  const town = [address.postCode, address.townName].filter((part) => part.trim() !== '').join(' ');
  return [street, address.addressSuffix, town, address.countrySubDivision, address.country].filter((part) => part.trim() !== '').join(', ');
}

/** A backend's enumeration value in the user's language; a value the console has no words for shows as sent. */
export function enumLabel(t: (key: string) => string, key: string, value: string): string {
  const text = t(key);
  return text === key ? value : text;
}
