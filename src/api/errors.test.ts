import { describe, expect, it } from 'vitest';
import { missingRolesOf, obpCodeOf } from './errors';

describe('OBP error messages', () => {
  it('reads the OBP code from the message', () => {
    expect(obpCodeOf('OBP-30046: Customer not found.')).toBe('OBP-30046');
    expect(obpCodeOf('Server error')).toBeUndefined();
  });

  it('names the missing role and bank of hasEntitlement', () => {
    expect(missingRolesOf('OBP-20006: User is missing one or more roles: CanGetCustomer at Bank(gh.29.uk)')).toEqual({
      roles: ['CanGetCustomer'],
      bankId: 'gh.29.uk',
    });
  });

  it('names every alternative of hasAtLeastOneEntitlement', () => {
    expect(
      missingRolesOf('OBP-20006: User is missing one or more roles: CanCreateCustomer or CanCreateCustomerAtAnyBank for BankId(gh.29.uk).'),
    ).toEqual({ roles: ['CanCreateCustomer', 'CanCreateCustomerAtAnyBank'], bankId: 'gh.29.uk' });
  });

  it('handles an any-bank role without a bank', () => {
    expect(missingRolesOf('OBP-20006: User is missing one or more roles: CanUseCustomerFirehoseAtAnyBank')).toEqual({
      roles: ['CanUseCustomerFirehoseAtAnyBank'],
      bankId: undefined,
    });
  });
});
