import type { ReactNode } from 'react';
import { useEnumerationLabel } from '@/lib/enumerations';
import { useFormat } from '@/lib/format';

type Attribute = { type: string; value: string };

/**
 * A customer attribute's value as its type reads: a day as a date, numbers in the user's language, with the type in
 * words ("3 Jun 2019 · Date") rather than OBP's raw `2019-06-03 (DATE_WITH_DAY)`.
 */
export function AttributeValue({ attribute }: { attribute: Attribute }) {
  const format = useFormat();
  const label = useEnumerationLabel();
  const { type, value } = attribute;
  let shown: ReactNode = value;
  if (type === 'DATE_WITH_DAY' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    shown = <time dateTime={value}>{format.day(`${value}T00:00:00Z`)}</time>;
  } else if ((type === 'INTEGER' || type === 'DOUBLE') && value.trim() !== '' && Number.isFinite(Number(value))) {
    shown = format.number(Number(value));
  }
  return (
    <>
      {shown} <span className="muted">· {label('attributeType', type)}</span>
    </>
  );
}
