import { describe, expect, it } from 'vitest';
import { BANK_FIXTURES, CUSTOMER_FIXTURES, documentedCustomer, unpagedPhoneSearch } from '@/api/fixtures/obp/customers';
import { tolerantBankList } from './banks';
import { tolerantCustomer, tolerantCustomerList } from './customers';
import { isUnreadable } from './tolerant';

describe('reading customers as OBP sends them', () => {
  it.each(Object.entries(CUSTOMER_FIXTURES))('reads %s', (_name, fixture) => {
    const parsed = tolerantCustomer.safeParse(fixture);
    expect(parsed.success).toBe(true);
    // Text never reaches the screens as null: it is "" when not recorded.
    const textFields = ['customerNumber', 'legalName', 'mobilePhoneNumber', 'email', 'relationshipStatus', 'title', 'branchId', 'nameSuffix'] as const;
    for (const field of textFields) expect(typeof parsed.data![field]).toBe('string');
    expect(typeof parsed.data!.creditLimit.amount).toBe('string');
  });

  it('says "not recorded" for an adapter’s nulls instead of guessing', () => {
    const customer = tolerantCustomer.parse(CUSTOMER_FIXTURES.adapterNullsCustomer);
    expect(customer.kycStatus).toBeUndefined();
    expect(customer.dependants).toBeUndefined();
    expect(customer.email).toBe('');
    expect(customer.dobOfDependants).toEqual(['2015-03-01T00:00:00Z']);
    expect(customer.customerAttributes).toEqual([]);
  });

  it('takes numbers as strings and the reverse, and dates in every form OBP writes', () => {
    const customer = tolerantCustomer.parse(CUSTOMER_FIXTURES.extraFieldsCustomer);
    expect(customer.dependants).toBe(2);
    expect(customer.creditLimit.amount).toBe('1500');
    expect(customer.dateOfBirth).toBe('1980-02-03T10:11:12Z');
    expect(customer.lastOkDate).toBe('2023-12-31T23:00:00Z');
    expect(customer.dobOfDependants).toEqual(['2010-01-02T00:00:00Z', '2012-05-06T00:00:00Z']);
    expect(customer).not.toHaveProperty('agent_number');
  });

  it('keeps an unreadable row in a list, by its id and what was wrong', () => {
    const rows = tolerantCustomerList.parse({ customers: [documentedCustomer, { customer_id: 42 }, { legal_name: 'x' }] });
    expect(rows).toHaveLength(3);
    expect(isUnreadable(rows[0])).toBe(false);
    expect(rows[1]).toMatchObject({ unreadable: true, id: '42' });
    expect(rows[2]).toMatchObject({ unreadable: true, id: '' });
  });

  it('reads the unpaged phone search of 20,000 rows', () => {
    const rows = tolerantCustomerList.parse(unpagedPhoneSearch(20_000));
    expect(rows).toHaveLength(20_000);
    expect(rows.some(isUnreadable)).toBe(false);
  });
});

describe('reading banks', () => {
  it('reads a bank whose full name is null (v5.0.0 createBank)', () => {
    const [bank] = tolerantBankList.parse(BANK_FIXTURES.nullFullName);
    expect(bank).toMatchObject({ id: 'new.bank', fullName: '', logo: '' });
  });

  it('keeps the readable banks when one cannot be read', () => {
    const banks = tolerantBankList.parse(BANK_FIXTURES.oneUnreadable);
    expect(banks.map(isUnreadable)).toEqual([false, true]);
    expect(tolerantBankList.parse(BANK_FIXTURES.documented)).toHaveLength(1);
  });
});
