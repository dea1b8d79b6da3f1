/**
 * OBP dates travel as `yyyy-MM-ddTHH:mm:ssZ` (UTC, no milliseconds). Forms use `<input type="date">` (`yyyy-MM-dd`)
 * and `<input type="datetime-local">` (local wall time); these convert between them without losing a day.
 */
export function dayToObpDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a day: ${day}`);
  return `${day}T00:00:00Z`;
}

export function obpDateToDay(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}

export function instantToObpDate(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A `datetime-local` value (the user's own time zone) as an OBP date in UTC. */
export function localDateTimeToObpDate(local: string): string {
  const instant = new Date(local);
  if (Number.isNaN(instant.getTime())) throw new Error(`Not a date and time: ${local}`);
  return instantToObpDate(instant);
}

/** An OBP date as a `datetime-local` value in the user's time zone. */
export function obpDateToLocalDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const instant = new Date(value);
  const pad = (number: number) => String(number).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

export const nowAsObpDate = (): string => instantToObpDate(new Date());
