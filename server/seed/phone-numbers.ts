import { weightedTable, type SeededRandom, type WeightedTable } from './seeded-random';

/**
 * Mobile numbers as people actually type them into a bank's systems: with and without country codes, the UK's
 * "+44 0…" habit, spaces, dashes, dots and brackets. The phone search must find them by any literal fragment.
 */
export type PhoneRegion = 'united-kingdom' | 'germany' | 'united-states' | 'china' | 'spain' | 'mexico' | 'france' | 'argentina' | 'hong-kong' | 'taiwan';

type Formatter = (random: SeededRandom) => string;

const FORMAT_CHOICES: Record<PhoneRegion, ReadonlyArray<readonly [Formatter, number]>> = {
  'united-kingdom': [
    [(random) => `+44 07${random.digits(3)} ${random.digits(3)} ${random.digits(3)}`, 4],
    [(random) => `+44 7${random.digits(3)} ${random.digits(6)}`, 3],
    [(random) => `07${random.digits(3)} ${random.digits(6)}`, 3],
    [(random) => `0044-7${random.digits(3)}-${random.digits(6)}`, 1],
    [(random) => `+447${random.digits(9)}`, 2],
  ],
  germany: [
    [(random) => `+4930${random.digits(random.integer(6, 8))}`, 2],
    [(random) => `+49 15${random.digits(1)} ${random.digits(8)}`, 3],
    [(random) => `015${random.digits(1)} ${random.digits(8)}`, 2],
    [(random) => `+49 (0)30 ${random.digits(7)}`, 1],
  ],
  'united-states': [
    [(random) => `(${random.integer(201, 989)}) 555-${random.digits(4)}`, 3],
    [(random) => `+1 ${random.integer(201, 989)}-${random.digits(3)}-${random.digits(4)}`, 3],
    [(random) => `${random.integer(201, 989)}.${random.digits(3)}.${random.digits(4)}`, 1],
    [(random) => `+1 (${random.integer(201, 989)}) ${random.digits(3)}-${random.digits(4)}`, 1],
  ],
  china: [
    [(random) => `+86 1${random.pick(['3', '5', '8'])}${random.digits(1)} ${random.digits(4)} ${random.digits(4)}`, 4],
    [(random) => `1${random.pick(['3', '5', '8'])}${random.digits(9)}`, 2],
    [(random) => `+86-1${random.pick(['3', '5', '8'])}${random.digits(1)}-${random.digits(4)}-${random.digits(4)}`, 1],
  ],
  spain: [
    [(random) => `+34 6${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}`, 3],
    [(random) => `6${random.digits(2)} ${random.digits(3)} ${random.digits(3)}`, 2],
    [(random) => `+346${random.digits(8)}`, 1],
  ],
  mexico: [
    [(random) => `+52 55 ${random.digits(4)} ${random.digits(4)}`, 2],
    [(random) => `+52 1 ${random.digits(2)} ${random.digits(4)} ${random.digits(4)}`, 1],
  ],
  france: [
    [(random) => `+33 6 ${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}`, 2],
    [(random) => `06 ${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}`, 1],
  ],
  argentina: [[(random) => `+54 9 11 ${random.digits(4)}-${random.digits(4)}`, 1]],
  'hong-kong': [[(random) => `+852 ${random.pick(['5', '6', '9'])}${random.digits(3)} ${random.digits(4)}`, 1]],
  taiwan: [[(random) => `+886 9${random.digits(2)} ${random.digits(3)} ${random.digits(3)}`, 1]],
};

const FORMATS = Object.fromEntries(
  Object.entries(FORMAT_CHOICES).map(([region, choices]) => [region, weightedTable(choices)]),
) as Record<PhoneRegion, WeightedTable<Formatter>>;

export function randomPhoneNumber(random: SeededRandom, region: PhoneRegion): string {
  return random.weighted(FORMATS[region])(random);
}
