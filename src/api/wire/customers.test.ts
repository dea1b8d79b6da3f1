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
    const textFields = ['customer_number', 'legal_name', 'mobile_phone_number', 'email', 'relationship_status', 'title', 'branch_id', 'name_suffix'] as const;
    for (const field of textFields) expect(typeof parsed.data![field]).toBe('string');
    expect(typeof parsed.data!.credit_limit.amount).toBe('string');
  });

  it('says "not recorded" for an adapter’s nulls instead of guessing', () => {
    const customer = tolerantCustomer.parse(CUSTOMER_FIXTURES.adapterNullsCustomer);
    expect(customer.kyc_status).toBeUndefined();
    expect(customer.dependants).toBeUndefined();
    expect(customer.email).toBe('');
    expect(customer.dob_of_dependants).toEqual(['2015-03-01T00:00:00Z']);
    expect(customer.customer_attributes).toEqual([]);
  });

  it('takes numbers as strings and the reverse, and dates in every form OBP writes', () => {
    const customer = tolerantCustomer.parse(CUSTOMER_FIXTURES.extraFieldsCustomer);
    expect(customer.dependants).toBe(2);
    expect(customer.credit_limit.amount).toBe('1500');
    expect(customer.date_of_birth).toBe('1980-02-03T10:11:12Z');
    expect(customer.last_ok_date).toBe('2023-12-31T23:00:00Z');
    expect(customer.dob_of_dependants).toEqual(['2010-01-02T00:00:00Z', '2012-05-06T00:00:00Z']);
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
    expect(bank).toMatchObject({ id: 'new.bank', full_name: '', logo: '' });
  });

  it('keeps the readable banks when one cannot be read', () => {
    const banks = tolerantBankList.parse(BANK_FIXTURES.oneUnreadable);
    expect(banks.map(isUnreadable)).toEqual([false, true]);
    expect(tolerantBankList.parse(BANK_FIXTURES.documented)).toHaveLength(1);
  });
});
