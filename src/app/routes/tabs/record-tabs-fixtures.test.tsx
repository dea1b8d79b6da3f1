import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addressListWithUnreadableRow, ADDRESS_LIST_FIXTURES } from '@/api/fixtures/obp/addresses';
import { attributeListWithUnreadableRow, ATTRIBUTE_LIST_FIXTURES } from '@/api/fixtures/obp/attributes';
import { CREDIT_LIMIT_REQUEST_LIST_FIXTURES } from '@/api/fixtures/obp/credit';
import { CRM_EVENT_LIST_FIXTURES } from '@/api/fixtures/obp/crm-events';
import { CUSTOMER_FIXTURES } from '@/api/fixtures/obp/customers';
import {
  KYC_CHECK_LIST_FIXTURES,
  KYC_CHECK_VERSION_LIST_FIXTURES,
  KYC_DOCUMENT_LIST_FIXTURES,
  KYC_DOCUMENT_VERSION_LIST_FIXTURES,
  KYC_MEDIA_LIST_FIXTURES,
  KYC_MEDIA_VERSION_LIST_FIXTURES,
  KYC_STATUS_LIST_FIXTURES,
  kycCheckListWithUnreadableRow,
  kycCheckVersionListWithUnreadableRow,
} from '@/api/fixtures/obp/kyc';
import { MEETING_LIST_FIXTURES } from '@/api/fixtures/obp/meetings';
import { socialMediaListWithUnreadableRow, SOCIAL_MEDIA_LIST_FIXTURES } from '@/api/fixtures/obp/social-media';
import { taxResidenceListWithUnreadableRow, TAX_RESIDENCE_LIST_FIXTURES } from '@/api/fixtures/obp/tax-residences';
import { customerQueries } from '@/api/resources/customers';
import { currentUserQueries } from '@/api/resources/users';
import { ROLE_NAMES, isAnyBankRole } from '@/api/schemas/roles';
import { tolerantCustomer } from '@/api/wire/customers';
import { AddressesTab } from '@/features/addresses/addresses-tab';
import { CreditTab } from '@/features/credit/credit-tab';
import { CustomerAttributesTab } from '@/features/customer-attributes/customer-attributes-tab';
import { IdentityTab } from '@/features/identity/identity-tab';
import { KycTab } from '@/features/kyc/kyc-tab';
import { SocialMediaTab } from '@/features/social-media/social-media-tab';
import { TaxResidencesTab } from '@/features/tax-residences/tax-residences-tab';
import { TimelineTab } from '@/features/timeline/timeline-tab';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages, type Messages } from '@/i18n/messages';
import { testUser } from '@/testing/test-data';

/*
 * Every tab of the customer record against every OBP fixture (src/api/fixtures/obp): the documented examples, what
 * OBP's code really produces (legacy nulls, adapter nulls, minimal create, extra fields), empty lists and a list with
 * an unreadable row. None may end in an error state; an unreadable row shows as one.
 */

const BANK = 'gh.29.uk';
type Tab = ComponentType<{ bankId: string; customerId: string }>;
const TABS: Array<[string, Tab]> = [
  ['identity', IdentityTab],
  ['addresses', AddressesTab],
  ['kyc', KycTab],
  ['tax', TaxResidencesTab],
  ['social-media', SocialMediaTab],
  ['credit', CreditTab],
  ['attributes', CustomerAttributesTab],
  ['timeline', TimelineTab],
];

type ListSet = Record<string, unknown>;
const LIST_SETS: Record<string, ListSet> = {
  documented: {
    addresses: ADDRESS_LIST_FIXTURES.documented,
    'tax-residences': TAX_RESIDENCE_LIST_FIXTURES.documented,
    social_media_handles: SOCIAL_MEDIA_LIST_FIXTURES.documented,
    attributes: ATTRIBUTE_LIST_FIXTURES.documented,
    kyc_documents: KYC_DOCUMENT_LIST_FIXTURES.documented,
    kyc_media: KYC_MEDIA_LIST_FIXTURES.documented,
    kyc_checks: KYC_CHECK_LIST_FIXTURES.documented,
    kyc_statuses: KYC_STATUS_LIST_FIXTURES.documented,
    'kyc_checks/versions': KYC_CHECK_VERSION_LIST_FIXTURES.documented,
    'kyc_documents/versions': KYC_DOCUMENT_VERSION_LIST_FIXTURES.documented,
    'kyc_media/versions': KYC_MEDIA_VERSION_LIST_FIXTURES.documented,
    meetings: MEETING_LIST_FIXTURES.documented,
    'crm-events': CRM_EVENT_LIST_FIXTURES.documented,
    requests: CREDIT_LIMIT_REQUEST_LIST_FIXTURES.documentedOldSingle,
  },
  variants: {
    addresses: ADDRESS_LIST_FIXTURES.variants,
    'tax-residences': TAX_RESIDENCE_LIST_FIXTURES.variants,
    social_media_handles: SOCIAL_MEDIA_LIST_FIXTURES.variants,
    attributes: ATTRIBUTE_LIST_FIXTURES.variants,
    kyc_documents: KYC_DOCUMENT_LIST_FIXTURES.variants,
    kyc_media: KYC_MEDIA_LIST_FIXTURES.variants,
    kyc_checks: KYC_CHECK_LIST_FIXTURES.variants,
    kyc_statuses: KYC_STATUS_LIST_FIXTURES.adapterNulls,
    'kyc_checks/versions': KYC_CHECK_VERSION_LIST_FIXTURES.variants,
    'kyc_documents/versions': KYC_DOCUMENT_VERSION_LIST_FIXTURES.variants,
    'kyc_media/versions': KYC_MEDIA_VERSION_LIST_FIXTURES.variants,
    meetings: MEETING_LIST_FIXTURES.variants,
    'crm-events': CRM_EVENT_LIST_FIXTURES.variants,
    requests: CREDIT_LIMIT_REQUEST_LIST_FIXTURES.bareList,
  },
  empty: {
    addresses: ADDRESS_LIST_FIXTURES.empty,
    'tax-residences': TAX_RESIDENCE_LIST_FIXTURES.empty,
    social_media_handles: SOCIAL_MEDIA_LIST_FIXTURES.empty,
    attributes: ATTRIBUTE_LIST_FIXTURES.empty,
    kyc_documents: KYC_DOCUMENT_LIST_FIXTURES.empty,
    kyc_media: KYC_MEDIA_LIST_FIXTURES.empty,
    kyc_checks: KYC_CHECK_LIST_FIXTURES.empty,
    kyc_statuses: KYC_STATUS_LIST_FIXTURES.empty,
    'kyc_checks/versions': KYC_CHECK_VERSION_LIST_FIXTURES.empty,
    'kyc_documents/versions': KYC_DOCUMENT_VERSION_LIST_FIXTURES.empty,
    'kyc_media/versions': KYC_MEDIA_VERSION_LIST_FIXTURES.empty,
    meetings: MEETING_LIST_FIXTURES.empty,
    'crm-events': CRM_EVENT_LIST_FIXTURES.empty,
    requests: CREDIT_LIMIT_REQUEST_LIST_FIXTURES.empty,
  },
  adapterEmpty: {
    addresses: ADDRESS_LIST_FIXTURES.adapterEmpty,
    'tax-residences': TAX_RESIDENCE_LIST_FIXTURES.adapterEmpty,
    social_media_handles: SOCIAL_MEDIA_LIST_FIXTURES.adapterEmpty,
    attributes: ATTRIBUTE_LIST_FIXTURES.adapterEmpty,
    kyc_documents: KYC_DOCUMENT_LIST_FIXTURES.adapterEmpty,
    kyc_media: KYC_MEDIA_LIST_FIXTURES.adapterEmpty,
    kyc_checks: KYC_CHECK_LIST_FIXTURES.adapterEmpty,
    kyc_statuses: KYC_STATUS_LIST_FIXTURES.adapterEmpty,
    'kyc_checks/versions': KYC_CHECK_VERSION_LIST_FIXTURES.adapterEmpty,
    'kyc_documents/versions': KYC_DOCUMENT_VERSION_LIST_FIXTURES.adapterEmpty,
    'kyc_media/versions': KYC_MEDIA_VERSION_LIST_FIXTURES.adapterEmpty,
    meetings: MEETING_LIST_FIXTURES.adapterEmpty,
    'crm-events': CRM_EVENT_LIST_FIXTURES.adapterEmpty,
    requests: { credit_limit_requests: null },
  },
};

/** The lists with one unreadable row, and the tab that must show it. */
const UNREADABLE: Array<[string, string, unknown]> = [
  ['addresses', 'addresses', addressListWithUnreadableRow],
  ['tax', 'tax-residences', taxResidenceListWithUnreadableRow],
  ['social-media', 'social_media_handles', socialMediaListWithUnreadableRow],
  ['attributes', 'attributes', attributeListWithUnreadableRow],
  ['kyc', 'kyc_checks', kycCheckListWithUnreadableRow],
  ['timeline', 'kyc_checks', kycCheckListWithUnreadableRow],
  ['kyc', 'kyc_checks/versions', kycCheckVersionListWithUnreadableRow],
];

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
let lists: ListSet;
let messages: Messages;

beforeAll(async () => {
  messages = await loadMessages('en', 'all');
});

beforeEach(() => {
  lists = LIST_SETS.documented!;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const segments = new URL(url, 'http://localhost').pathname.split('/');
      // The sandbox declares the one extension whose answers are fixtures here: the KYC items' versions.
      if (segments.at(-1) === 'capabilities') return json(200, { server: 'sandbox', extensions: ['kyc-item-versions'] });
      // `…/kyc_checks/versions` (and documents, media): named by their last two segments, every other list by its last.
      const key = segments.at(-1) === 'versions' ? segments.slice(-2).join('/') : (segments.at(-1) ?? '');
      return key in lists ? json(200, lists[key]) : json(404, { code: 404, message: 'OBP-10404: 404 Not Found.' });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** Every role of the contract, at the bank or at any bank: every section reads and every form opens. */
const everyRole = () => {
  const user = testUser(ROLE_NAMES);
  return { ...user, entitlements: ROLE_NAMES.map((roleName, index) => ({ entitlementId: `e${index}`, roleName, bankId: isAnyBankRole(roleName) ? '' : BANK })) };
};

async function renderTab(Tab: Tab, customerFixture: unknown) {
  const customer = tolerantCustomer.parse(customerFixture);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(currentUserQueries.detail().queryKey, everyRole());
  client.setQueryData(customerQueries.detail(BANK, customer.customerId).queryKey, customer);
  const path = `/banks/${BANK}/customers/${customer.customerId}/tab`;
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={messages}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route
              path="/banks/:bankId/customers/:customerId/tab"
              element={
                <Suspense fallback="loading">
                  <Tab bankId={BANK} customerId={customer.customerId} />
                </Suspense>
              }
            />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
  // Settled: nothing is loading any more.
  await waitFor(() => expect(document.querySelector('.loading')).toBeNull());
  await waitFor(() => expect(screen.queryByText('loading')).toBeNull());
}

const noErrorState = () => expect(screen.queryAllByRole('alert').map((alert) => alert.textContent)).toEqual([]);
/** Every row of these fixtures is one the console must read: none may end up shown as unreadable. */
const everyRowRead = () => expect([...document.querySelectorAll('.row-unreadable')].map((row) => row.textContent)).toEqual([]);

describe('every tab of the customer record renders every OBP fixture with no error state', () => {
  const listCases = TABS.flatMap(([name, Tab]) => Object.keys(LIST_SETS).map((set) => ({ name, Tab, set })));
  it.each(listCases)('$name with the $set lists', async ({ Tab, set }) => {
    lists = LIST_SETS[set]!;
    await renderTab(Tab, CUSTOMER_FIXTURES.documentedCustomer);
    noErrorState();
    everyRowRead();
  });

  const customerCases = TABS.flatMap(([name, Tab]) => Object.keys(CUSTOMER_FIXTURES).map((customer) => ({ name, Tab, customer })));
  it.each(customerCases)('$name of the $customer', async ({ Tab, customer }) => {
    lists = LIST_SETS.variants!;
    await renderTab(Tab, CUSTOMER_FIXTURES[customer as keyof typeof CUSTOMER_FIXTURES]);
    noErrorState();
    everyRowRead();
  });

  it.each(UNREADABLE)('%s shows an unreadable %s row as one, beside the rows it could read', async (tab, key, body) => {
    lists = { ...LIST_SETS.documented, [key]: body };
    await renderTab(TABS.find(([name]) => name === tab)![1], CUSTOMER_FIXTURES.documentedCustomer);
    noErrorState();
    expect(screen.getByText('1 record could not be read')).toBeTruthy();
    expect(document.querySelectorAll('.row-unreadable')).toHaveLength(1);
  });

  it('shows the documented rows themselves, not only no error', async () => {
    await renderTab(AddressesTab, CUSTOMER_FIXTURES.documentedCustomer);
    expect(screen.getAllByText('No 1 the Road').length).toBeGreaterThan(0);
    await renderTab(TaxResidencesTab, CUSTOMER_FIXTURES.documentedCustomer);
    expect(screen.getByText('Enter some number')).toBeTruthy();
    await renderTab(CustomerAttributesTab, CUSTOMER_FIXTURES.documentedCustomer);
    expect(screen.getAllByText('SPECIAL_TAX_NUMBER').length).toBeGreaterThan(0);
  });

  it('shows the versions of each KYC item the sandbox kept, read from the fixtures, with no error', async () => {
    await renderTab(KycTab, CUSTOMER_FIXTURES.documentedCustomer);
    // The documented check, document and media item were each written twice under their ids (the media item is also
    // shown under the document it relates to).
    await waitFor(() => expect(screen.getAllByRole('list', { name: 'Versions, newest first', hidden: true }).length).toBeGreaterThanOrEqual(3));
    expect(screen.getAllByText('2 versions').length).toBeGreaterThanOrEqual(3);
    noErrorState();
  });
});
