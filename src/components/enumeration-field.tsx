import { useId, useState } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { ENUMERATIONS, isKnownValue, useEnumerationLabel, type Enumeration } from '@/lib/enumerations';
import { useI18n } from '@/i18n/i18n-context';
import { SelectField, TextField } from './field';

const OTHER = '\u0000other';

type Props<Values extends FieldValues, Transformed> = {
  control: Control<Values, unknown, Transformed>;
  name: FieldPath<Values>;
  enumeration: Enumeration;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** What the empty choice says: "Not recorded" for an optional field, "Choose…" for a required one. */
  emptyLabel?: string | undefined;
  /** OBP keeps free text here: offer "Other…" with a text field. Without it, only the list's values can be chosen. */
  allowOther?: boolean;
  maxLength?: number | undefined;
};

/**
 * A pick-list of one of the console's enumerations, its values translated and sent as OBP keeps them ("Married",
 * "kyc-review"). Where OBP takes free text, "Other…" opens a text field for a value outside the list, and a stored
 * value outside the list opens with it, so nothing already recorded is lost by editing.
 */
export function EnumerationField<Values extends FieldValues, Transformed = Values>({
  control,
  name,
  enumeration,
  label,
  hint,
  error,
  emptyLabel,
  allowOther = true,
  maxLength,
}: Props<Values, Transformed>) {
  const { t } = useI18n();
  const labelOf = useEnumerationLabel();
  const otherId = useId();
  const { field } = useController<Values, FieldPath<Values>, Transformed>({ control, name });
  const value = String(field.value ?? '');
  const [other, setOther] = useState(allowOther && value !== '' && !isKnownValue(enumeration, value));
  const values = ENUMERATIONS[enumeration].values as readonly string[];
  return (
    <>
      <SelectField
        label={label}
        hint={hint}
        error={other ? undefined : error}
        name={field.name}
        // A failed check moves the focus to the field that holds the value: the text field once "Other…" is chosen.
        ref={other ? undefined : field.ref}
        value={other ? OTHER : value}
        onBlur={field.onBlur}
        onChange={(event) => {
          const chosen = event.target.value;
          if (chosen === OTHER) {
            setOther(true);
            field.onChange('');
            // The text field appears with the next render; move there so the keyboard user types at once.
            requestAnimationFrame(() => document.getElementById(otherId)?.focus());
          } else {
            setOther(false);
            field.onChange(chosen);
          }
        }}
      >
        <option value="">{emptyLabel ?? t('common.notRecorded')}</option>
        {!allowOther && value !== '' && !isKnownValue(enumeration, value) ? <option value={value}>{value}</option> : null}
        {values.map((known) => (
          <option key={known} value={known}>
            {labelOf(enumeration, known)}
          </option>
        ))}
        {allowOther ? <option value={OTHER}>{t('common.otherValue')}</option> : null}
      </SelectField>
      {other ? (
        <TextField
          id={otherId}
          ref={field.ref}
          label={t('common.otherValueOf', { field: label })}
          autoComplete="off"
          // No maxLength: a value too long is said in words by the form's check, not silently cut.
          hint={maxLength === undefined ? undefined : t('common.otherValueLimit', { max: maxLength })}
          error={error}
          value={value}
          onBlur={field.onBlur}
          onChange={(event) => field.onChange(event.target.value)}
        />
      ) : null}
    </>
  );
}
