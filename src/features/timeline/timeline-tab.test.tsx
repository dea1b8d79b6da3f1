import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrmEvent } from '@/api/schemas/crm-events';
import type { Meeting } from '@/api/schemas/meetings';
import type { CurrentUser } from '@/api/wire/users';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { testCustomer } from '@/testing/test-data';
import { currentUserQueries } from '@/api/resources/users';
import { customerQueries } from '@/api/resources/customers';
import { TimelineTab } from './timeline-tab';

const BANK = 'gh.29.uk';
const customer = testCustomer({ email: 'eveline@example.com' });

const userWith = (...anyBankRoles: string[]): CurrentUser => ({
  userId: 'u-1',
  email: '',
  providerId: 'manager',
  provider: 'sandbox',
  username: 'manager',
  entitlements: anyBankRoles.map((roleName, index) => ({ entitlementId: `e${index}`, roleName, bankId: '' })),
  views: [],
});

const meeting: Omit<Meeting, 'keys'> = {
  meeting_id: 'm-1',
  provider_id: 'video',
  purpose_id: 'mortgage',
  bank_id: BANK,
  present: { staff_user_id: '', customer_user_id: '' },
  when: '2026-11-20T10:00:00Z',
  creator: { name: 'manager', mobile_phone: '', email_address: '' },
  invitees: [{ contact_details: { name: 'Eveline', mobile_phone: '+44-07972-444876', email_address: '' }, status: 'accepted' }],
};

const crmEvent: CrmEvent = {
  id: 'e-1',
  bank_id: BANK,
  customer_name: 'Eveline Tripman',
  customer_number: '5987953',
  category: 'Complaint follow-up',
  detail: 'Called back about the fee',
  channel: 'Phone',
  scheduled_date: '2026-11-01T09:00:00Z',
  actual_date: '2026-11-02T09:00:00Z',
  result: 'Resolved',
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
let meetingsFail: boolean;

beforeEach(() => {
  meetingsFail = true;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url.endsWith('/meetings')) {
        return meetingsFail ? json(500, { code: 500, message: 'OBP-50000: Unknown Error.' }) : json(200, { meetings: [meeting] });
      }
      if (url.endsWith('/crm-events')) return json(200, { crm_events: [crmEvent] });
      if (url.endsWith('/kyc_statuses')) return json(200, { statuses: [{ customer_id: 'c-1', customer_number: '5987953', ok: true, date: '2026-06-01T08:00:00Z' }] });
      return json(404, { code: 404, message: 'OBP-10404: not in this test' });
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
        <MemoryRouter initialEntries={[`/banks/${BANK}/customers/c-1/timeline`]}>
          <Routes>
            <Route
              path="/banks/:bankId/customers/:customerId/timeline"
              element={
                <Suspense fallback="loading">
                  <TimelineTab bankId={BANK} customerId="c-1" />
                </Suspense>
              }
            />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('the customer timeline tab', () => {
  it('shows what loaded, says what failed with a retry, and names the roles it lacks', async () => {
    const events = userEvent.setup();
    await renderTab(userWith('CanGetAnyKycStatuses'));
    expect(await screen.findByText('Complaint follow-up')).toBeTruthy();
    expect(screen.getByText('KYC verified')).toBeTruthy();
    const failure = await screen.findByRole('alert');
    expect(failure.textContent).toContain('Meetings could not be loaded.');
    expect(screen.getByText(/KYC checks: reading them needs the any-bank role CanGetAnyKycChecks/)).toBeTruthy();
    expect(screen.getByText(/KYC documents: reading them needs the any-bank role CanGetAnyKycDocuments/)).toBeTruthy();

    meetingsFail = false;
    await events.click(within(failure).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Mortgage')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const titles = [...document.querySelectorAll('.timeline-title strong')].map((node) => node.textContent);
    expect(titles).toEqual(['Mortgage', 'Complaint follow-up', 'KYC verified']);
    expect(screen.getByRole('link', { name: 'Open the meeting' }).getAttribute('href')).toBe(`/banks/${BANK}/meetings/m-1`);
    expect(screen.getByRole('link', { name: 'Show in CRM events' }).getAttribute('href')).toBe(`/banks/${BANK}/crm-events?customer=5987953`);
  });

  it('filters by kind', async () => {
    const events = userEvent.setup();
    meetingsFail = false;
    await renderTab(userWith('CanGetAnyKycStatuses', 'CanGetAnyKycChecks', 'CanGetAnyKycDocuments'));
    expect(await screen.findByText('Mortgage')).toBeTruthy();
    await events.click(screen.getByRole('checkbox', { name: /^Meetings/ }));
    await waitFor(() => expect(screen.queryByText('Mortgage')).toBeNull());
    expect(screen.getByText('Complaint follow-up')).toBeTruthy();
  });
});
