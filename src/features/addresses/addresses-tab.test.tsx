import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostCustomerAddress } from '@/api/schemas/addresses';
import type { CustomerAddress } from '@/api/schemas/addresses';
import type { CurrentUser } from '@/api/wire/users';
import { I18nProvider } from '@/i18n/i18n-context';
import { jsonResponse, TEST_BANK, testCustomer, testUser } from '@/testing/test-data';
import { loadMessages } from '@/i18n/messages';
import { currentUserQueries } from '@/api/resources/users';
import { customerQueries } from '@/api/resources/customers';
import { AddressesTab } from './addresses-tab';

const BANK = TEST_BANK;
const customer = testCustomer();

const MANAGER = ['CanGetCustomer', 'CanCreateCustomer', 'CanGetCustomerAddress', 'CanCreateCustomerAddress', 'CanDeleteCustomerAddress'];
const userWith = (roles: readonly string[]) => testUser(roles);

const json = jsonResponse;

const saved = (id: string, body: PostCustomerAddress, status = body.status): CustomerAddress => ({
  customer_address_id: id,
  customer_id: 'c-1',
  ...body,
  status,
  insert_date: '2026-01-05T10:00:00Z',
});

type Server = { addresses: CustomerAddress[]; calls: Array<{ method: string; url: string; body?: unknown }>; failNext?: { status: number; message: string }; replaceStatus?: boolean };
let server: Server;

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  server = { addresses: [], calls: [] };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const method = init.method ?? 'GET';
      const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
      server.calls.push({ method, url, body });
      if (method !== 'GET' && server.failNext) {
        const failure = server.failNext;
        server.failNext = undefined;
        return json(failure.status, { code: failure.status, message: failure.message });
      }
      if (method === 'POST' && url.endsWith('/customers/c-1/address')) {
        const posted = body as PostCustomerAddress;
        const address = saved(`a-${server.addresses.length + 1}`, posted, server.replaceStatus ? posted.state : posted.status);
        server.addresses.push(address);
        return json(201, address);
      }
      const match = /\/customers\/c-1\/addresses\/([^/]+)$/.exec(url);
      if (match && method === 'PUT') {
        const address = saved(match[1]!, body as PostCustomerAddress);
        server.addresses = server.addresses.map((item) => (item.customer_address_id === match[1] ? address : item));
        return json(200, address);
      }
      if (match && method === 'DELETE') {
        server.addresses = server.addresses.filter((item) => item.customer_address_id !== match[1]);
        return json(200, true);
      }
      if (url.endsWith('/customers/c-1/addresses')) return json(200, { addresses: server.addresses });
      return json(404, { code: 404, message: 'OBP-10404: 404 Not Found.' });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

async function renderTab(user: CurrentUser, language: 'en' | 'es' = 'en') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(currentUserQueries.detail().queryKey, user);
  client.setQueryData(customerQueries.detail(BANK, 'c-1').queryKey, customer);
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language={language} messages={await loadMessages(language, 'all')}>
        <Suspense fallback="loading">
          <AddressesTab bankId={BANK} customerId="c-1" />
        </Suspense>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const tab = () => screen.getByRole('region', { name: 'Addresses' });

async function fillRequired() {
  await userEvent.type(screen.getByLabelText('Address line 1'), '1 High Street');
  await userEvent.type(screen.getByLabelText('City'), 'Leeds');
  await userEvent.selectOptions(screen.getByLabelText('Country'), 'GB');
}

describe('addresses tab', () => {
  it('adds an address with tags and shows it with the country named', async () => {
    await renderTab(userWith(MANAGER));
    await within(tab()).findByText('This customer has no addresses.');
    await userEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Address line 1'));
    await fillRequired();
    await userEvent.type(screen.getByLabelText('Postcode'), 'LS1 1AA');
    await userEvent.click(within(screen.getByRole('group', { name: 'Common tags:' })).getByRole('button', { name: 'home' }));
    await userEvent.type(screen.getByLabelText('Tags'), 'mailing{Enter}');
    expect(within(screen.getByRole('list', { name: 'Tags on this address' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'home×',
      'mailing×',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Add address' }));

    await within(tab()).findByText('The address “1 High Street” was added.');
    const post = server.calls.find((call) => call.method === 'POST');
    expect(post?.url).toMatch(/\/obp\/v5\.1\.0\/banks\/gh\.29\.uk\/customers\/c-1\/address$/);
    expect(post?.body).toEqual({
      line_1: '1 High Street',
      line_2: '',
      line_3: '',
      city: 'Leeds',
      county: '',
      state: '',
      postcode: 'LS1 1AA',
      country_code: 'GB',
      tags: ['home', 'mailing'],
      status: 'current',
    });
    const card = await screen.findByRole('article', { name: '1 High Street' });
    expect(within(card).getByText('United Kingdom (GB)')).toBeTruthy();
    expect(within(card).getByText('mailing')).toBeTruthy();
    expect(within(card).getByText('Current')).toBeTruthy();
  });

  it('stops tags longer than OBP stores before sending, and keeps what was typed', async () => {
    await renderTab(userWith(MANAGER));
    await within(tab()).findByText('This customer has no addresses.');
    await userEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await fillRequired();
    await userEvent.type(screen.getByLabelText('Tags'), 'home,work,mailing,billing,');
    expect(screen.getByText(/Joined with commas, the tags may take at most 20 characters: 25 used\./)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add address' }));
    expect(
      await screen.findByText('Joined with commas the tags take 25 characters, but the server keeps at most 20. Remove or shorten a tag.'),
    ).toBeTruthy();
    expect(server.calls.some((call) => call.method === 'POST')).toBe(false);
    expect((screen.getByLabelText('Address line 1') as HTMLInputElement).value).toBe('1 High Street');

    await userEvent.click(screen.getByRole('button', { name: 'Remove the tag billing' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Tags'));
    await userEvent.click(screen.getByRole('button', { name: 'Add address' }));
    await within(tab()).findByText('The address “1 High Street” was added.');
  });

  it('keeps every value and shows OBP’s message when the server refuses', async () => {
    await renderTab(userWith(MANAGER));
    await within(tab()).findByText('This customer has no addresses.');
    await userEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await fillRequired();
    server.failNext = { status: 400, message: 'OBP-50200: Connector cannot return the data we requested.' };
    await userEvent.click(screen.getByRole('button', { name: 'Add address' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The bank’s system could not do this.');
    expect(within(alert).getByText('OBP-50200: Connector cannot return the data we requested.').closest('details')).toBeTruthy();
    expect((screen.getByLabelText('Address line 1') as HTMLInputElement).value).toBe('1 High Street');
    expect((screen.getByLabelText('Country') as HTMLSelectElement).value).toBe('GB');
  });

  it('says so when the server records another status than the one sent', async () => {
    server.replaceStatus = true;
    await renderTab(userWith(MANAGER));
    await within(tab()).findByText('This customer has no addresses.');
    await userEvent.click(screen.getByRole('button', { name: 'Add an address' }));
    await fillRequired();
    await userEvent.type(screen.getByLabelText('State or region'), 'Yorkshire');
    await userEvent.click(screen.getByRole('button', { name: 'Add address' }));
    expect(
      await screen.findByText(
        'The server recorded the status as “Yorkshire”, not “current” as sent: OBP stores the address\'s state in its status.',
      ),
    ).toBeTruthy();
  });

  it('edits in place and deletes after a confirmation naming the address', async () => {
    server.addresses = [
      saved('a-1', {
        line_1: '10 Downing Street',
        line_2: '',
        line_3: '',
        city: 'London',
        county: '',
        state: '',
        postcode: 'SW1A 2AA',
        country_code: 'GB',
        tags: ['work'],
        status: 'previous',
      }),
    ];
    await renderTab(userWith(MANAGER));
    const card = await screen.findByRole('article', { name: '10 Downing Street' });
    await userEvent.click(within(card).getByRole('button', { name: 'Edit the address 10 Downing Street' }));
    const form = screen.getByRole('form', { name: 'Edit the address “10 Downing Street”' });
    expect((within(form).getByLabelText('Status') as HTMLSelectElement).value).toBe('previous');
    await userEvent.clear(within(form).getByLabelText('City'));
    await userEvent.type(within(form).getByLabelText('City'), 'Westminster');
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await within(tab()).findByText('The address “10 Downing Street” was saved.');
    expect(server.calls.find((call) => call.method === 'PUT')?.url).toMatch(/\/customers\/c-1\/addresses\/a-1$/);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit the address 10 Downing Street'));
    expect(within(screen.getByRole('article', { name: '10 Downing Street' })).getByText('Westminster')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Delete the address 10 Downing Street' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this address?' });
    expect(dialog.textContent).toContain(
      'The address “10 Downing Street, Westminster SW1A 2AA, United Kingdom” of Eveline Tripman (customer number 5987953) will be deleted.',
    );
    expect(server.calls.some((call) => call.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await within(tab()).findByText('This customer has no addresses.');
    expect(screen.getByText('The address “10 Downing Street, Westminster SW1A 2AA, United Kingdom” was deleted.')).toBeTruthy();
  });

  it('names the roles a user lacks and reads nothing without the read role', async () => {
    await renderTab(userWith(['CanGetCustomer']));
    expect(screen.getByText(`Seeing this customer's addresses needs the role CanGetCustomerAddress at ${BANK}, which you do not hold.`)).toBeTruthy();
    // Never allowed: no disabled button, one closed note naming each action's role.
    expect(screen.queryByRole('button', { name: 'Add an address' })).toBeNull();
    const note = screen.getByText('3 actions here need roles you do not hold').closest('details')!;
    expect(note.open).toBe(false);
    expect(within(note).getByText(`Requires CanCreateCustomerAddress at ${BANK}`)).toBeTruthy();
    expect(within(note).getByText(`Requires CanCreateCustomer at ${BANK}`)).toBeTruthy();
    expect(within(note).getByText(`Requires CanDeleteCustomerAddress at ${BANK}`)).toBeTruthy();
    // Nothing of the customer's is read (the user's own role requests are, for the Request access controls).
    expect(server.calls.filter((call) => !call.url.endsWith('/my/entitlement-requests'))).toEqual([]);
  });

  it('shows a reader the list without a disabled button on any card, the changes named once above', async () => {
    server.addresses = [
      saved('a-1', { line_1: 'Calle Mayor 1', line_2: '', line_3: '', city: 'Madrid', county: '', state: '', postcode: '28013', country_code: 'ES', tags: [], status: 'current' }),
      saved('a-2', { line_1: 'Gran Vía 2', line_2: '', line_3: '', city: 'Madrid', county: '', state: '', postcode: '28013', country_code: 'ES', tags: [], status: 'current' }),
    ];
    await renderTab(userWith(['CanGetCustomer', 'CanGetCustomerAddress']), 'es');
    const card = await screen.findByRole('article', { name: 'Calle Mayor 1' });
    expect(within(card).getByText('España (ES)')).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: /^(Editar|Eliminar) la dirección/ })).toEqual([]);
    const note = screen.getByText('3 acciones de aquí necesitan roles que usted no tiene').closest('details')!;
    expect(within(note).getByText(`Requiere CanCreateCustomer en ${BANK}`)).toBeTruthy();
    expect(within(note).getByText(`Requiere CanDeleteCustomerAddress en ${BANK}`)).toBeTruthy();
  });

  it('shows a manager the buttons their roles allow, and names only the one they lack', async () => {
    server.addresses = [saved('a-1', { line_1: 'Calle Mayor 1', line_2: '', line_3: '', city: 'Madrid', county: '', state: '', postcode: '28013', country_code: 'ES', tags: [], status: 'current' })];
    await renderTab(userWith(['CanGetCustomer', 'CanGetCustomerAddress', 'CanCreateCustomerAddress', 'CanDeleteCustomerAddress']));
    const card = await screen.findByRole('article', { name: 'Calle Mayor 1' });
    expect(within(card).queryByRole('button', { name: 'Edit the address Calle Mayor 1' })).toBeNull();
    expect((within(card).getByRole('button', { name: 'Delete the address Calle Mayor 1' }) as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByRole('button', { name: 'Add an address' }) as HTMLButtonElement).disabled).toBe(false);
    const note = screen.getByText('1 action here needs a role you do not hold').closest('details')!;
    expect(note.textContent).toContain(`Editing an address: Requires CanCreateCustomer at ${BANK}`);
  });
});
