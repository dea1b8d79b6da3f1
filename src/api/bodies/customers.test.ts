import { describe, expect, it } from 'vitest';
import type { NewCustomer } from '@/api/drafts/customers';
import { newCustomerDraft } from '@/testing/test-data';
import { toCreateCustomerBody } from './customers';

const nothingElse: NewCustomer = newCustomerDraft();

describe('the customer bodies', () => {
  it('leaves out what was not given, so OBP fills its own defaults', () => {
    expect(toCreateCustomerBody(nothingElse)).toEqual({ legal_name: 'Ana Pérez', mobile_phone_number: '+34 600 12 34 56' });
  });

  it('sends as many dependants as dates of birth', () => {
    const body = toCreateCustomerBody({ ...nothingElse, dobOfDependants: ['2015-01-02T00:00:00Z'] });
    expect(body).toMatchObject({ dependants: 1, dob_of_dependants: ['2015-01-02T00:00:00Z'] });
  });

  it('refuses a date OBP could not read, before it leaves', () => {
    expect(() => toCreateCustomerBody({ ...nothingElse, dateOfBirth: '1985-03-04' })).toThrow();
  });
});
