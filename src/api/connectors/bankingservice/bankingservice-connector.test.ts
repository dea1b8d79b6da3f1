import { describe, expect, it } from 'vitest';
import { COMPANY_WITHOUT_ADDRESS, DOCUMENTED_CREATE_BODY, DOCUMENTED_CUSTOMER, DOCUMENTED_PAGE } from '@/api/fixtures/bankingservice/customers';
import { stubConnectorFetch } from '@/testing/client-fetch';
import { bankingServiceConnector } from './bankingservice-connector';

const { fetchMock, requestOf } = stubConnectorFetch();
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const connector = bankingServiceConnector('gh.29.uk');

describe('bankingservice.ai connector', () => {
  it('declares paged CRUD and nothing of OpenWealth’s', () => {
    expect([...connector.capabilities].sort()).toEqual(['company', 'create-customer', 'delete-customer', 'page-paging', 'structured-address', 'update-customer']);
    expect(connector.getKycRecord).toBeUndefined();
    expect(connector.health).toBeUndefined();
  });

  it('lists a page of the profile’s customers, counted from 0, with the totals', async () => {
    fetchMock.mockResolvedValueOnce(json(200, DOCUMENTED_PAGE));
    const page = await connector.listCustomers({ page: 3, size: 20 });
    expect(requestOf().url).toBe('/desk/backend/v1/profiles/gh.29.uk/customers?page=3&size=20');
    expect(page.page).toEqual({ index: 0, pages: 620, count: 12383 });
    expect(page.rows[0]).toMatchObject({ id: 'text', company: 'text', phone: '318000201068', created: '2024-09-25T12:01:00.103Z' });
  });

  it('reads the structured address, premise a number', async () => {
    fetchMock.mockResolvedValueOnce(json(200, DOCUMENTED_CUSTOMER));
    const customer = await connector.getCustomer('text');
    expect(customer.address).toEqual({ premise: 58, subPremise: 'A', building: 'text', postalCode: 'text', thoroughfare: 'text', locality: 'Hoofddorp', state: 'Noord-Holland', country: 'NL' });
  });

  it('reads nulls and empty members as not recorded, and a company without a person as named by the company', async () => {
    fetchMock.mockResolvedValueOnce(json(200, COMPANY_WITHOUT_ADDRESS));
    expect(await connector.getCustomer('c-2')).toMatchObject({ name: 'Damrak Trading BV', company: 'Damrak Trading BV', firstName: undefined, email: undefined, phone: undefined, address: null });
  });

  it('creates with the documented body and updates with PUT', async () => {
    fetchMock.mockResolvedValueOnce(json(200, DOCUMENTED_CUSTOMER));
    await connector.createCustomer!({
      company: 'text',
      firstName: 'John',
      lastName: 'Doe',
      email: 'john.doe@example.com',
      phone: '318000201068',
      address: { premise: 58, subPremise: 'A', building: 'text', postalCode: 'text', thoroughfare: 'text', locality: 'Hoofddorp', state: 'Noord-Holland', country: 'NL' },
    });
    expect(requestOf()).toMatchObject({ method: 'POST', url: '/desk/backend/v1/profiles/gh.29.uk/customers', body: DOCUMENTED_CREATE_BODY });

    fetchMock.mockResolvedValueOnce(json(200, { ...DOCUMENTED_CUSTOMER, address: null }));
    await connector.updateCustomer!('a b', { company: '', firstName: 'Jan', lastName: 'Jansen', email: '', phone: '', address: null });
    expect(requestOf(1)).toMatchObject({ method: 'PUT', url: '/desk/backend/v1/profiles/gh.29.uk/customers/a%20b', body: { company: '', first_name: 'Jan', last_name: 'Jansen', email: '', phone: '' } });
    expect(requestOf(1).body).not.toHaveProperty('address');
  });

  it('deletes and reads back the deleted customer; a refusal in bankingservice.ai’s shape keeps its message', async () => {
    fetchMock.mockResolvedValueOnce(json(200, DOCUMENTED_CUSTOMER));
    expect(await connector.deleteCustomer!('text')).toMatchObject({ id: 'text' });
    expect(requestOf().method).toBe('DELETE');
    fetchMock.mockResolvedValueOnce(json(404, { status: 404, error: 'Resource not found', message: 'No customer x.' }));
    await expect(connector.getCustomer('x')).rejects.toMatchObject({ status: 404, code: 'Resource not found', message: 'No customer x.' });
  });
});
