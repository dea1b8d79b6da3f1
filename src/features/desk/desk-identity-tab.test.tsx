import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskCustomer } from '@/api/connectors/connector';
import { customerFromBankingService } from '@/api/connectors/bankingservice/bankingservice-connector';
import { customerFromOpenWealth } from '@/api/connectors/openwealth/openwealth-connector';
import { openWealthCustomer } from '@/api/connectors/openwealth/openwealth-wire';
import { COMPANY_WITHOUT_ADDRESS, DOCUMENTED_CUSTOMER } from '@/api/fixtures/bankingservice/customers';
import { SPEC_CONTACT_DETAILS, SPEC_CUSTOMER, SPEC_PERSON } from '@/api/fixtures/openwealth/customer-management';
import { deskStaffQueries } from '@/api/resources/desk-staff';
import { setRuntimeConfig } from '@/config/current-config';
import { DEFAULT_CONFIG } from '@/config/runtime-config';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { DeskIdentityTab } from './desk-identity-tab';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
let calls: Array<{ method: string; url: string }>;

beforeAll(() => {
  // jsdom has no modal dialogs: open and close are enough here.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  calls = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
  setRuntimeConfig(DEFAULT_CONFIG);
});

async function renderIdentity(customer: DeskCustomer, roles: string[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(deskStaffQueries.me().queryKey, { userId: 'u-1', username: 'desk-test', roles, backend: 'x' } as never);
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <MemoryRouter initialEntries={[`/customers/${customer.id}/identity`]}>
          <Routes>
            <Route path="/customers/:customerId/identity" element={<DeskIdentityTab customer={customer} />} />
            <Route path="/customers" element={<p>customer list</p>} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('identity on bankingservice.ai', () => {
  beforeEach(() => {
    setRuntimeConfig({ ...DEFAULT_CONFIG, backend: 'bankingservice', backendProfileId: 'gh.29.uk' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({ method: init.method ?? 'GET', url: new URL(url, 'http://console.test').pathname });
        return json(200, DOCUMENTED_CUSTOMER);
      }),
    );
  });

  it('shows the customer’s own members and its address', async () => {
    await renderIdentity(customerFromBankingService(DOCUMENTED_CUSTOMER), ['DeskReadCustomers']);
    expect(screen.getByText('text 58A, text, text Hoofddorp, Noord-Holland, NL')).toBeTruthy();
    expect(screen.getByText('318000201068')).toBeTruthy();
  });

  it('groups delete away, naming the role, for staff without DeskDeleteCustomers', async () => {
    await renderIdentity(customerFromBankingService(COMPANY_WITHOUT_ADDRESS), ['DeskReadCustomers', 'DeskUpdateCustomers']);
    expect(screen.queryByRole('button', { name: 'Delete customer' })).toBeNull();
    const note = screen.getByText('1 action here needs a role you do not hold').closest('details')!;
    expect(note.open).toBe(false);
    expect(note.textContent).toBe('1 action here needs a role you do not holdDelete customer: Needs the Customer Desk role DeskDeleteCustomers');
    expect((screen.getByRole('button', { name: 'Edit customer' }) as HTMLButtonElement).disabled).toBe(false);
    // Nulls read as not recorded, never as empty text.
    expect(screen.getAllByText('Not recorded').length).toBeGreaterThanOrEqual(3);
    expect(calls).toEqual([]);
  });

  it('deletes only after confirmation', async () => {
    const user = userEvent.setup();
    await renderIdentity(customerFromBankingService(COMPANY_WITHOUT_ADDRESS), ['DeskReadCustomers', 'DeskDeleteCustomers']);
    await user.click(screen.getByRole('button', { name: 'Delete customer' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Damrak Trading BV?' });
    expect(within(dialog).getByText('Damrak Trading BV and their address are removed from bankingservice.ai. This cannot be undone.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Delete customer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('customer list')).toBeTruthy();
    expect(calls).toEqual([{ method: 'DELETE', url: '/desk/backend/v1/profiles/gh.29.uk/customers/c-2' }]);
  });
});

describe('identity on OpenWealth', () => {
  beforeEach(() => {
    setRuntimeConfig({ ...DEFAULT_CONFIG, backend: 'openwealth' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        calls.push({ method: init.method ?? 'GET', url: new URL(url, 'http://console.test').pathname });
        if (url.endsWith('/contactdetails')) return json(200, [SPEC_CONTACT_DETAILS, { medium: 'email', contactContent: 'tony@stark.example' }]);
        return json(200, SPEC_PERSON);
      }),
    );
  });

  it('takes email and phone from the account owner’s contact details, and offers no delete', async () => {
    await renderIdentity(customerFromOpenWealth(openWealthCustomer.parse(SPEC_CUSTOMER)), ['DeskReadCustomers']);
    expect(await screen.findByText('tony@stark.example')).toBeTruthy();
    expect(screen.getByText('0041998887766')).toBeTruthy();
    expect(screen.getByText('Company, email and phone come from the account owner 876543219 (see Persons).')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete customer' })).toBeNull();
    expect(calls.map((call) => call.url).sort()).toEqual(['/desk/backend/persons/876543219', '/desk/backend/persons/876543219/contactdetails']);
  });
});
