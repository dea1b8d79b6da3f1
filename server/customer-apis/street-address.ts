/**
 * OBP keeps an address as free lines; OpenWealth and bankingservice.ai want the street and the building number
 * apart. The first line is read as "Street 12a" or "12a Street"; both APIs write it back as "Street 12a", which reads
 * back the same. A first line without a number is all street.
 */
export type StreetAndNumber = { street: string; number: string };

const NUMBER_LAST = /^(.*\D)\s+(\d+\s?[A-Za-z]?)$/u;
const NUMBER_FIRST = /^(\d+\s?[A-Za-z]?),?\s+(\D.*)$/u;

export function readStreetLine(line: string): StreetAndNumber {
  const trimmed = line.trim();
  const last = NUMBER_LAST.exec(trimmed);
  if (last) return { street: last[1]!.trim().replace(/,$/, ''), number: last[2]!.replace(/\s/g, '') };
  const first = NUMBER_FIRST.exec(trimmed);
  if (first) return { street: first[2]!.trim(), number: first[1]!.replace(/\s/g, '') };
  return { street: trimmed, number: '' };
}

export function writeStreetLine({ street, number }: StreetAndNumber): string {
  return [street.trim(), number.trim()].filter((part) => part !== '').join(' ');
}
