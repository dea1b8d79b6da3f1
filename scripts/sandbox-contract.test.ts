import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { tolerantAddress, tolerantAddressList } from '@/api/wire/addresses';
import { tolerantCustomerAttribute, tolerantCustomerAttributeList } from '@/api/wire/attributes';
import { tolerantBank, tolerantBankList } from '@/api/wire/banks';
import { capabilitiesAnswer } from '@/api/wire/capabilities';
import { tolerantCreditLimitOrderResponse, tolerantCreditLimitRequest, tolerantCreditLimitRequestList } from '@/api/wire/credit';
import { tolerantCrmEventList } from '@/api/wire/crm-events';
import { tolerantCustomer, tolerantCustomerList } from '@/api/wire/customers';
import {
  tolerantKycCheck,
  tolerantKycCheckList,
  tolerantKycDocument,
  tolerantKycDocumentList,
  tolerantKycMedia,
  tolerantKycMediaList,
  tolerantKycStatus,
  tolerantKycStatusList,
} from '@/api/wire/kyc';
import { tolerantMeeting, tolerantMeetingList } from '@/api/wire/meetings';
import { tolerantSocialMediaHandleList } from '@/api/wire/social-media';
import { tolerantTaxResidence, tolerantTaxResidenceList } from '@/api/wire/tax-residences';
import { tolerantUserCustomerLink, tolerantUserCustomerLinkList } from '@/api/wire/user-customer-links';
import { tolerantEntitlementRequestList } from '@/api/wire/entitlement-requests';
import { tolerantCurrentUser } from '@/api/wire/users';
import { EVELINE_TRIPMAN } from '../server/seed/seed-customers';
import { BANK, createTestSandbox, type StaffUser, type TestSandbox } from '../server/test-support/test-sandbox';

/*
 * The sandbox's own answers pass the console's wire schemas (issue 8 §3): the sandbox is started in-process, and every
 * endpoint the console reads is read — and every write it makes is made — for the seeds' example customer, each
 * answer parsed with the schema the console parses it with. A row the console would show as unreadable fails here.
 *
 * It lives in scripts/ (the sandbox test project) because lint keeps server/ from importing the console's src/api/wire.
 */

let sandbox: TestSandbox;
let customerId: string;
beforeAll(async () => {
  sandbox = await createTestSandbox({ customers: 50 });
  const eveline = await send('admin', 'POST', `${V}/banks/${BANK}/customers/customer-number`, { customer_number: EVELINE_TRIPMAN.customerNumber });
  customerId = (eveline.json() as { customer_id: string }).customer_id;
});
afterAll(async () => sandbox.close());

const V = '/obp/v5.1.0';
const send = (user: StaffUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  sandbox.as(user, payload === undefined ? { method, url } : { method, url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) });

/** Parses an answer as the console does; a 2xx that does not parse, or holds an unreadable row, fails with why. */
function read<Schema extends z.ZodMiniType>(response: LightMyRequestResponse, schema: Schema): z.output<Schema> {
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
  expect(response.statusCode, response.body).toBeLessThan(300);
  const parsed = schema.safeParse(response.json());
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
  const data = parsed.data as unknown;
  const unreadable = Array.isArray(data)
    ? data.filter((row) => (row as { unreadable?: boolean }).unreadable)
    : ((data as { unreadable?: unknown[] } | undefined)?.unreadable ?? []);
  expect(unreadable).toEqual([]);
  return parsed.data as z.output<Schema>;
}

const rowsOf = <Row,>(list: { rows: Row[] }) => list.rows;
const record = (path: string) => `${V}/banks/${BANK}/customers/${customerId}/${path}`;

describe('the sandbox answers every endpoint the console uses in a shape the console reads', () => {
  it('shell: banks, the current user, the server’s capabilities', async () => {
    expect(read(await send('manager', 'GET', `${V}/banks`), tolerantBankList).length).toBeGreaterThan(0);
    expect(read(await send('manager', 'GET', `${V}/banks/${BANK}`), tolerantBank).id).toBe(BANK);
    expect(read(await send('kyc', 'GET', `${V}/users/current`), tolerantCurrentUser).entitlements.length).toBeGreaterThan(0);
    expect(read(await send('manager', 'GET', `${V}/sandbox/capabilities`), capabilitiesAnswer).server).not.toBe('');
  });

  it('customers: lookups, searches, lists, create and an update', async () => {
    const eveline = read(
      await send('admin', 'POST', `${V}/banks/${BANK}/customers/customer-number`, { customer_number: EVELINE_TRIPMAN.customerNumber }),
      tolerantCustomer,
    );
    expect(eveline.customerId).toBe(customerId);
    expect(read(await send('admin', 'GET', `${V}/banks/${BANK}/customers/${customerId}`), tolerantCustomer).legalName).toBe(EVELINE_TRIPMAN.legalName);
    const search = await send('admin', 'POST', `${V}/banks/${BANK}/search/customers/mobile-phone-number?limit=20&offset=0`, { mobile_phone_number: '%' });
    expect(read(search, tolerantCustomerList).length).toBeGreaterThan(0);
    expect(read(await send('admin', 'GET', `${V}/banks/${BANK}/customers?limit=11&offset=0&sort_direction=DESC`), tolerantCustomerList).length).toBe(11);
    expect(read(await send('manager', 'GET', `${V}/banks/${BANK}/my/customers`), tolerantCustomerList).length).toBeGreaterThan(0);
    const created = read(
      await send('admin', 'POST', `${V}/banks/${BANK}/customers`, { legal_name: 'Contract Test', mobile_phone_number: '+44 7700 900999' }),
      tolerantCustomer,
    );
    expect(read(await send('admin', 'PUT', `${V}/banks/${BANK}/customers/${created.customerId}/email`, { email: 'c@example.com' }), tolerantCustomer).email).toBe(
      'c@example.com',
    );
    const link = read(await send('admin', 'POST', `${V}/banks/${BANK}/user_customer_links`, { user_id: (await userId('kyc')), customer_id: created.customerId }), tolerantUserCustomerLink);
    expect(link.customerId).toBe(created.customerId);
    expect(rowsOf(read(await send('admin', 'GET', `${V}/banks/${BANK}/user_customer_links/customers/${created.customerId}`), tolerantUserCustomerLinkList))).toHaveLength(1);
  });

  it('addresses, tax residences, social media, attributes', async () => {
    const body = { line_1: '1 Contract Road', line_2: '', line_3: '', city: 'London', county: '', state: '', postcode: 'N1 1AA', country_code: 'GB', tags: [], status: 'current' };
    const address = read(await send('admin', 'POST', record('address'), body), tolerantAddress);
    read(await send('admin', 'PUT', record(`addresses/${address.customerAddressId}`), { ...body, tags: ['home'] }), tolerantAddress);
    expect(rowsOf(read(await send('admin', 'GET', record('addresses')), tolerantAddressList)).length).toBeGreaterThan(0);

    read(await send('admin', 'POST', record('tax-residence'), { domain: 'DE', tax_number: `C${Date.now() % 1e9}` }), tolerantTaxResidence);
    expect(rowsOf(read(await send('admin', 'GET', record('tax-residences')), tolerantTaxResidenceList)).length).toBeGreaterThan(0);

    const handles = rowsOf(read(await send('admin', 'GET', record('social_media_handles')), tolerantSocialMediaHandleList));
    if (handles.length === 0) {
      const added = await send('admin', 'POST', record('social_media_handles'), {
        customer_number: EVELINE_TRIPMAN.customerNumber, type: 'twitter', handle: '@contract', date_added: '2025-01-01T00:00:00Z', date_activated: '2025-01-01T00:00:00Z',
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    expect(rowsOf(read(await send('admin', 'GET', record('social_media_handles')), tolerantSocialMediaHandleList)).length).toBeGreaterThan(0);

    const attribute = read(await send('admin', 'POST', record('attribute'), { name: 'CONTRACT', type: 'STRING', value: 'yes' }), tolerantCustomerAttribute);
    read(await send('admin', 'PUT', record(`attributes/${attribute.customerAttributeId}`), { name: 'CONTRACT', type: 'STRING', value: 'still' }), tolerantCustomerAttribute);
    expect(rowsOf(read(await send('admin', 'GET', record('attributes')), tolerantCustomerAttributeList)).length).toBeGreaterThan(0);
  });

  it('KYC: the four lists and the four writes', async () => {
    const number = EVELINE_TRIPMAN.customerNumber;
    const stamp = Date.now().toString(36);
    read(await send('admin', 'PUT', record(`kyc_documents/doc-${stamp}`), {
      customer_number: number, type: 'Passport', number: '533401372', issue_date: '2020-01-20T00:00:00Z', issue_place: 'HMPO', expiry_date: '2030-01-20T00:00:00Z',
    }), tolerantKycDocument);
    read(await send('admin', 'PUT', record(`kyc_check/check-${stamp}`), {
      customer_number: number, date: '2025-05-30T10:15:00Z', how: 'In person', staff_user_id: await userId('admin'), staff_name: 'Admin', satisfied: true, comments: '',
    }), tolerantKycCheck);
    read(await send('admin', 'PUT', record(`kyc_media/media-${stamp}`), {
      customer_number: number, type: 'Scan', url: 'https://documents.example.com/p.pdf', date: '2025-05-30T10:20:00Z', relates_to_kyc_document_id: `doc-${stamp}`, relates_to_kyc_check_id: '',
    }), tolerantKycMedia);
    read(await send('admin', 'PUT', record('kyc_statuses'), { customer_number: number, ok: true, date: '2025-05-30T10:30:00Z' }), tolerantKycStatus);
    for (const [path, schema] of [
      ['kyc_documents', tolerantKycDocumentList],
      ['kyc_checks', tolerantKycCheckList],
      ['kyc_media', tolerantKycMediaList],
      ['kyc_statuses', tolerantKycStatusList],
    ] as const) {
      const list = read(await send('kyc', 'GET', `${V}/customers/${customerId}/${path}`), schema) as { rows: unknown[] };
      expect(list.rows.length, path).toBeGreaterThan(0);
    }
  });

  it('meetings, CRM events, credit-limit requests, entitlement requests', async () => {
    const meeting = read(
      await send('manager', 'POST', `${V}/banks/${BANK}/meetings`, {
        provider_id: 'phone', purpose_id: 'onboarding', date: '2030-01-15T10:00:00Z',
        creator: { name: 'Manager', mobile_phone: '', email_address: '' },
        invitees: [{ contact_details: { name: EVELINE_TRIPMAN.legalName, mobile_phone: EVELINE_TRIPMAN.mobilePhoneNumber, email_address: '' }, status: '' }],
      }),
      tolerantMeeting,
    );
    expect(read(await send('manager', 'GET', `${V}/banks/${BANK}/meetings/${meeting.meetingId}`), tolerantMeeting).meetingId).toBe(meeting.meetingId);
    expect(rowsOf(read(await send('manager', 'GET', `${V}/banks/${BANK}/meetings`), tolerantMeetingList)).length).toBeGreaterThan(0);
    expect(rowsOf(read(await send('manager', 'GET', `${V}/banks/${BANK}/crm-events`), tolerantCrmEventList)).length).toBeGreaterThan(0);

    const order = read(await send('admin', 'POST', record('credit_limit/requests'), {
      requested_current_rate_amount1: '7500.00', requested_current_rate_amount2: '10000.00', requested_current_valid_end_date: '2030-12-31',
      current_credit_documentation: 'Payslips', temporary_requested_current_amount: '2000.00', requested_temporary_valid_end_date: '2030-08-31', temporary_credit_documentation: '',
    }), tolerantCreditLimitOrderResponse);
    expect(order.shortReference).not.toBe('');
    const requests = rowsOf(read(await send('admin', 'GET', record('credit_limit/requests')), tolerantCreditLimitRequestList));
    expect(requests.length).toBeGreaterThan(0);
    expect(read(await send('admin', 'GET', record(`credit_limit/requests/${requests[0]!.id}`)), tolerantCreditLimitRequest).id).toBe(requests[0]!.id);

    expect((await send('teller', 'POST', `${V}/entitlement-requests`, { bank_id: BANK, role_name: 'CanGetCustomers' })).statusCode).toBe(201);
    expect(read(await send('teller', 'GET', `${V}/my/entitlement-requests`), tolerantEntitlementRequestList).length).toBeGreaterThan(0);
  });
});

async function userId(user: StaffUser): Promise<string> {
  return read(await send(user, 'GET', `${V}/users/current`), tolerantCurrentUser).userId;
}
