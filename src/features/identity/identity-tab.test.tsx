import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerWithAttributesV310 } from '@/api/schemas/customers';
import { tolerantCustomer } from '@/api/wire/customers';
import type { CurrentUser } from '@/api/wire/users';
import { I18nProvider } from '@/i18n/i18n-context';
import { jsonResponse, TEST_BANK, testCustomerJson, testUser } from '@/testing/test-data';
import { loadMessages } from '@/i18n/messages';
import { currentUserQueries } from '@/api/resources/users';
import { customerQueries } from '@/api/resources/customers';
import { IdentityTab } from './identity-tab';

const BANK = TEST_BANK;
const customer = testCustomerJson({
  email: 'eveline@example.com',
  date_of_birth: '1990-02-28T00:00:00Z',
  relationship_status: 'married',
  dependants: 2,
  dob_of_dependants: ['2015-01-01T00:00:00Z'],
});

const userWith = (...roles: string[]) => testUser(roles);

const json = jsonResponse;

let server: { customer: CustomerWithAttributesV310; puts: Array<{ url: string; body: unknown }>; failWith?: { status: number; message: string } };

beforeEach(() => {
  server = { customer: { ...customer }, puts: [] };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (init.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>;
        server.puts.push({ url, body });
        if (server.failWith) return json(server.failWith.status, { code: server.failWith.status, message: server.failWith.message });
        server.customer = { ...server.customer, ...body };
        const { customer_attributes: _attributes, ...updated } = server.customer;
        return json(200, updated);
      }
      return json(200, server.customer);
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

async function renderTab(user: CurrentUser | undefined) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (user) client.setQueryData(currentUserQueries.detail().queryKey, user);
  client.setQueryData(customerQueries.detail(BANK, 'c-1').queryKey, tolerantCustomer.parse(server.customer));
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <Suspense fallback="loading">
          <IdentityTab bankId={BANK} customerId="c-1" />
        </Suspense>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const section = (name: string) => screen.getByRole('region', { name });

describe('the identity tab', () => {
  it('shows a teller no disabled Edit, only one closed note naming each edit\'s role', async () => {
    await renderTab(userWith('CanGetCustomer'));
    const expected: Array<[string, string, string]> = [
      ['Name and date of birth', 'Edit name and date of birth', 'CanUpdateCustomerIdentity'],
      ['Customer number', 'Edit customer number', 'CanUpdateCustomerNumber'],
      ['Branch', 'Edit branch', 'CanUpdateCustomerBranch'],
      ['Email', 'Edit email', 'CanUpdateCustomerEmail'],
      ['Mobile phone', 'Edit mobile phone', 'CanUpdateCustomerMobilePhoneNumber'],
      ['Personal details', 'Edit personal details', 'CanUpdateCustomerData'],
    ];
    const note = screen.getByText('6 actions here need roles you do not hold').closest('details')!;
    expect(note.open).toBe(false);
    for (const [region, button, role] of expected) {
      expect(within(section(region)).queryByRole('button')).toBeNull();
      expect(note.textContent).toContain(`${button}: Requires ${role} at ${BANK}`);
    }
  });

  it('shows a relationship manager the edits their roles allow, and groups the rest away', async () => {
    await renderTab(userWith('CanGetCustomer', 'CanUpdateCustomerEmail', 'CanUpdateCustomerMobilePhoneNumber'));
    expect(within(section('Email')).getByRole('button', { name: 'Edit email' })).toHaveProperty('disabled', false);
    expect(within(section('Mobile phone')).getByRole('button', { name: 'Edit mobile phone' })).toHaveProperty('disabled', false);
    expect(within(section('Branch')).queryByRole('button', { name: 'Edit branch' })).toBeNull();
    const note = screen.getByText('4 actions here need roles you do not hold').closest('details')!;
    expect(note.textContent).not.toContain('Edit email');
    expect(note.textContent).toContain(`Edit branch: Requires CanUpdateCustomerBranch at ${BANK}`);
  });

  it('keeps every Edit drawn, disabled, while the roles load', async () => {
    await renderTab(undefined);
    expect(screen.queryByText(/actions? here need/)).toBeNull();
    expect(within(section('Email')).getByRole('button', { name: 'Edit email' })).toHaveProperty('disabled', true);
    expect(within(section('Email')).getByText('Checking your roles…')).toBeTruthy();
  });

  it('saves an email, waits for the server and shows the new value', async () => {
    const user = userEvent.setup();
    await renderTab(userWith('CanUpdateCustomerEmail'));
    const email = section('Email');
    await user.click(within(email).getByRole('button', { name: 'Edit email' }));
    const input = within(email).getByLabelText('Email');
    expect(input).toHaveProperty('value', 'eveline@example.com');
    expect(document.activeElement).toBe(input);
    await user.clear(input);
    await user.type(input, 'new@example.com');
    await user.click(within(email).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(email).getByText('Email saved.')).toBeTruthy());
    expect(within(email).getByText('new@example.com')).toBeTruthy();
    expect(server.puts).toEqual([{ url: `/obp/v5.1.0/banks/${BANK}/customers/c-1/email`, body: { email: 'new@example.com' } }]);
    expect(document.activeElement).toBe(within(email).getByRole('button', { name: 'Edit email' }));
  });

  it('keeps what was typed and shows OBP’s message when the number is taken', async () => {
    const user = userEvent.setup();
    server.failWith = {
      status: 400,
      message: 'OBP-30006: Customer Number already exists. Please specify a different value for BANK_ID or CUSTOMER_NUMBER.',
    };
    await renderTab(userWith('CanUpdateCustomerNumber'));
    const number = section('Customer number');
    await user.click(within(number).getByRole('button', { name: 'Edit customer number' }));
    const input = within(number).getByLabelText('Customer number');
    await user.clear(input);
    await user.type(input, '111');
    await user.click(within(number).getByRole('button', { name: 'Save' }));
    const alert = await within(number).findByRole('alert');
    expect(alert.textContent).toContain('The customer number 111 is already used at gh.29.uk.');
    expect(alert.textContent).toContain('OBP-30006');
    expect(within(number).getByLabelText('Customer number')).toHaveProperty('value', '111');
    expect(within(number).getByText('Already used by another customer at this bank.')).toBeTruthy();
  });

  it('does not send an unchanged customer number', async () => {
    const user = userEvent.setup();
    await renderTab(userWith('CanUpdateCustomerNumber'));
    const number = section('Customer number');
    await user.click(within(number).getByRole('button', { name: 'Edit customer number' }));
    await user.click(within(number).getByRole('button', { name: 'Save' }));
    expect(await within(number).findByText(/^Unchanged:/)).toBeTruthy();
    expect(server.puts).toEqual([]);
  });

  it('warns that OBP keeps the dependants’ dates when the count changes', async () => {
    const user = userEvent.setup();
    await renderTab(userWith('CanUpdateCustomerData'));
    const data = section('Personal details');
    // The record already disagrees: 2 dependants, 1 date.
    expect(within(data).getByText('The dependants count (2) does not match the dependants’ dates of birth on record (1).')).toBeTruthy();
    await user.click(within(data).getByRole('button', { name: 'Edit personal details' }));
    const count = within(data).getByLabelText('Dependants');
    await user.clear(count);
    await user.type(count, '1');
    expect(within(data).queryByText(/OBP does not change the dependants’ dates of birth/)).toBeNull();
    await user.clear(count);
    await user.type(count, '3');
    expect(within(data).getByText(/OBP does not change the dependants’ dates of birth/)).toBeTruthy();
  });

  it('cancel discards the draft', async () => {
    const user = userEvent.setup();
    await renderTab(userWith('CanUpdateCustomerMobilePhoneNumber'));
    const mobile = section('Mobile phone');
    await user.click(within(mobile).getByRole('button', { name: 'Edit mobile phone' }));
    await user.type(within(mobile).getByLabelText(/Mobile phone/), '999');
    await user.click(within(mobile).getByRole('button', { name: 'Cancel' }));
    // Shown in the international format, with the text as stored beside it.
    expect(within(mobile).getByText('(stored as +44 07972 444 876)')).toBeTruthy();
    await user.click(within(mobile).getByRole('button', { name: 'Edit mobile phone' }));
    expect(within(mobile).getByLabelText(/Mobile phone/)).toHaveProperty('value', '+44 07972 444 876');
    expect(server.puts).toEqual([]);
  });
});
