import type { CustomerAddressFields } from '../repositories/customer-address-repository';
import type { SeededRandom } from './seeded-random';

/**
 * Addresses, tax numbers and identity documents as they look in each country the seeded customers live in. Street
 * and city names are real; house numbers, postcodes' last characters and every number are random.
 */
export type Country = 'GB' | 'DE' | 'FR' | 'ES' | 'US' | 'CN';

type City = { city: string; county: string; state: string; postcode: (random: SeededRandom) => string };

const letters = (random: SeededRandom, alphabet: string, count: number) =>
  Array.from({ length: count }, () => alphabet[random.integer(0, alphabet.length - 1)]).join('');
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Letters a UK postcode's inward code never uses. */
const INWARD = 'ABDEFGHJLNPQRSTUWXYZ';
const ukPostcode = (outward: string) => (random: SeededRandom) => `${outward} ${random.integer(1, 9)}${letters(random, INWARD, 2)}`;
const numericPostcode = (prefix: string, digits: number) => (random: SeededRandom) => `${prefix}${random.digits(digits - prefix.length)}`;

export const CITIES: Record<Country, readonly City[]> = {
  GB: [
    { city: 'London', county: 'Greater London', state: 'England', postcode: ukPostcode('SW1A') },
    { city: 'London', county: 'Greater London', state: 'England', postcode: ukPostcode('E14') },
    { city: 'London', county: 'Greater London', state: 'England', postcode: ukPostcode('N7') },
    { city: 'Manchester', county: 'Greater Manchester', state: 'England', postcode: ukPostcode('M4') },
    { city: 'Derby', county: 'Derbyshire', state: 'England', postcode: ukPostcode('DE1') },
    { city: 'Leeds', county: 'West Yorkshire', state: 'England', postcode: ukPostcode('LS6') },
    { city: 'Bristol', county: 'Bristol', state: 'England', postcode: ukPostcode('BS8') },
    { city: 'Edinburgh', county: 'City of Edinburgh', state: 'Scotland', postcode: ukPostcode('EH3') },
    { city: 'Cardiff', county: 'Cardiff', state: 'Wales', postcode: ukPostcode('CF10') },
  ],
  DE: [
    { city: 'Berlin', county: '', state: 'Berlin', postcode: numericPostcode('10', 5) },
    { city: 'Bochum', county: '', state: 'Nordrhein-Westfalen', postcode: numericPostcode('447', 5) },
    { city: 'Köln', county: '', state: 'Nordrhein-Westfalen', postcode: numericPostcode('506', 5) },
    { city: 'Frankfurt am Main', county: '', state: 'Hessen', postcode: numericPostcode('603', 5) },
    { city: 'München', county: '', state: 'Bayern', postcode: numericPostcode('803', 5) },
    { city: 'Hamburg', county: '', state: 'Hamburg', postcode: numericPostcode('200', 5) },
  ],
  FR: [
    { city: 'Paris', county: 'Paris', state: 'Île-de-France', postcode: (random) => `750${String(random.integer(1, 20)).padStart(2, '0')}` },
    { city: 'Lyon', county: 'Rhône', state: 'Auvergne-Rhône-Alpes', postcode: (random) => `6900${random.integer(1, 9)}` },
    { city: 'Marseille', county: 'Bouches-du-Rhône', state: "Provence-Alpes-Côte d'Azur", postcode: (random) => `130${String(random.integer(1, 16)).padStart(2, '0')}` },
    { city: 'Toulouse', county: 'Haute-Garonne', state: 'Occitanie', postcode: () => '31000' },
  ],
  ES: [
    { city: 'Madrid', county: 'Madrid', state: 'Comunidad de Madrid', postcode: numericPostcode('280', 5) },
    { city: 'Barcelona', county: 'Barcelona', state: 'Cataluña', postcode: numericPostcode('080', 5) },
    { city: 'Sevilla', county: 'Sevilla', state: 'Andalucía', postcode: numericPostcode('410', 5) },
    { city: 'Valencia', county: 'Valencia', state: 'Comunitat Valenciana', postcode: numericPostcode('460', 5) },
  ],
  US: [
    { city: 'New York', county: 'New York County', state: 'NY', postcode: numericPostcode('100', 5) },
    { city: 'Chicago', county: 'Cook County', state: 'IL', postcode: numericPostcode('606', 5) },
    { city: 'Austin', county: 'Travis County', state: 'TX', postcode: numericPostcode('787', 5) },
    { city: 'San Francisco', county: 'San Francisco County', state: 'CA', postcode: numericPostcode('941', 5) },
  ],
  CN: [
    { city: '北京市', county: '朝阳区', state: '北京市', postcode: () => '100020' },
    { city: '上海市', county: '浦东新区', state: '上海市', postcode: () => '200120' },
    { city: '广州市', county: '天河区', state: '广东省', postcode: () => '510620' },
    { city: '深圳市', county: '南山区', state: '广东省', postcode: () => '518052' },
    { city: '杭州市', county: '西湖区', state: '浙江省', postcode: () => '310012' },
  ],
};

const STREETS: Record<Country, readonly string[]> = {
  GB: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue', "Queen's Road", 'Mill Lane', 'King Street', 'Albert Road', 'The Crescent'],
  DE: ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Lindenallee', 'Am Markt', 'Gartenweg', 'Kastanienallee', 'Friedrichstraße'],
  FR: ['rue de la République', 'avenue Victor Hugo', 'boulevard Voltaire', 'rue des Lilas', 'place de la Mairie', 'rue Pasteur', 'allée des Tilleuls'],
  ES: ['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Paseo de Gracia', 'Calle Real', 'Calle del Sol', 'Avenida de América'],
  US: ['Main Street', 'Oak Avenue', 'Maple Drive', 'Washington Boulevard', 'Elm Street', 'Cedar Lane', 'Lakeview Terrace'],
  CN: ['人民路', '解放路', '中山路', '建国路', '长安街', '南京东路', '天河路'],
};

function lines(random: SeededRandom, country: Country): [string, string, string] {
  const street = random.pick(STREETS[country]);
  const number = random.integer(1, 180);
  const flat = random.chance(0.35);
  switch (country) {
    case 'GB':
      return flat ? [`Flat ${random.integer(1, 24)}`, `${number} ${street}`, ''] : [`${number} ${street}`, '', ''];
    case 'DE':
      return [`${street} ${number}`, flat ? `${random.integer(1, 5)}. OG` : '', ''];
    case 'FR':
      return [`${number} ${street}`, flat ? `Bâtiment ${random.pick(['A', 'B', 'C'])}, appartement ${random.integer(1, 40)}` : '', ''];
    case 'ES':
      return [`${street}, ${number}`, flat ? `${random.integer(1, 9)}º ${random.pick(['A', 'B', 'C', 'D'])}` : '', ''];
    case 'US':
      return [`${random.integer(100, 9800)} ${street}`, flat ? `Apt ${random.integer(1, 30)}${random.pick(['A', 'B', 'C'])}` : '', ''];
    case 'CN':
      return [`${street}${number}号`, `${random.integer(1, 20)}栋${random.integer(1, 30)}0${random.integer(1, 8)}室`, ''];
  }
}

/** An address in `country` with the given tags and status. */
export function addressIn(random: SeededRandom, country: Country, tags: string[], status: string): CustomerAddressFields {
  const place = random.pick(CITIES[country]);
  const [line1, line2, line3] = lines(random, country);
  return {
    line1,
    line2,
    line3,
    city: place.city,
    county: place.county,
    state: place.state,
    postcode: place.postcode(random),
    countryCode: country,
    tags,
    status,
  };
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const CHINESE_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHINESE_ID_CHECK = '10X98765432';

/** A Spanish DNI/NIF: eight digits and their check letter. */
const spanishNif = (random: SeededRandom) => {
  const digits = random.digits(8);
  return `${digits}${DNI_LETTERS[Number(digits) % 23]}`;
};

/** A Chinese resident identity number: region, date of birth (yyyyMMdd), sequence, ISO 7064 check character. */
export function chineseIdentityNumber(random: SeededRandom, dateOfBirth: string | null): string {
  const birth = (dateOfBirth ?? '1980-01-01').slice(0, 10).replace(/-/g, '');
  const body = `${random.pick(['110105', '310115', '440106', '440305', '330106'])}${birth}${random.digits(3)}`;
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * CHINESE_ID_WEIGHTS[index]!, 0);
  return `${body}${CHINESE_ID_CHECK[sum % 11]}`;
}

/** A tax number as each country writes it; every one fits OBP's 20 characters. */
export function taxNumberIn(random: SeededRandom, country: Country, dateOfBirth: string | null): string {
  switch (country) {
    // National Insurance numbers with the prefix HMRC reserves for examples would all look alike; these are random.
    case 'GB':
      return `${letters(random, 'ABCEGHJKLMNPRSTWXYZ', 2)}${random.digits(6)}${random.pick(['A', 'B', 'C', 'D'])}`;
    case 'DE':
      return `${random.integer(1, 9)}${random.digits(10)}`;
    case 'FR':
      return `${random.integer(0, 3)}${random.digits(12)}`;
    case 'ES':
      return spanishNif(random);
    // ITINs (9xx-7x-xxxx) are never Social Security numbers.
    case 'US':
      return `9${random.digits(2)}-${random.integer(70, 88)}-${random.digits(4)}`;
    case 'CN':
      return chineseIdentityNumber(random, dateOfBirth);
  }
}

export type DocumentKind = 'Passport' | 'National ID card' | 'Driving licence' | 'Residence permit';

/** Years an identity document is valid for adults, by kind and country (passports: 10 everywhere here). */
export function validityYears(kind: DocumentKind, country: Country): number {
  if (kind === 'Passport') return 10;
  if (kind === 'Residence permit') return 5;
  if (kind === 'National ID card') return country === 'FR' ? 15 : country === 'CN' ? 20 : 10;
  return country === 'US' ? 8 : 10;
}

/** The number of an identity document as the issuing country prints it. */
export function documentNumberIn(random: SeededRandom, kind: DocumentKind, country: Country, dateOfBirth: string | null, familyName: string): string {
  if (kind === 'Passport') {
    switch (country) {
      case 'GB':
        return random.digits(9);
      case 'DE':
        return `C${letters(random, 'CFGHJKLMNPRTVWXYZ0123456789', 8)}`;
      case 'FR':
        return `${random.digits(2)}${letters(random, UPPER, 2)}${random.digits(5)}`;
      case 'ES':
        return `PA${letters(random, UPPER, 1)}${random.digits(6)}`;
      case 'US':
        return `5${random.digits(8)}`;
      case 'CN':
        return `E${random.digits(8)}`;
    }
  }
  if (kind === 'National ID card') {
    if (country === 'ES') return spanishNif(random);
    if (country === 'CN') return chineseIdentityNumber(random, dateOfBirth);
    if (country === 'DE') return `L${letters(random, 'CFGHJKLMNPRTVWXYZ0123456789', 8)}`;
    return random.digits(12);
  }
  if (kind === 'Driving licence' && country === 'GB') {
    // DVLA: five letters of the surname, the birth decade digit, month, day, year digit, initials and check digits.
    const surname = familyName.toUpperCase().replace(/[^A-Z]/g, '').padEnd(5, '9').slice(0, 5);
    const birth = (dateOfBirth ?? '1980-01-01').slice(0, 10);
    return `${surname}${birth[2]}${birth.slice(5, 7)}${birth.slice(8, 10)}${birth[3]}${letters(random, UPPER, 2)}9${letters(random, UPPER, 2)}`;
  }
  return `${letters(random, UPPER, 2)}${random.digits(7)}`;
}

/** Where documents of the country are issued, as written in the issue_place column. */
export function issuingAuthority(kind: DocumentKind, country: Country, city: string): string {
  if (kind === 'Passport') {
    return { GB: 'HM Passport Office', DE: `Bürgeramt ${city}`, FR: `Préfecture de ${city}`, ES: `Policía Nacional, ${city}`, US: 'U.S. Department of State', CN: '国家移民管理局' }[country];
  }
  if (kind === 'Driving licence') return country === 'GB' ? 'DVLA, Swansea' : `${city}`;
  if (kind === 'Residence permit') return country === 'GB' ? 'Home Office' : `${city}`;
  return { GB: city, DE: `Bürgeramt ${city}`, FR: `Préfecture de ${city}`, ES: `Policía Nacional, ${city}`, US: city, CN: `${city}公安局` }[country];
}

