import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { NewCustomer } from '@/api/drafts/customers';
import { ObpError } from '@/api/errors';
import { stubClientFetch } from '@/testing/client-fetch';
import { jsonResponse, newCustomerDraft } from '@/testing/test-data';
import { useCreateAddress, useUpdateAddress } from './addresses';
import { useCreateAttribute, useUpdateAttribute } from './attributes';
import { useCreateCreditLimitRequest, useUpdateCreditLimit, useUpdateCreditRating } from './credit';
import { useCreateCustomer, useCustomerUpdate } from './customers';
import { useAddKycCheck, useAddKycDocument, useAddKycMedia, useSetKycStatus } from './kyc';
import { useCreateMeeting } from './meetings';
import { useAddSocialMediaHandle } from './social-media';
import { useCreateTaxResidence } from './tax-residences';

/*
 * Every save hook takes the console's draft (camelCase, `src/api/drafts`) and sends OBP's body (snake_case) itself:
 * what reaches the network is checked here, hook by hook, so that screens never build an OBP body.
 */
const { fetchMock, requestOf } = stubClientFetch();

const BANK = 'gh.29.uk';
const CUSTOMER = 'c-1';
const AT = '2026-11-23T10:30:00Z';

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>{children}</QueryClientProvider>
);

type Sent = { method: string; path: string; body: unknown };

/** Saves `draft` with the hook and says what went out; the server answers `answer` (2xx `{}`: saved, not readable). */
async function save<Draft>(useHook: () => { mutateAsync: (draft: Draft) => Promise<unknown> }, draft: Draft, answer = () => jsonResponse(201, {})) {
  fetchMock.mockImplementation(async () => answer());
  const { result } = renderHook(useHook, { wrapper });
  let saved: unknown;
  await act(async () => {
    saved = await result.current.mutateAsync(draft);
  });
  const { url, method, body } = requestOf(0);
  const sent: Sent = { method: method ?? 'GET', path: new URL(url, 'http://console.test').pathname.replace('/obp/v5.1.0', ''), body };
  return { sent, saved };
}

const customerAt = `/banks/${BANK}/customers/${CUSTOMER}`;

describe('creating a customer', () => {
  const ana: NewCustomer = newCustomerDraft({
    customerNumber: 'N-1',
    dateOfBirth: '1985-03-04T00:00:00Z',
    dobOfDependants: ['2015-01-02T00:00:00Z'],
    kycStatus: true,
    creditLimit: { currency: 'EUR', amount: '2500' },
  });

  it('sends OBP’s v5.0.0 body from the draft, only what was given', async () => {
    const { sent } = await save(() => useCreateCustomer(BANK), ana);
    expect(sent).toEqual({
      method: 'POST',
      path: `/banks/${BANK}/customers`,
      body: {
        legal_name: 'Ana Pérez',
        mobile_phone_number: '+34 600 12 34 56',
        customer_number: 'N-1',
        date_of_birth: '1985-03-04T00:00:00Z',
        dependants: 1,
        dob_of_dependants: ['2015-01-02T00:00:00Z'],
        kyc_status: true,
        credit_limit: { currency: 'EUR', amount: '2500' },
      },
    });
  });

  it('reads a saved customer whose answer was unreadable again by the number it was given', async () => {
    await save(() => useCreateCustomer(BANK), ana);
    const reread = requestOf(1);
    expect(reread.url).toContain(`/banks/${BANK}/customers/customer-number`);
    expect(reread.body).toEqual({ customer_number: 'N-1' });
  });
});

describe('the customer updates', () => {
  const cases = [
    ['email', { email: 'ana@example.com' }, { email: 'ana@example.com' }],
    ['mobile-number', { mobilePhoneNumber: '+44 7972 444876' }, { mobile_phone_number: '+44 7972 444876' }],
    ['number', { customerNumber: '5987954' }, { customer_number: '5987954' }],
    [
      'identity',
      { legalName: 'Eveline Tripman', dateOfBirth: '1990-02-28T00:00:00Z', title: 'Dr.', nameSuffix: 'Sr.' },
      { legal_name: 'Eveline Tripman', date_of_birth: '1990-02-28T00:00:00Z', title: 'Dr.', name_suffix: 'Sr.' },
    ],
    ['branch', { branchId: 'DERBY6' }, { branch_id: 'DERBY6' }],
    [
      'data',
      { faceImage: { url: 'https://example.com/e.png', date: AT }, relationshipStatus: 'married', dependants: 2, highestEducationAttained: 'Master', employmentStatus: 'worker' },
      {
        face_image: { url: 'https://example.com/e.png', date: AT },
        relationship_status: 'married',
        dependants: 2,
        highest_education_attained: 'Master',
        employment_status: 'worker',
      },
    ],
  ] as const;

  it.each(cases)('PUT …/%s sends OBP’s body from the draft', async (suffix, draft, body) => {
    const { sent } = await save(() => useCustomerUpdate(BANK, CUSTOMER, suffix), draft);
    expect(sent).toEqual({ method: 'PUT', path: `${customerAt}/${suffix}`, body });
  });

  it('sends the credit rating flat and the credit limit as an object', async () => {
    const rating = await save(() => useUpdateCreditRating(BANK, CUSTOMER), { rating: 'A+', source: 'Experian' });
    expect(rating.sent).toEqual({ method: 'PUT', path: `${customerAt}/credit-rating-and-source`, body: { credit_rating: 'A+', credit_source: 'Experian' } });
    fetchMock.mockClear();
    const limit = await save(() => useUpdateCreditLimit(BANK, CUSTOMER), { currency: 'EUR', amount: '15000.50' });
    expect(limit.sent).toEqual({ method: 'PUT', path: `${customerAt}/credit-limit`, body: { credit_limit: { currency: 'EUR', amount: '15000.50' } } });
  });

  it('refuses a draft OBP could not read before anything is sent, as a failed save', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, {}));
    const { result } = renderHook(() => useCustomerUpdate(BANK, CUSTOMER, 'identity'), { wrapper });
    await act(async () => {
      await expect(result.current.mutateAsync({ legalName: 'A', dateOfBirth: '1990-02-28', title: '', nameSuffix: '' })).rejects.toThrow();
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the other save hooks', () => {
  const address = {
    line1: '1 High Street',
    line2: '',
    line3: '',
    city: 'Leeds',
    county: '',
    state: 'West Yorkshire',
    postcode: 'LS1 1AA',
    countryCode: 'GB',
    tags: ['home'],
    status: 'current',
  };
  const addressBody = {
    line_1: '1 High Street',
    line_2: '',
    line_3: '',
    city: 'Leeds',
    county: '',
    state: 'West Yorkshire',
    postcode: 'LS1 1AA',
    country_code: 'GB',
    tags: ['home'],
    status: 'current',
  };

  it('adds an address from the draft and answers the saved address in the console’s names', async () => {
    const answer = () => jsonResponse(201, { ...addressBody, customer_address_id: 'a-1', customer_id: CUSTOMER, status: 'West Yorkshire', insert_date: AT });
    const { sent, saved } = await save(() => useCreateAddress(BANK, CUSTOMER), address, answer);
    expect(sent).toEqual({ method: 'POST', path: `${customerAt}/address`, body: addressBody });
    expect(saved).toEqual({ ...address, customerAddressId: 'a-1', customerId: CUSTOMER, status: 'West Yorkshire', insertDate: AT });
  });

  it('replaces an address from the draft', async () => {
    const { sent } = await save(() => useUpdateAddress(BANK, CUSTOMER), { addressId: 'a-1', draft: address });
    expect(sent).toEqual({ method: 'PUT', path: `${customerAt}/addresses/a-1`, body: addressBody });
  });

  it('sets a KYC status and adds checks, documents and media under the record’s number', async () => {
    const status = await save(() => useSetKycStatus(BANK, CUSTOMER), { customerNumber: '5987953', ok: true, date: AT });
    expect(status.sent).toEqual({ method: 'PUT', path: `${customerAt}/kyc_statuses`, body: { customer_number: '5987953', ok: true, date: AT } });
    fetchMock.mockClear();
    const check = await save(() => useAddKycCheck(BANK, CUSTOMER), {
      id: 'k-1',
      draft: { customerNumber: '5987953', date: AT, how: 'video call', staffUserId: 'u-1', staffName: 'kyc', satisfied: false, comments: 'ok' },
    });
    expect(check.sent).toEqual({
      method: 'PUT',
      path: `${customerAt}/kyc_check/k-1`,
      body: { customer_number: '5987953', date: AT, how: 'video call', staff_user_id: 'u-1', staff_name: 'kyc', satisfied: false, comments: 'ok' },
    });
    fetchMock.mockClear();
    const document = await save(() => useAddKycDocument(BANK, CUSTOMER), {
      id: 'd-1',
      draft: { customerNumber: '5987953', type: 'passport', number: 'P1', issueDate: AT, issuePlace: 'Leeds', expiryDate: AT },
    });
    expect(document.sent).toEqual({
      method: 'PUT',
      path: `${customerAt}/kyc_documents/d-1`,
      body: { customer_number: '5987953', type: 'passport', number: 'P1', issue_date: AT, issue_place: 'Leeds', expiry_date: AT },
    });
    fetchMock.mockClear();
    const media = await save(() => useAddKycMedia(BANK, CUSTOMER), {
      id: 'm-1',
      draft: { customerNumber: '5987953', type: 'photo', url: 'https://example.com/p.png', date: AT, relatesToKycDocumentId: 'd-1', relatesToKycCheckId: '' },
    });
    expect(media.sent).toEqual({
      method: 'PUT',
      path: `${customerAt}/kyc_media/m-1`,
      body: {
        customer_number: '5987953',
        type: 'photo',
        url: 'https://example.com/p.png',
        date: AT,
        relates_to_kyc_document_id: 'd-1',
        relates_to_kyc_check_id: '',
      },
    });
  });

  it('schedules a meeting from the draft', async () => {
    const contact = { name: 'Eveline Tripman', mobilePhone: '+44 7972 444876', emailAddress: 'eveline@example.com' };
    const { sent } = await save(() => useCreateMeeting(BANK), {
      meeting: { providerId: 'in-person', purposeId: 'mortgage', date: AT, creator: contact, invitees: [{ contactDetails: contact, status: 'invited' }] },
      durationMinutes: 30,
    });
    const contactBody = { name: 'Eveline Tripman', mobile_phone: '+44 7972 444876', email_address: 'eveline@example.com' };
    expect(sent).toEqual({
      method: 'POST',
      path: `/banks/${BANK}/meetings`,
      body: { provider_id: 'in-person', purpose_id: 'mortgage', date: AT, creator: contactBody, invitees: [{ contact_details: contactBody, status: 'invited' }] },
    });
  });

  it('adds a social media handle, a tax residence, an attribute and a credit-limit request from their drafts', async () => {
    const handle = await save(() => useAddSocialMediaHandle(BANK, CUSTOMER), {
      customerNumber: '5987953',
      type: 'wechat',
      handle: 'eveline_t',
      dateAdded: AT,
      dateActivated: AT,
    });
    expect(handle.sent).toEqual({
      method: 'POST',
      path: `${customerAt}/social_media_handles`,
      body: { customer_number: '5987953', type: 'wechat', handle: 'eveline_t', date_added: AT, date_activated: AT },
    });
    fetchMock.mockClear();
    const residence = await save(() => useCreateTaxResidence(BANK, CUSTOMER), { domain: 'GB', taxNumber: '1234567890' });
    expect(residence.sent).toEqual({ method: 'POST', path: `${customerAt}/tax-residence`, body: { domain: 'GB', tax_number: '1234567890' } });
    fetchMock.mockClear();
    const attribute = { name: 'segment', type: 'STRING', value: 'retail' };
    const created = await save(() => useCreateAttribute(BANK, CUSTOMER), attribute);
    expect(created.sent).toEqual({ method: 'POST', path: `${customerAt}/attribute`, body: attribute });
    fetchMock.mockClear();
    const updated = await save(() => useUpdateAttribute(BANK, CUSTOMER), { attributeId: 'at-1', draft: attribute });
    expect(updated.sent).toEqual({ method: 'PUT', path: `${customerAt}/attributes/at-1`, body: attribute });
    fetchMock.mockClear();
    const request = await save(() => useCreateCreditLimitRequest(BANK, CUSTOMER), {
      requestedCurrentRateAmount1: '5000',
      requestedCurrentRateAmount2: '',
      requestedCurrentValidEndDate: '2027-01-31',
      currentCreditDocumentation: 'payslips',
      temporaryRequestedCurrentAmount: '',
      requestedTemporaryValidEndDate: '',
      temporaryCreditDocumentation: '',
    });
    expect(request.sent).toEqual({
      method: 'POST',
      path: `${customerAt}/credit_limit/requests`,
      body: {
        requested_current_rate_amount1: '5000',
        requested_current_rate_amount2: '',
        requested_current_valid_end_date: '2027-01-31',
        current_credit_documentation: 'payslips',
        temporary_requested_current_amount: '',
        requested_temporary_valid_end_date: '',
        temporary_credit_documentation: '',
      },
    });
  });

  it('fails with OBP’s error when the server refuses, so the form keeps what was typed and says why', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(400, { code: 400, message: 'OBP-30006: Customer Number already exists.' }));
    const { result } = renderHook(() => useCustomerUpdate(BANK, CUSTOMER, 'number'), { wrapper });
    let failure: unknown;
    await act(async () => {
      failure = await result.current.mutateAsync({ customerNumber: '5987954' }).catch((error: unknown) => error);
    });
    expect(failure).toBeInstanceOf(ObpError);
    expect(failure).toMatchObject({ code: 'OBP-30006' });
    expect(requestOf(0).body).toEqual({ customer_number: '5987954' });
  });
});
