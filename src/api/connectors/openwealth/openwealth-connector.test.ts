import { describe, expect, it } from 'vitest';
import { ObpError } from '@/api/errors';
import { MINIMAL_CUSTOMER, SPEC_ADDRESS, SPEC_ADDRESS_CREATED, SPEC_CONTACT_DETAILS, SPEC_CUSTOMER, SPEC_KYC, SPEC_LEGAL_PERSON, SPEC_PERSON, SPEC_PROBLEM } from '@/api/fixtures/openwealth/customer-management';
import { stubConnectorFetch } from '@/testing/client-fetch';
import { openWealthConnector } from './openwealth-connector';

const { fetchMock, requestOf } = stubConnectorFetch();
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const connector = openWealthConnector();

describe('OpenWealth connector', () => {
  it('declares what the standard offers, and not what it lacks', () => {
    expect([...connector.capabilities]).toEqual(expect.arrayContaining(['cursor-paging', 'persons', 'contact-details', 'add-contact-detail', 'kyc-record', 'create-address', 'update-address', 'health-check']));
    expect(connector.capabilities.has('delete-customer')).toBe(false);
    expect(connector.capabilities.has('create-customer')).toBe(false);
    expect(connector.capabilities.has('page-paging')).toBe(false);
  });

  it('lists customers through Customer Desk’s server with the staff session, reading the next cursor from the header', async () => {
    fetchMock.mockResolvedValueOnce(json(200, [SPEC_CUSTOMER, MINIMAL_CUSTOMER], { nextCursor: 'YzEw' }));
    const page = await connector.listCustomers({ size: 2, cursor: 'YzA' });
    const { url, headers } = requestOf();
    expect(url).toBe('/desk/backend/customers?limit=2&cursor=YzA');
    expect(headers.Authorization).toBe('Bearer desk-session-token-0123456789');
    expect(page.nextCursor).toBe('YzEw');
    expect(page.rows[0]).toMatchObject({ id: '987654321', name: 'Steve Rogers', status: 'active', created: '2018-04-13' });
    // Only what the standard requires: nothing invented.
    expect(page.rows[1]).toMatchObject({ id: '42', name: undefined, status: 'closed', created: undefined });
  });

  it('reads an empty nextCursor as the last page', async () => {
    fetchMock.mockResolvedValueOnce(json(200, [SPEC_CUSTOMER], { nextCursor: '' }));
    expect((await connector.listCustomers({ size: 20 })).nextCursor).toBeUndefined();
  });

  it('reads a customer’s persons and address ids, whatever the wire type of the id', async () => {
    fetchMock.mockResolvedValueOnce(json(200, SPEC_CUSTOMER));
    const customer = await connector.getCustomer('987 654/321');
    expect(requestOf().url).toBe('/desk/backend/customers/987%20654%2F321');
    expect(customer.persons).toEqual([{ id: '876543219', relation: 'accountOwner' }]);
    expect(customer.addressIds).toEqual(['12345678']);
    expect(customer.referenceCurrency).toBe('CHF');
  });

  it('reads each address of the customer by its id', async () => {
    fetchMock.mockResolvedValueOnce(json(200, SPEC_CUSTOMER));
    const customer = await connector.getCustomer('987654321');
    fetchMock.mockResolvedValueOnce(json(200, SPEC_ADDRESS));
    const addresses = await connector.getAddresses!(customer);
    expect(requestOf(1).url).toBe('/desk/backend/customers/987654321/addresses?addressIdentification=12345678');
    expect(addresses).toEqual([
      expect.objectContaining({ id: '12345678', name: 'Stark Mansion', streetName: 'Malibu Point', buildingNumber: '10880', postCode: '90265', townName: 'Malibu', country: 'US', isDomicile: true, isMailingAddress: true }),
    ]);
  });

  it('creates an address with the postal address the standard requires, and reads the new id', async () => {
    fetchMock.mockResolvedValueOnce(json(201, SPEC_ADDRESS_CREATED));
    const id = await connector.createAddress!('987654321', {
      name: '',
      streetName: 'Bahnhofstrasse',
      buildingNumber: '42',
      addressSuffix: '',
      postCode: '8001',
      townName: 'Zürich',
      countrySubDivision: '',
      country: 'CH',
      isDomicile: false,
      isMailingAddress: true,
    });
    expect(id).toBe('7353');
    const { method, body, url } = requestOf();
    expect(method).toBe('POST');
    expect(url).toBe('/desk/backend/customers/987654321/addresses');
    expect(body).toEqual({
      postalAddress: {
        salutation: {},
        physicalAddress: { streetName: 'Bahnhofstrasse', buildingNumber: '42', postCode: '8001', townName: 'Zürich', country: 'CH' },
        isDomicile: false,
        isMailingAddress: true,
        postCode: '8001',
        townName: 'Zürich',
        country: 'CH',
      },
    });
  });

  it('updates an address with PUT on the collection, naming it by its numeric id; 204 has no body', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await connector.updateAddress!('987654321', '12345678', {
      name: 'Stark Mansion',
      streetName: 'Malibu Point',
      buildingNumber: '10880',
      addressSuffix: '',
      postCode: '90265',
      townName: 'Malibu',
      countrySubDivision: 'CA',
      country: 'US',
      isDomicile: true,
      isMailingAddress: false,
    });
    const { method, body } = requestOf();
    expect(method).toBe('PUT');
    expect(body).toMatchObject({ addressIdentification: 12345678, addressName: 'Stark Mansion', dispatchType: 'postal', isDomicile: true, isMailingAddress: false });
  });

  it('reads natural and legal persons and their contact details', async () => {
    fetchMock.mockResolvedValueOnce(json(200, SPEC_PERSON));
    expect(await connector.getPerson!('876543219')).toEqual({
      id: '876543219',
      fullName: 'Tony Stark',
      personType: 'naturalPerson',
      countryOfDomicile: 'CH',
      language: 'German',
      nationality: ['CH'],
      birthDate: '2018-04-13',
    });
    fetchMock.mockResolvedValueOnce(json(200, SPEC_LEGAL_PERSON));
    expect(await connector.getPerson!('1000')).toMatchObject({ fullName: 'Stark Industries', personType: 'legalPerson' });
    fetchMock.mockResolvedValueOnce(json(200, [SPEC_CONTACT_DETAILS, { medium: 'email', contactContent: 'tony@stark.example' }]));
    expect(await connector.getContactDetails!('876543219')).toEqual([
      { id: '123987', medium: 'phone', mediumType: 'business', content: '0041998887766', additionalInformation: 'Prio 1 Phone Number' },
      { id: undefined, medium: 'email', mediumType: undefined, content: 'tony@stark.example', additionalInformation: undefined },
    ]);
  });

  it('adds a contact detail without sending empty optional members', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { ...SPEC_CONTACT_DETAILS, medium: 'email', contactContent: 'new@example.com', contactMediumType: undefined }));
    const added = await connector.addContactDetail!('876543219', { medium: 'email', mediumType: '', content: ' new@example.com ', additionalInformation: '' });
    expect(requestOf().body).toEqual({ medium: 'email', contactContent: 'new@example.com' });
    expect(added).toMatchObject({ medium: 'email', content: 'new@example.com' });
  });

  it('reads the KYC record', async () => {
    fetchMock.mockResolvedValueOnce(json(200, SPEC_KYC));
    const record = await connector.getKycRecord!('987654321');
    expect(record).toMatchObject({
      profession: 'Philantropist',
      typeOfEmployment: 'employed',
      incomeCurrentPeriod: { amount: '100000', currency: 'CHF' },
      sourceOfIncome: 'income',
      priorBank: 'Bank of Asgard, CH',
    });
    expect(record.sourcesOfWealth).toEqual([{ source: 'inheritance', amount: { amount: '25000000', currency: 'CHF' }, dateOfReceipt: '2018-04-13' }]);
    fetchMock.mockResolvedValueOnce(json(200, {}));
    expect(await connector.getKycRecord!('42')).toMatchObject({ profession: undefined, sourcesOfWealth: [] });
  });

  it('turns an OpenWealth problem into an error with its type, and Customer Desk’s refusal into its DESK code', async () => {
    fetchMock.mockResolvedValueOnce(json(404, SPEC_PROBLEM));
    await expect(connector.getCustomer('nobody')).rejects.toMatchObject({ status: 404, code: 'resourceDoesNotExist', message: SPEC_PROBLEM.detail });
    fetchMock.mockResolvedValueOnce(json(403, { type: 'insufficientPrivileges', title: 'Insufficient privileges', detail: 'DESK-20006: You are missing one or more roles: DeskReadKycRecord.' }));
    const error = await connector.getKycRecord!('1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ObpError);
    expect(error).toMatchObject({ status: 403, code: 'DESK-20006', isMissingRole: true });
  });

  it('reads the backend health', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { backend: 'openwealth', status: 'down', checked_at: '2025-06-01T12:00:00.000Z' }));
    expect(await connector.health!()).toEqual({ status: 'down', checkedAt: '2025-06-01T12:00:00.000Z', backendStatus: undefined });
    expect(requestOf().url).toBe('/desk/backend-health');
  });
});
