import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { kycQueries } from '@/api/resources/kyc';
import { currentUserQueries } from '@/api/resources/users';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages, type Messages } from '@/i18n/messages';
import { testUser } from '@/testing/test-data';
import { KycStatusBadge } from './kyc-badge';

let messages: Messages;
beforeAll(async () => {
  messages = await loadMessages('en', 'all');
});

const customer = { customerId: 'c-1', kycStatus: true };

function renderRow(client: QueryClient) {
  // CanGetAnyKycStatuses is an any-bank role: held with no bank.
  const user = testUser([]);
  client.setQueryData(currentUserQueries.detail().queryKey, {
    ...user,
    entitlements: [{ entitlementId: 'e0', roleName: 'CanGetAnyKycStatuses', bankId: '' }],
  });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={messages}>
        <KycStatusBadge bankId="gh.29.uk" customer={customer} statuses="cached" />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('the KYC status of a row in a list', () => {
  it('shows the customer flag and makes no query when the statuses were never read', () => {
    const client = new QueryClient();
    renderRow(client);
    expect(screen.getByText('KYC verified')).toBeTruthy();
    expect(screen.getByText('· customer flag')).toBeTruthy();
    expect(client.getQueryCache().find({ queryKey: kycQueries.statuses(customer.customerId).queryKey })).toBeUndefined();
  });

  it('shows the latest status the console holds, over the flag', () => {
    const client = new QueryClient();
    client.setQueryData(kycQueries.statuses(customer.customerId).queryKey, {
      rows: [{ customerId: customer.customerId, customerNumber: '1', ok: false, date: '2026-01-02T00:00:00Z' }],
      unreadable: [],
    });
    renderRow(client);
    expect(screen.getByText('KYC not verified')).toBeTruthy();
    expect(screen.getByText(/latest KYC status/)).toBeTruthy();
  });
});
