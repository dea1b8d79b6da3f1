/** Given and last name of a legal name without a stored split: the last word is the last name; in CJK names without
 * a space, the first character is the family name (the seed writes Chinese names family first). */
export function splitLegalName(legalName: string): { givenName: string; lastName: string } {
  const name = legalName.trim();
  const space = name.lastIndexOf(' ');
  if (space > 0) return { givenName: name.slice(0, space).trim(), lastName: name.slice(space + 1) };
  if (/^\p{Script=Han}{2,}$/u.test(name)) {
    const [family, ...given] = Array.from(name);
    return { givenName: given.join(''), lastName: family! };
  }
  return { givenName: '', lastName: name };
}

/** The legal name OBP shows for given and last name (CJK names family first, without a space). */
export function joinLegalName(givenName: string, lastName: string): string {
  const given = givenName.trim();
  const last = lastName.trim();
  if (/^\p{Script=Han}+$/u.test(`${given}${last}`)) return `${last}${given}`;
  return [given, last].filter((part) => part !== '').join(' ');
}
