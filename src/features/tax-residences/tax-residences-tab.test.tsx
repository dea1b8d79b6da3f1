import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostTaxResidence, TaxResidence } from '@/api/schemas/tax-residences';
import { testCustomer, testUser } from '@/testing/test-data';
import type { CurrentUser } from '@/api/wire/users';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { currentUserQueries } from '@/api/resources/users';
import { customerQueries } from '@/api/resources/customers';
import { TaxResidencesTab } from './tax-residences-tab';

const BANK = 'gh.29.uk';
const customer = testCustomer();

const userWith = (roles: readonly string[]) => testUser(roles, 'kyc');
const KYC = ['CanGetCustomer', 'CanGetTaxResidence', 'CanCreateTaxResidence', 'CanDeleteTaxResidence'];

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
let residences: TaxResidence[];
let calls: Array<{ method: string; url: string; body?: unknown }>;

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  residences = [];
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const method = init.method ?? 'GET';
      const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
      calls.push({ method, url, body });
      if (method === 'POST' && url.endsWith('/customers/c-1/tax-residence')) {
        const posted = body as PostTaxResidence;
        if (residences.some((item) => item.domain === posted.domain && item.tax_number === posted.tax_number)) {
          return json(400, { code: 400, message: 'OBP-50200: Connector cannot return the data we requested. <- duplicate' });
        }
        const created = { ...posted, tax_residence_id: `t-${residences.length + 1}` };
        residences.push(created);
        return json(201, created);
      }
      const match = /\/customers\/c-1\/tax_residencies\/([^/]+)$/.exec(url);
      if (match && method === 'DELETE') {
        residences = residences.filter((item) => item.tax_residence_id !== match[1]);
        return json(200, true);
      }
      if (url.endsWith('/customers/c-1/tax-residences')) return json(200, { tax_residence: residences });
      return json(404, { code: 404, message: 'OBP-10404: 404 Not Found.' });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

async function renderTab(user: CurrentUser) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(currentUserQueries.detail().queryKey, user);
  client.setQueryData(customerQueries.detail(BANK, 'c-1').queryKey, customer);
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <Suspense fallback="loading">
          <TaxResidencesTab bankId={BANK} customerId="c-1" />
        </Suspense>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

async function add(country: string, taxNumber: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Add a tax residence' }));
  await userEvent.selectOptions(screen.getByLabelText('Country or jurisdiction'), country);
  await userEvent.type(screen.getByLabelText('Tax number'), taxNumber);
  await userEvent.click(screen.getByRole('button', { name: 'Add tax residence' }));
}

describe('tax residences tab', () => {
  it('adds a residence, shows the server refusing the same one again with the values kept, and deletes after confirming', async () => {
    await renderTab(userWith(KYC));
    await screen.findByText('No tax residence is recorded for this customer.');
    await add('DE', '12345678901');
    await screen.findByText('The tax residence in Germany (DE) with tax number 12345678901 was added.');
    expect(calls.find((call) => call.method === 'POST')?.body).toEqual({ domain: 'DE', tax_number: '12345678901' });
    expect(screen.getByRole('rowheader', { name: 'Germany (DE)' })).toBeTruthy();

    await add('DE', '12345678901');
    expect((await screen.findByRole('alert')).textContent).toContain('OBP-50200');
    expect((screen.getByLabelText('Tax number') as HTMLInputElement).value).toBe('12345678901');
    expect((screen.getByLabelText('Country or jurisdiction') as HTMLSelectElement).value).toBe('DE');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await userEvent.click(screen.getByRole('button', { name: 'Delete the tax residence in Germany (DE), tax number 12345678901' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this tax residence?' });
    expect(dialog.textContent).toContain('Germany (DE) with tax number 12345678901 of Eveline Tripman (customer number 5987953)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText('No tax residence is recorded for this customer.');
    expect(calls.find((call) => call.method === 'DELETE')?.url).toMatch(/\/banks\/gh\.29\.uk\/customers\/c-1\/tax_residencies\/t-1$/);
  });

  it('takes another jurisdiction as typed', async () => {
    await renderTab(userWith(KYC));
    await screen.findByText('No tax residence is recorded for this customer.');
    await userEvent.click(screen.getByRole('button', { name: 'Add a tax residence' }));
    await userEvent.selectOptions(screen.getByLabelText('Country or jurisdiction'), 'other');
    await userEvent.type(screen.getByLabelText('Jurisdiction'), 'US-CA');
    await userEvent.type(screen.getByLabelText('Tax number'), '123-45-6789');
    await userEvent.click(screen.getByRole('button', { name: 'Add tax residence' }));
    await screen.findByRole('rowheader', { name: 'US-CA' });
  });

  it('names the roles a user lacks and reads nothing without the read role', async () => {
    await renderTab(userWith(['CanGetCustomer']));
    expect(screen.getByText(`Seeing this customer's tax residences needs the role CanGetTaxResidence at ${BANK}, which you do not hold.`)).toBeTruthy();
    // Never allowed: no disabled Add, one closed note naming both writes' roles.
    expect(screen.queryByRole('button', { name: 'Add a tax residence' })).toBeNull();
    const note = screen.getByText('2 actions here need roles you do not hold').closest('details')!;
    expect(note.open).toBe(false);
    expect(note.textContent).toContain(`Add a tax residence: Requires CanCreateTaxResidence at ${BANK}`);
    expect(note.textContent).toContain(`Deleting a tax residence: Requires CanDeleteTaxResidence at ${BANK}`);
    // Nothing of the customer's is read (the user's own role requests are, for the Request access controls).
    expect(calls.filter((call) => !call.url.endsWith('/my/entitlement-requests'))).toEqual([]);
  });

  it('shows a reader the residences without a Delete column, the writes named once above', async () => {
    residences = [{ tax_residence_id: 't-1', domain: 'DE', tax_number: '12345678901' }];
    await renderTab(userWith(['CanGetCustomer', 'CanGetTaxResidence']));
    await screen.findByRole('rowheader', { name: 'Germany (DE)' });
    expect(screen.queryAllByRole('button', { name: /^Delete the tax residence/ })).toEqual([]);
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).toBeNull();
    expect(screen.getByText('2 actions here need roles you do not hold')).toBeTruthy();
  });
});
