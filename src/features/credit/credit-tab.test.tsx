import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
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
import { CreditTab } from './credit-tab';

const BANK = TEST_BANK;
const customer = testCustomerJson({
  mobile_phone_number: '',
  credit_rating: { rating: 'B', source: 'Internal model' },
  credit_limit: { currency: 'EUR', amount: '1000' },
});

const userWith = (...roles: string[]) => testUser(roles, 'admin');

const json = jsonResponse;
let calls: Array<{ method: string; url: string; body: unknown }>;
let record: CustomerWithAttributesV310;

beforeEach(() => {
  calls = [];
  record = { ...customer };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const method = init.method ?? 'GET';
      const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
      calls.push({ method, url, body });
      // A current OBP server: credit-limit requests were removed in 2023.
      if (url.includes('/credit_limit/requests')) return json(404, { code: 404, message: 'OBP-10404: 404 Not Found. The server has not found anything matching the Request-URI.' });
      if (method === 'PUT' && url.endsWith('/credit-limit')) {
        record = { ...record, credit_limit: (body as Pick<CustomerWithAttributesV310, 'credit_limit'>).credit_limit };
        const { customer_attributes: _attributes, ...updated } = record;
        return json(200, updated);
      }
      return json(200, record);
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

async function renderTab(user: CurrentUser) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(currentUserQueries.detail().queryKey, user);
  client.setQueryData(customerQueries.detail(BANK, 'c-1').queryKey, tolerantCustomer.parse(record));
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <Suspense fallback="loading">
          <CreditTab bankId={BANK} customerId="c-1" />
        </Suspense>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('credit tab', () => {
  it('says calmly that a server without credit-limit requests does not offer them, and the rest still works', async () => {
    await renderTab(userWith('CanGetCustomer', 'CanUpdateCustomerCreditLimit', 'CanUpdateCustomerCreditRatingAndSource'));
    const requests = screen.getByRole('region', { name: 'Credit-limit requests' });
    expect(await within(requests).findByText(/^Credit-limit requests are not available on this server\./)).toBeTruthy();
    expect(within(requests).queryByRole('alert')).toBeNull();
    expect(within(requests).queryByRole('button', { name: 'Request a credit limit' })).toBeNull();

    const limit = screen.getByRole('region', { name: 'Credit limit' });
    expect(within(limit).getByText('€1,000.00')).toBeTruthy();
    await userEvent.click(within(limit).getByRole('button', { name: 'Edit credit limit' }));
    const amount = within(limit).getByLabelText('Amount');
    await userEvent.clear(amount);
    await userEvent.type(amount, '2500.50');
    await userEvent.click(within(limit).getByRole('button', { name: 'Save limit' }));
    expect(await within(limit).findByText('The credit limit was saved.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ credit_limit: { currency: 'EUR', amount: '2500.50' } });
    expect(await within(limit).findByText('€2,500.50')).toBeTruthy();
  });

  it('shows only the edits the roles allow, groups the others away naming their role, and accepts the any-bank rating role', async () => {
    await renderTab({
      ...userWith('CanGetCustomer'),
      entitlements: [
        { entitlementId: 'e1', roleName: 'CanGetCustomer', bankId: BANK },
        { entitlementId: 'e2', roleName: 'CanUpdateCustomerCreditRatingAndSourceAtAnyBank', bankId: '' },
      ],
    });
    expect((screen.getByRole('button', { name: 'Edit rating and source' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole('button', { name: 'Edit credit limit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Request a credit limit' })).toBeNull();
    const note = screen.getByText('2 actions here need roles you do not hold').closest('details')!;
    expect(note.open).toBe(false);
    expect(note.textContent).toContain(`Edit credit limit: Requires CanUpdateCustomerCreditLimit at ${BANK}`);
    expect(note.textContent).toContain(`Request a credit limit: Requires CanUpdateCustomerCreditLimit at ${BANK}`);
  });
});
