import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentUserQueries } from '@/api/resources/users';
import type { CurrentUser } from '@/api/wire/users';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { ActivityTab } from './activity-tab';

const BANK = 'gh.29.uk';
const CUSTOMER = '7uy8a7e4-6d02-40e3-a129-0b2bf89de8uh';

const userWith = (...anyBankRoles: string[]): CurrentUser => ({
  userId: 'u-admin',
  email: '',
  providerId: 'admin',
  provider: 'sandbox',
  username: 'admin',
  entitlements: anyBankRoles.map((roleName, index) => ({ entitlementId: `e${index}`, roleName, bankId: '' })),
  views: [],
});

/** MetricJsonV510 rows as OBP writes them: a view, a change, an anonymous call with OBP's "null" user. */
const metric = (overrides: Record<string, unknown>) => ({
  user_id: 'u-kyc',
  url: `/obp/v5.1.0/banks/${BANK}/customers/${CUSTOMER}`,
  date: '2026-01-05T10:00:00Z',
  user_name: 'kyc',
  app_name: 'Customer Desk',
  developer_email: '',
  implemented_by_partial_function: 'getCustomerById',
  implemented_in_version: 'v3.1.0',
  consumer_id: '7',
  verb: 'GET',
  correlation_id: 'c-1',
  duration: 12,
  source_ip: '',
  target_ip: '',
  response_body: 'Not enabled',
  ...overrides,
});

let answer: unknown[];
let urls: URL[];
beforeEach(() => {
  urls = [];
  answer = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(new URL(url, 'http://desk.example'));
      return new Response(JSON.stringify({ metrics: answer }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function renderTab(user: CurrentUser, search = '') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(currentUserQueries.detail().queryKey, user);
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <MemoryRouter initialEntries={[`/banks/${BANK}/customers/${CUSTOMER}/activity${search}`]}>
          <Routes>
            <Route path="/banks/:bankId/customers/:customerId/activity" element={<ActivityTab bankId={BANK} customerId={CUSTOMER} />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('the Activity tab', () => {
  it('asks OBP’s metrics for the calls naming the customer, with OBP’s filters, and tells who did what', async () => {
    answer = [
      metric({ verb: 'PUT', url: `/obp/v5.1.0/banks/${BANK}/customers/${CUSTOMER}/kyc_check/k-1`, implemented_by_partial_function: 'addKycCheck', correlation_id: 'c-2' }),
      metric({}),
      metric({ user_id: 'null', user_name: null, correlation_id: 'c-3' }),
    ];
    await renderTab(userWith('CanReadMetrics'), '?verb=GET&from=2026-01-01&user=u-kyc&page=2');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual(['Changed', 'Viewed', 'Viewed']);
    expect(rows[0]!.textContent).toContain('addKycCheck');
    expect(rows[1]!.textContent).toContain('kyc');
    expect(rows[2]!.textContent).toContain('Not signed in');

    const asked = urls[0]!;
    expect(asked.pathname).toBe('/obp/v5.1.0/management/metrics');
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      include_url_patterns: `%${CUSTOMER}%`,
      limit: '50',
      offset: '50',
      user_id: 'u-kyc',
      verb: 'GET',
      from_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/) as unknown,
    });
  });

  it('keeps only this customer’s calls from a server that ignores the url pattern (OBP’s rows query), and says so', async () => {
    answer = [metric({}), metric({ url: `/obp/v5.1.0/banks/${BANK}/customers/someone-else`, correlation_id: 'c-9' }), metric({ url: '/obp/v5.1.0/banks' })];
    await renderTab(userWith('CanReadMetrics'));
    expect(await screen.findByText(/of the 3 calls on this page, 1 concern this customer/)).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('applies the filters together, from the first page, and refuses a start after the end', async () => {
    const user = userEvent.setup();
    await renderTab(userWith('CanReadMetrics'), '?page=3');
    expect(await screen.findByText('No recorded call names this customer. (An OBP server records calls only while its metrics are switched on.)')).toBeTruthy();
    await user.type(screen.getByLabelText('User id'), 'u-manager');
    await user.selectOptions(screen.getByLabelText('Kind of call'), 'PUT');
    // Date inputs take their value whole, as the browser's date picker sets it.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText('The start date must not be after the end date.')).toBeTruthy();
    expect(urls).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-02-28' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByText('No recorded call concerning this customer matches these filters.');
    const asked = Object.fromEntries(urls.at(-1)!.searchParams);
    expect(asked).toMatchObject({ user_id: 'u-manager', verb: 'PUT', offset: '0' });
    expect(Date.parse(asked.to_date!) - Date.parse(asked.from_date!)).toBeGreaterThan(27 * 86_400_000);
  });

  it('names the role and asks nothing without CanReadMetrics', async () => {
    await renderTab(userWith('CanGetAnyKycChecks'));
    expect(screen.getByText('Seeing who viewed or changed this customer needs the any-bank role CanReadMetrics, which you do not hold.')).toBeTruthy();
    expect(urls).toEqual([]);
  });
});
