import type { FieldValues, Resolver } from 'react-hook-form';
import { fractionDigits, minorUnits, parseDecimal } from './format';

export const TOO_MANY_DECIMALS = 'common.validation.tooManyDecimals';

/**
 * Lets a form take an amount as the user writes numbers in their language ("2.500,50" in Spanish) while its schema
 * and OBP see the plain form with a point ("2500.50"); an amount with more decimals than its currency has (three for
 * GBP) is refused here. What cannot be read as a number is passed on as typed, for the schema's own message.
 */
export function withLocalAmount<Values extends FieldValues>(
  resolver: Resolver<Values>,
  locale: string,
  fields: { amount: keyof Values & string; currency: keyof Values & string },
): Resolver<Values> {
  return async (values, context, options) => {
    const typed = String(values[fields.amount] ?? '');
    const parsed = parseDecimal(typed, locale);
    const normalised = { ...values, [fields.amount]: parsed ?? typed.trim() } as Values;
    const result = await resolver(normalised, context, options);
    const currency = String(values[fields.currency] ?? '').trim();
    if (parsed !== undefined && /^[A-Za-z]{3}$/.test(currency) && fractionDigits(parsed) > minorUnits(currency)) {
      return {
        values: {},
        errors: { ...result.errors, [fields.amount]: { type: 'minorUnits', message: TOO_MANY_DECIMALS } },
      } as ReturnType<Resolver<Values>> extends Promise<infer R> ? R : never;
    }
    return result;
  };
}

/** OBP's "3000.00" as the user writes it in their language ("3000,00" in Spanish), for a form's first value. */
export function amountForInput(amount: string, locale: string): string {
  if (!/^\d+(\.\d+)?$/.test(amount)) return amount;
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return amount.replace('.', decimal);
}
