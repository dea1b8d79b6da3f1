/**
 * A small deterministic pseudo-random generator (sfc32, seeded through splitmix32), so the same seed always yields
 * the same database. Not for secrets.
 */
export type WeightedTable<T> = { values: readonly T[]; cumulative: readonly number[]; total: number };

/** `[[value, weight], …]` prepared for `SeededRandom.weighted`: built once, drawn from millions of times. */
export function weightedTable<T>(choices: ReadonlyArray<readonly [T, number]>): WeightedTable<T> {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of choices) {
    total += weight;
    cumulative.push(total);
  }
  if (total <= 0) throw new Error('a weighted table needs a positive total weight');
  return { values: choices.map(([value]) => value), cumulative, total };
}

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let warmUp = 0; warmUp < 12; warmUp += 1) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [minimum, maximum], both included. */
  integer(minimum: number, maximum: number): number {
    return minimum + Math.floor(this.next() * (maximum - minimum + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight from a table made once with `weightedTable`. */
  weighted<T>(table: WeightedTable<T>): T {
    const target = this.next() * table.total;
    const { cumulative, values } = table;
    for (let index = 0; index < cumulative.length; index += 1) if (target < cumulative[index]!) return values[index]!;
    return values[values.length - 1]!;
  }

  /** `count` random decimal digits. */
  digits(count: number): string {
    let result = '';
    for (let index = 0; index < count; index += 1) result += String(this.nextUint32() % 10);
    return result;
  }

  /** A version-4-shaped UUID drawn from this generator (deterministic, unlike crypto.randomUUID). */
  uuid(): string {
    const hex = (value: number) => value.toString(16).padStart(8, '0');
    const first = hex(this.nextUint32());
    const second = hex(this.nextUint32());
    const third = hex(this.nextUint32());
    const fourth = hex(this.nextUint32());
    const variant = ((parseInt(third[0]!, 16) & 0x3) | 0x8).toString(16);
    return `${first}-${second.slice(0, 4)}-4${second.slice(5, 8)}-${variant}${third.slice(1, 4)}-${third.slice(4)}${fourth}`;
  }
}
