import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KycCheck, KycDocument, KycStatus } from '@/api/schemas/kyc';
import type { CurrentUser } from '@/api/wire/users';
import { testCustomer, testCustomerJson } from '@/testing/test-data';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { currentUserQueries } from '@/api/resources/users';
import { customerQueries } from '@/api/resources/customers';
import { KycTab } from './kyc-tab';

const BANK = 'gh.29.uk';
const customer = testCustomer();

const KYC_OFFICER = [
  ['CanGetCustomer', BANK],
  ['CanAddKycCheck', BANK],
  ['CanAddKycDocument', BANK],
  ['CanAddKycMedia', BANK],
  ['CanAddKycStatus', BANK],
  ['CanGetAnyKycChecks', ''],
  ['CanGetAnyKycDocuments', ''],
  ['CanGetAnyKycMedia', ''],
  ['CanGetAnyKycStatuses', ''],
] as const;

const userWith = (roles: ReadonlyArray<readonly [string, string]>): CurrentUser => ({
  userId: 'u-42',
  email: '',
  providerId: 'kyc',
  provider: 'sandbox',
  username: 'kyc',
  entitlements: roles.map(([roleName, bankId], index) => ({ entitlementId: `e${index}`, roleName, bankId })),
  views: [],
});

const json = (status: number, body: unknown) =>
  new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const check: KycCheck = {
  bank_id: BANK,
  customer_id: 'c-1',
  id: 'k-1',
  customer_number: '5987953',
  date: '2026-01-05T10:00:00Z',
  how: 'in person',
  staff_user_id: 'u-7',
  staff_name: 'Branch officer',
  satisfied: true,
  comments: 'Seen at the branch.',
};
const document: KycDocument = {
  bank_id: BANK,
  customer_id: 'c-1',
  id: 'd-1',
  customer_number: '5987953',
  type: 'passport',
  number: 'P123',
  issue_date: '2010-01-01T00:00:00Z',
  issue_place: 'London',
  expiry_date: '2020-01-01T00:00:00Z',
};

type Server = {
  statuses: KycStatus[];
  /** The sandbox's declared extensions; empty: plain OBP (no capabilities endpoint). */
  extensions: string[];
  failDocuments: number;
  calls: Array<{ method: string; url: string; body?: unknown }>;
};
let server: Server;

beforeAll(() => {
  // jsdom has no modal dialogs: open and close are enough for these tests.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  server = { statuses: [], failDocuments: 0, calls: [], extensions: ['kyc-status-history'] };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const method = init.method ?? 'GET';
      const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
      server.calls.push({ method, url, body });
      if (url.endsWith('/sandbox/capabilities')) {
        return server.extensions.length > 0
          ? json(200, { server: 'customer-desk-sandbox', extensions: server.extensions })
          : json(404, { code: 404, message: 'OBP-10404: 404 Not Found.' });
      }
      if (method === 'PUT' && url.endsWith('/kyc_statuses')) {
        const status = { customer_id: 'c-1', ...(body as Omit<KycStatus, 'customer_id'>) };
        server.statuses = [status, ...server.statuses];
        return json(201, status);
      }
      if (url.endsWith('/kyc_statuses')) return json(200, { statuses: server.statuses });
      if (url.endsWith('/kyc_checks')) return json(200, { checks: [check] });
      if (url.endsWith('/kyc_documents')) {
        if (server.failDocuments > 0) {
          server.failDocuments -= 1;
          return json(500, { code: 500, message: 'OBP-50000: Unknown Error.' });
        }
        return json(200, { documents: [document] });
      }
      if (url.endsWith('/kyc_media')) {
        return json(200, {
          medias: [
            {
              bank_id: BANK,
              customer_id: 'c-1',
              id: 'm-1',
              customer_number: '5987953',
              type: 'scan',
              url: 'https://files.example.com/p.pdf',
              date: '2026-01-05T10:00:00Z',
              relates_to_kyc_document_id: 'd-1',
              relates_to_kyc_check_id: '',
            },
          ],
        });
      }
      if (url.endsWith('/customers/c-1')) return json(200, testCustomerJson());
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
          <KycTab bankId={BANK} customerId="c-1" />
        </Suspense>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return client;
}

const region = (name: string) => screen.getByRole('region', { name });

describe('KYC tab', () => {
  it('keeps a failing list inside its own section, with a retry, while the others work', async () => {
    server.failDocuments = 1;
    await renderTab(userWith(KYC_OFFICER));
    const documents = region('Identity documents');
    expect((await within(documents).findByRole('alert')).textContent).toContain('OBP-50000: Unknown Error.');
    expect(await within(region('KYC checks')).findByText('Seen at the branch.')).toBeTruthy();
    expect(within(region('KYC status')).getByText('No KYC status has been set for this customer.')).toBeTruthy();
    expect((within(region('KYC checks')).getByRole('button', { name: 'Record a check' }) as HTMLButtonElement).disabled).toBe(false);
    // An officer may take every write: nothing is grouped away.
    expect(screen.queryByText(/actions? here need/)).toBeNull();

    await userEvent.click(within(documents).getByRole('button', { name: 'Try again' }));
    expect(await within(documents).findByText('Expired', { exact: true })).toBeTruthy();
    // Media are shown under the document they belong to.
    expect(within(documents).getByRole('link', { name: /scan/ }).getAttribute('href')).toBe('https://files.example.com/p.pdf');
  });

  it('names the any-bank read roles and the write roles, and calls nothing, for a user without them', async () => {
    await renderTab(userWith([['CanGetCustomer', BANK]]));
    expect(
      screen.getByText('Seeing KYC checks needs the any-bank role CanGetAnyKycChecks, which you do not hold.'),
    ).toBeTruthy();
    expect(screen.getByText('Seeing KYC media needs the any-bank role CanGetAnyKycMedia, which you do not hold.')).toBeTruthy();
    // The four writes: no disabled button in any section, one closed note for the tab naming each role.
    for (const name of ['Set status', 'Record a check', 'Add a document', 'Add media']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    const note = screen.getByText('4 actions here need roles you do not hold').closest('details')!;
    expect(note.open).toBe(false);
    expect(note.textContent).toContain(`Set status: Requires CanAddKycStatus at ${BANK}`);
    expect(note.textContent).toContain(`Add media: Requires CanAddKycMedia at ${BANK}`);
    expect(server.calls.filter((call) => call.url.includes('/kyc_'))).toEqual([]);
  });

  it('does not take a bank-level grant of an any-bank role', async () => {
    await renderTab(userWith([['CanGetAnyKycStatuses', BANK]]));
    expect(
      screen.getByText('Seeing the KYC status needs the any-bank role CanGetAnyKycStatuses, which you do not hold.'),
    ).toBeTruthy();
  });

  it('sets the status only after a confirmation naming the customer, then reads the history and the record again', async () => {
    await renderTab(userWith(KYC_OFFICER));
    const status = region('KYC status');
    await within(status).findByText('No KYC status has been set for this customer.');
    await userEvent.click(within(status).getByRole('button', { name: 'Set status' }));
    await userEvent.click(within(status).getByRole('radio', { name: 'Verified' }));
    await userEvent.click(within(status).getByRole('button', { name: 'Set status…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set the KYC status?' });
    expect(dialog.textContent).toContain('Set the KYC status of Eveline Tripman (customer number 5987953) to “Verified”');
    expect(server.calls.some((call) => call.method === 'PUT')).toBe(false);

    const recordReads = () => server.calls.filter((call) => call.url.endsWith('/customers/c-1')).length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set status' }));
    await within(status).findByText('The KYC status is now “Verified”.');
    const put = server.calls.find((call) => call.method === 'PUT');
    expect(put?.url).toMatch(/\/banks\/gh\.29\.uk\/customers\/c-1\/kyc_statuses$/);
    expect(put?.body).toMatchObject({ customer_number: '5987953', ok: true });
    expect((put?.body as { date: string }).date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const history = within(status).getByRole('list', { name: 'KYC status history, newest first' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(1));
    expect(recordReads()).toBeGreaterThan(0);
  });

  it('shows one status, the latest KYC status over the customer flag, and no history where OBP keeps one row', async () => {
    server.extensions = [];
    server.statuses = [{ customer_id: 'c-1', customer_number: '5987953', ok: true, date: '2026-11-03T10:00:00Z' }];
    await renderTab(userWith(KYC_OFFICER));
    const status = region('KYC status');
    // The customer's flag says not verified (OBP does not keep it in step); the latest status wins, labelled as such.
    await within(status).findByText(/^· latest KYC status .*2026$/);
    expect(status.querySelector('.kyc-current-status')?.textContent).toContain('KYC verified');
    expect(within(status).queryByText('KYC not verified')).toBeNull();
    expect(within(status).queryByRole('list', { name: 'KYC status history, newest first' })).toBeNull();
  });
});
