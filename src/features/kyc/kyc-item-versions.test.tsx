import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { customerQueries } from '@/api/resources/customers';
import { PLAIN_OBP, serverQueries, type ServerCapabilities } from '@/api/resources/server';
import { currentUserQueries } from '@/api/resources/users';
import type { KycCheck } from '@/api/schemas/kyc';
import type { CurrentUser } from '@/api/wire/users';
import type { Customer } from '@/api/wire/customers';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { KycTab } from './kyc-tab';

const BANK = 'gh.29.uk';
const customer = { bankId: BANK, customerId: 'c-1', customerNumber: '5987953', legalName: 'Eveline Tripman', kycStatus: false } as Customer;
const officer: CurrentUser = {
  userId: 'u-kyc',
  email: '',
  providerId: 'kyc',
  provider: 'sandbox',
  username: 'kyc',
  entitlements: ['CanGetAnyKycChecks', 'CanGetAnyKycDocuments', 'CanGetAnyKycMedia', 'CanGetAnyKycStatuses'].map((roleName, index) => ({
    entitlementId: `e${index}`,
    roleName,
    bankId: '',
  })),
  views: [],
};

const failed: KycCheck = {
  bank_id: BANK,
  customer_id: 'c-1',
  id: 'k-1',
  customer_number: '5987953',
  date: '2026-01-05T10:00:00Z',
  how: 'in person',
  staff_user_id: 'u-kyc',
  staff_name: 'Rajesh Patel',
  satisfied: false,
  comments: 'The photo does not match.',
};
const satisfied: KycCheck = { ...failed, staff_user_id: 'u-admin', staff_name: 'Sam Okafor', satisfied: true };
const unchanged: KycCheck = { ...failed, id: 'k-2', comments: 'Second look.' };

let urls: string[];
beforeEach(() => {
  urls = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      if (url.endsWith('/kyc_checks')) return json({ checks: [satisfied, unchanged] });
      if (url.endsWith('/kyc_checks/versions')) {
        return json({
          versions: [
            { id: 'k-1', version: 2, recorded_at: '2026-01-06T09:30:00Z', user_id: 'u-admin', username: 'admin', kyc_check: satisfied },
            { id: 'k-1', version: 1, recorded_at: '2026-01-05T10:01:00Z', user_id: 'u-kyc', username: 'kyc', kyc_check: failed },
            { id: 'k-2', version: 1, recorded_at: '2026-01-05T11:00:00Z', user_id: 'u-kyc', username: 'kyc', kyc_check: unchanged },
          ],
        });
      }
      if (url.endsWith('/kyc_statuses')) return json({ statuses: [] });
      if (url.endsWith('/kyc_documents')) return json({ documents: [] });
      if (url.endsWith('/kyc_media')) return json({ medias: [] });
      if (url.includes('/versions')) return json({ versions: [] });
      return json({ code: 404, message: 'OBP-10404: 404 Not Found.' }, 404);
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function renderTab(server: ServerCapabilities) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(currentUserQueries.detail().queryKey, officer);
  client.setQueryData(customerQueries.detail(BANK, 'c-1').queryKey, customer);
  client.setQueryData(serverQueries.capabilities().queryKey, server);
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <Suspense fallback="loading">
          <KycTab bankId={BANK} customerId="c-1" />
        </Suspense>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('KYC item versions on the KYC tab', () => {
  it('shows a changed check’s versions: who wrote each, when, and what changed; an unchanged one says nothing', async () => {
    await renderTab({ kind: 'sandbox', extensions: new Set(['kyc-item-versions']), demoUsers: [] });
    const checks = screen.getByRole('region', { name: 'KYC checks' });
    const changed = (await within(checks).findByText('Changed after it was first recorded')).closest('li')!;
    expect(changed.textContent).toContain('The photo does not match.');
    await userEvent.click(within(changed).getByText('2 versions'));
    const versions = within(changed).getByRole('list', { name: 'Versions, newest first' });
    const [newest, oldest] = within(versions).getAllByRole('listitem').filter((item) => item.parentElement === versions);
    expect(newest!.textContent).toContain('Version 2');
    expect(newest!.textContent).toContain('by admin');
    expect(within(newest!).getByText('Outcome: Not satisfied → Satisfied')).toBeTruthy();
    expect(within(newest!).getByText('Staff name: Rajesh Patel → Sam Okafor')).toBeTruthy();
    expect(oldest!.textContent).toContain('by kyc');
    expect(oldest!.textContent).toContain('First recorded.');

    const second = within(checks).getByText('Second look.').closest('li')!;
    expect(within(second).queryByText('Changed after it was first recorded')).toBeNull();
    // One request per kind serves every item of that kind.
    expect(urls.filter((url) => url.endsWith('/sandbox/banks/gh.29.uk/customers/c-1/kyc_checks/versions'))).toHaveLength(1);
  });

  it('asks nothing of a server that does not keep versions (OBP)', async () => {
    await renderTab(PLAIN_OBP);
    await within(screen.getByRole('region', { name: 'KYC checks' })).findByText('Second look.');
    expect(screen.queryByText('Changed after it was first recorded')).toBeNull();
    expect(urls.filter((url) => url.includes('/versions'))).toEqual([]);
  });
});
