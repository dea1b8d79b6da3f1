import { describe, expect, it } from 'vitest';
import { putCustomerCreditLimit, putCustomerCreditRatingAndSource } from '@/api/schemas/customer-updates';
import { postCreditLimitRequest } from '@/api/schemas/credit-limit-requests';
import { toCreditLimitRequestBody } from '@/api/bodies/credit';
import { toCreditLimitBody, toCreditRatingBody } from '@/api/bodies/customers';
import { EMPTY_CREDIT_LIMIT_REQUEST, creditLimitRequestDraft, creditLimitRequestFormSchema } from './credit-limit-request-form-schema';
import { creditLimitDraft, creditLimitFormSchema, creditRatingDraft, creditRatingFormSchema } from './credit-form-schema';
import { isKnownCurrency } from '@/lib/validation';

const messagesOf = (result: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('credit rating form', () => {
  it('sends OBP’s flat body, trimmed, within the 100-character columns', () => {
    const body = toCreditRatingBody(creditRatingDraft({ creditRating: ' A+ ', creditSource: ' Experian ' }));
    expect(body).toEqual({ credit_rating: 'A+', credit_source: 'Experian' });
    expect(putCustomerCreditRatingAndSource.safeParse(body).success).toBe(true);
    expect(messagesOf(creditRatingFormSchema.safeParse({ creditRating: 'x'.repeat(101), creditSource: '' }))).toEqual({
      creditRating: 'credit.validation.ratingTooLong',
      creditSource: 'credit.validation.sourceRequired',
    });
  });
});

describe('credit limit form', () => {
  it('takes a decimal string amount and an ISO 4217 code, upper-cased', () => {
    const body = toCreditLimitBody(creditLimitDraft({ currency: 'eur', amount: '15000.50' }));
    expect(body).toEqual({ credit_limit: { currency: 'EUR', amount: '15000.50' } });
    expect(putCustomerCreditLimit.safeParse(body).success).toBe(true);
    expect(creditLimitFormSchema.safeParse({ currency: 'GBP', amount: '0' }).success).toBe(true);
  });

  it('refuses amounts OBP would store as nonsense', () => {
    for (const amount of ['', '1,000', '-5', '12.', '1e3', ' ', '£100']) {
      expect(messagesOf(creditLimitFormSchema.safeParse({ currency: 'EUR', amount })), amount).toEqual({ amount: 'credit.validation.amountFormat' });
    }
    expect(messagesOf(creditLimitFormSchema.safeParse({ currency: 'EUR', amount: '9'.repeat(101) }))).toEqual({
      amount: 'credit.validation.amountTooLong',
    });
  });

  it('refuses currencies that are not three letters, or not ISO 4217', () => {
    expect(messagesOf(creditLimitFormSchema.safeParse({ currency: 'EURO', amount: '1' }))).toEqual({ currency: 'credit.validation.currencyFormat' });
    expect(messagesOf(creditLimitFormSchema.safeParse({ currency: '€', amount: '1' }))).toEqual({ currency: 'credit.validation.currencyFormat' });
    expect(messagesOf(creditLimitFormSchema.safeParse({ currency: 'ZZQ', amount: '1' }))).toEqual({ currency: 'credit.validation.currencyUnknown' });
    expect(isKnownCurrency('cny')).toBe(true);
  });
});

describe('credit-limit request form', () => {
  const empty = EMPTY_CREDIT_LIMIT_REQUEST;

  it('needs the requested amount, and checks every amount and length', () => {
    expect(messagesOf(creditLimitRequestFormSchema.safeParse(empty))).toEqual({
      requestedCurrentRateAmount1: 'credit.validation.requestAmountRequired',
    });
    expect(
      messagesOf(
        creditLimitRequestFormSchema.safeParse({
          ...empty,
          requestedCurrentRateAmount1: '5000',
          temporaryRequestedCurrentAmount: '5 000',
          temporaryCreditDocumentation: 'x'.repeat(2001),
        }),
      ),
    ).toEqual({
      temporaryRequestedCurrentAmount: 'credit.validation.amountFormat',
      temporaryCreditDocumentation: 'credit.validation.documentationTooLong',
    });
  });

  it('sends every field of OBP’s CreditLimitRequestJson as a string', () => {
    const body = toCreditLimitRequestBody(creditLimitRequestDraft({ ...empty, requestedCurrentRateAmount1: ' 5000 ', requestedCurrentValidEndDate: '2027-01-31' }));
    expect(postCreditLimitRequest.safeParse(body).success).toBe(true);
    expect(body.requested_current_rate_amount1).toBe('5000');
    expect(body.requested_current_valid_end_date).toBe('2027-01-31');
  });
});
