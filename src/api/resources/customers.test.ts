import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { CustomerSummary } from '@/api/wire/customers';
import { customerQueries, invalidateCustomer, pageOf, pageOfEveryMatch } from './customers';

const customer = (index: number): CustomerSummary => ({
  bankId: 'gh.29.uk',
  customerId: `id-${index}`,
  customerNumber: String(index),
  legalName: `Customer ${index}`,
  mobilePhoneNumber: `+44 ${index}`,
  email: '',
  kycStatus: false,
});
const state = (page: number) => ({ mode: 'phone', query: '%', page, pageSize: 2, sort: 'desc' }) as const;

describe('pageOf', () => {
  it('trusts a server that paged and said the total', () => {
    expect(pageOf([customer(3), customer(4)], '5', state(2))).toEqual({
      customers: [customer(3), customer(4)],
      total: 5,
      hasNext: true,
    });
    expect(pageOf([customer(5)], '5', state(3)).hasNext).toBe(false);
  });

  it('pages itself when the server sent every match (OBP ignores limit and offset)', () => {
    const all = [1, 2, 3, 4, 5].map(customer);
    expect(pageOf(all, null, state(2))).toEqual({ customers: [customer(3), customer(4)], total: 5, hasNext: true });
    expect(pageOf(all, null, state(3))).toEqual({ customers: [customer(5)], total: 5, hasNext: false });
  });

  it('ignores a malformed total', () => {
    expect(pageOf([customer(1)], 'lots', state(1))).toEqual({ customers: [customer(1)], total: 1, hasNext: false });
  });
});

describe('pageOf with a count the sandbox stopped early', () => {
  it('takes X-Total-Count-At-Least as a lower bound: no total, a next page while the bound lies beyond this page', () => {
    const page = [customer(1), customer(2)];
    expect(pageOf(page, null, state(1), '10000')).toEqual({ customers: page, total: undefined, totalAtLeast: 10000, hasNext: true });
    expect(pageOf(page, null, state(2), '4').hasNext).toBe(false);
    expect(pageOf(page, '7', state(1), '10000')).toEqual({ customers: page, total: 7, hasNext: true });
  });
});

describe('invalidating a customer', () => {
  it('keeps every search under the one root it invalidates, the phone search included', () => {
    const phone = customerQueries.search('bank', { mode: 'phone', query: '%1', page: 1, pageSize: 20, sort: 'desc' }).queryKey;
    expect(phone.slice(0, 1)).toEqual([...customerQueries.searches()]);
    expect(phone).toEqual(customerQueries.phoneSearch('bank', '%1', { page: 1, pageSize: 20 }).queryKey);
  });

  it('marks the record and every search stale, and leaves other customers alone', async () => {
    const client = new QueryClient();
    const record = customerQueries.detail('bank', 'c1').queryKey;
    const other = customerQueries.detail('bank', 'c2').queryKey;
    const search = customerQueries.search('bank', { mode: 'mine', query: '', page: 1, pageSize: 20, sort: 'desc' }).queryKey;
    for (const key of [[...record], [...other], [...search]]) client.setQueryData(key, {});
    await invalidateCustomer(client, 'bank', 'c1');
    expect(client.getQueryState(record)?.isInvalidated).toBe(true);
    expect(client.getQueryState(search)?.isInvalidated).toBe(true);
    expect(client.getQueryState(other)?.isInvalidated).toBe(false);
  });
});

describe('every match of a server that does not page', () => {
  const wire = (index: number) => ({
    bank_id: 'gh.29.uk',
    customer_id: `id-${index}`,
    customer_number: String(index),
    legal_name: `Customer ${index}`,
    mobile_phone_number: `+44 ${index}`,
    email: '',
    kyc_status: false,
    customer_attributes: [],
  });

  /** A row as the row stream hands it out: its JSON text. */
  const raw = (row: unknown) => ({ json: JSON.stringify(row) });

  it('reads only the rows of the page shown, and keeps an unreadable one as a row', () => {
    const rows = [wire(1), wire(2), { customer_id: 'broken', kyc_status: 42 }, wire(4), wire(5)].map(raw);
    const second = pageOfEveryMatch(rows, { page: 2, pageSize: 2 });
    expect(second.total).toBe(5);
    expect(second.hasNext).toBe(true);
    expect(second.customers[0]).toMatchObject({ unreadable: true, id: 'broken' });
    expect(second.customers[1]).toMatchObject({ customerId: 'id-4', legalName: 'Customer 4' });
    expect(pageOfEveryMatch(rows, { page: 3, pageSize: 2 })).toMatchObject({ total: 5, hasNext: false });
  });

  it('reads each row once, however often its page is shown while the answer grows', () => {
    const arrived = [wire(1), wire(2), { customer_id: 'broken', kyc_status: 42 }].map(raw);
    const first = pageOfEveryMatch(arrived, { page: 1, pageSize: 20 }, false);
    const grown = pageOfEveryMatch(arrived.concat([wire(4), wire(5)].map(raw)), { page: 1, pageSize: 20 }, false);
    expect(grown.customers).toHaveLength(5);
    for (const [index, row] of first.customers.entries()) expect(grown.customers[index]).toBe(row);
    expect(grown.totalAtLeast).toBe(5);
  });

  it('shows a row whose text is not JSON as an unreadable row with its id, and reads the others', () => {
    const rows = [raw(wire(1)), { json: '{"customer_id": "cut-1", "legal_name": nope}' }, raw(wire(3))];
    const page = pageOfEveryMatch(rows, { page: 1, pageSize: 20 });
    expect(page.customers[0]).toMatchObject({ customerId: 'id-1' });
    expect(page.customers[1]).toEqual({ unreadable: true, id: 'cut-1', problem: 'not JSON' });
    expect(page.customers[2]).toMatchObject({ customerId: 'id-3' });
  });

  it('is cached under one key for every page, apart from the paged search', () => {
    const page = (number: number) => customerQueries.search('bank', { mode: 'phone', query: '%', page: number, pageSize: 20, sort: 'desc' }, { serverPages: false });
    expect(page(1).queryKey).toEqual(page(2).queryKey);
    expect(page(1).queryKey).toEqual(customerQueries.everyPhoneMatch('bank', '%').queryKey);
    expect(page(1).queryKey).not.toEqual(customerQueries.phoneSearch('bank', '%', { page: 1, pageSize: 20 }).queryKey);
  });
});
