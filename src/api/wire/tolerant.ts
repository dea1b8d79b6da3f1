import * as z from 'zod/mini';

/*
 * Building blocks of tolerant reading. OBP's models leave many fields empty, and what it renders for "empty" depends
 * on the version and the connector: lift-json renders a Scala `null` String as JSON `null` and drops `None`; the
 * adapter connectors (RabbitMQ, stored procedures, REST) fill every field the adapter omits with `null`; rows created
 * before a column existed hold `null` in it. lift-json also turns numeric strings into numbers and back when a case
 * class field's type differs from the JSON. These readers accept all of it and hand out one shape: "" for text not
 * recorded, `undefined` for a number, flag or date not recorded.
 */

/** Text: a string, a number written as one (lift-json), or null/absent → "" (not recorded). */
export const text = z.pipe(
  z.optional(z.nullable(z.union([z.string(), z.number(), z.boolean()]))),
  z.transform((value): string => (value === null || value === undefined ? '' : String(value))),
);

/** A count: a number, or a string of digits (lift-json); null/absent/unreadable → undefined (not recorded). */
export const count = z.pipe(
  z.optional(z.nullable(z.union([z.number(), z.string()]))),
  z.transform((value): number | undefined => {
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
    return undefined;
  }),
);

/** A flag: a boolean, "true"/"false", or null/absent → undefined (not recorded). */
export const flag = z.pipe(
  z.optional(z.nullable(z.union([z.boolean(), z.string()]))),
  z.transform((value): boolean | undefined => {
    if (typeof value === 'boolean') return value;
    if (value === 'true') return true;
    if (value === 'false') return false;
    return undefined;
  }),
);

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAY = /^(\d{4}-\d{2}-\d{2})$/;

/**
 * Any date OBP writes, as OBP's own `yyyy-MM-ddTHH:mm:ssZ` (UTC): with or without milliseconds, with an offset, or a
 * bare day (v3.0.0 renders dates of birth as `yyyy-MM-dd`, `""` when unset). Undefined when absent or unreadable.
 */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const day = DAY.exec(value);
  if (day) return `${day[1]}T00:00:00Z`;
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const zone = match[3] ?? 'Z';
  const time = match[2]!.length === 5 ? `${match[2]}:00` : match[2]!;
  if (zone === 'Z' || /^[+-]00:?00$/.test(zone)) return `${match[1]}T${time}Z`;
  const parsed = new Date(`${match[1]}T${time}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A date or nothing: null, "", absent and unreadable text are all "not recorded". */
export const date = z.pipe(z.optional(z.unknown()), z.transform((value): string | undefined => normaliseDate(value)));

/** A list that may be null or absent (an adapter's empty list): [] then. */
export const list = <Item extends z.ZodMiniType>(item: Item) =>
  z.pipe(
    z.optional(z.nullable(z.array(item))),
    z.transform((value) => value ?? []),
  );

/** A row that could not be read: the list still shows it, by its id and what was wrong. */
export type UnreadableRow = { unreadable: true; id: string; problem: string };

export const isUnreadable = (row: unknown): row is UnreadableRow =>
  typeof row === 'object' && row !== null && (row as { unreadable?: unknown }).unreadable === true;

/** Reads each row on its own, so one unreadable row never blanks a list. */
export function readRows<Row extends z.ZodMiniType>(
  schema: Row,
  rows: readonly unknown[],
  idOf: (row: unknown) => string,
): Array<z.output<Row> | UnreadableRow> {
  return rows.map((row) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { unreadable: true, id: idOf(row), problem: `${at}${issue?.message ?? 'unexpected shape'}` };
  });
}

/** The value of `field` in a row of unknown shape, for naming a row that could not be read. */
export const fieldOf = (field: string) => (row: unknown): string => {
  if (typeof row !== 'object' || row === null) return '';
  const value = (row as Record<string, unknown>)[field];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};

/** A list as the screens get it: the rows that could be read, in the server's order, and those that could not. */
export type RowsRead<Row> = { rows: Row[]; unreadable: UnreadableRow[] };

/** Reads each row on its own and keeps the unreadable ones apart, so a screen shows both. */
export function readList<Row extends z.ZodMiniType>(
  schema: Row,
  rows: readonly unknown[],
  idOf: (row: unknown) => string,
): RowsRead<z.output<Row>> {
  const read: RowsRead<z.output<Row>> = { rows: [], unreadable: [] };
  for (const row of readRows(schema, rows, idOf)) {
    if (isUnreadable(row)) read.unreadable.push(row);
    else read.rows.push(row as z.output<Row>);
  }
  return read;
}

/**
 * `{"<key>": [...]}`, OBP's envelope of every list: the key may be absent or null (an adapter's empty list), each row
 * is read on its own and named by `idField` when it cannot be read. The envelope's other fields are ignored.
 */
export const listEnvelope = <Row extends z.ZodMiniType>(key: string, row: Row, idField: string) =>
  z.pipe(
    z.looseObject({ [key]: z.optional(z.nullable(z.array(z.unknown()))) }),
    z.transform((wire): RowsRead<z.output<Row>> => readList(row, (wire[key] as unknown[] | null | undefined) ?? [], fieldOf(idField))),
  );

/** A required id: a row without one cannot be opened, changed or deleted, so it is unreadable. */
export const id = z.pipe(
  z.union([z.string().check(z.minLength(1)), z.number()]),
  z.transform((value): string => String(value)),
);
