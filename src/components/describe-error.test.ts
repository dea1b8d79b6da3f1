import { describe, expect, it } from 'vitest';
import { ObpError } from '@/api/errors';
import { explainError, isRetryable } from './describe-error';

const t = (key: string, params?: Record<string, string | number>) => (params ? `${key} ${JSON.stringify(params)}` : key);

describe('explainError', () => {
  it('says a duplicate tax residence in plain words, keeping OBP’s code and message as details', () => {
    const error = new ObpError(400, 'OBP-50200', 'OBP-50200: Connector cannot return the data we requested.');
    expect(explainError(error, t)).toEqual({
      summary: 'errors.connector',
      detail: { code: 'OBP-50200', message: 'OBP-50200: Connector cannot return the data we requested.' },
      retryable: false,
    });
  });

  it('names an unknown customer, not OBP’s CustomerId text', () => {
    const error = new ObpError(404, 'OBP-30046', 'OBP-30046: Customer not found. Please specify a valid value for CUSTOMER_ID.. Current CustomerId(x)');
    const explained = explainError(error, t);
    expect(explained.summary).toBe('errors.codes.customerNotFound');
    expect(explained.summary).not.toContain('OBP');
    expect(explained.detail?.code).toBe('OBP-30046');
  });

  it('reads the reason a connector failure wraps', () => {
    const error = new ObpError(400, 'OBP-50200', 'OBP-50200: Connector cannot return the data we requested. <- OBP-30300: Tax Residence not found by TAX_RESIDENCE_ID.');
    expect(explainError(error, t).summary).toBe('errors.codes.taxResidenceNotFound');
  });

  it('names the missing role and bank', () => {
    const error = new ObpError(403, 'OBP-20006', 'OBP-20006: User is missing one or more roles: CanGetCustomer at Bank(gh.29.uk)');
    expect(explainError(error, t).summary).toBe('errors.missingRoleAtBank {"roles":"CanGetCustomer","bank":"gh.29.uk"}');
  });

  it('offers no retry on a refusal, a missing role or something not there; offers it when the server or network failed', () => {
    expect(isRetryable(new ObpError(403, 'OBP-20006', 'OBP-20006: …'))).toBe(false);
    expect(isRetryable(new ObpError(404, 'OBP-30046', 'OBP-30046: …'))).toBe(false);
    expect(isRetryable(new ObpError(400, 'OBP-10001', 'OBP-10001: …'))).toBe(false);
    expect(isRetryable(new ObpError(500, 'OBP-50005', 'OBP-50005: …'))).toBe(true);
    expect(isRetryable(new ObpError(0, 'NETWORK', 'offline'))).toBe(true);
  });
});
