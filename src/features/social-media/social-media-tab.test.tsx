import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostSocialMediaHandle } from '@/api/schemas/social-media';
import type { SocialMediaHandle } from '@/api/schemas/social-media';
import type { CurrentUser } from '@/api/wire/users';
import { testCustomer, testUser } from '@/testing/test-data';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { currentUserQueries } from '@/api/resources/users';
import { customerQueries } from '@/api/resources/customers';
import { SocialMediaTab } from './social-media-tab';

const BANK = 'gh.29.uk';
const customer = testCustomer();
const userWith = (roles: readonly string[]) => testUser(roles);

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
let handles: SocialMediaHandle[];
let calls: Array<{ method: string; url: string; body?: unknown }>;
let failNext: string | undefined;
/** The sandbox declares it keeps several handles; a real OBP server answers 404 there and keeps one. */
let sandbox: boolean;

beforeEach(() => {
  handles = [];
  calls = [];
  failNext = undefined;
  sandbox = true;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const method = init.method ?? 'GET';
      const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
      calls.push({ method, url, body });
      if (url.endsWith('/sandbox/capabilities') && sandbox) {
        return json(200, { server: 'customer-desk-sandbox', extensions: ['multiple-social-media-handles'] });
      }
      if (url.endsWith('/customers/c-1/social_media_handles')) {
        if (method === 'POST') {
          if (failNext) {
            const message = failNext;
            failNext = undefined;
            return json(400, { code: 400, message });
          }
          handles = [body as PostSocialMediaHandle, ...handles];
          return json(201, { success: 'Success' });
        }
        return json(200, { checks: handles });
      }
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
          <SocialMediaTab bankId={BANK} customerId="c-1" />
        </Suspense>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

async function addHandle(type: string, handle: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Add a handle' }));
  expect(document.activeElement).toBe(screen.getByLabelText('Network'));
  await userEvent.type(screen.getByLabelText('Network'), type);
  await userEvent.type(screen.getByLabelText('Handle'), handle);
  await userEvent.click(screen.getByRole('button', { name: 'Add handle' }));
}

describe('social media tab', () => {
  it('on OBP, which keeps one handle per customer, disables Add once a handle exists and says why', async () => {
    sandbox = false;
    await renderTab(userWith(['CanGetCustomer', 'CanGetSocialMediaHandles', 'CanAddSocialMediaHandle']));
    await addHandle('twitter', '@eveline');
    await screen.findByText('The twitter handle @eveline was added.');
    const add = await screen.findByRole('button', { name: 'Add a handle' });
    await screen.findByText('This server keeps one social-media handle per customer, and this customer has one.');
    expect((add as HTMLButtonElement).disabled).toBe(true);
  });

  it('adds several handles under the customer number and lists them all', async () => {
    await renderTab(userWith(['CanGetCustomer', 'CanGetSocialMediaHandles', 'CanAddSocialMediaHandle']));
    await screen.findByText('No social-media handle is recorded for this customer.');
    await addHandle('twitter', '@eveline');
    await screen.findByText('The twitter handle @eveline was added.');
    await addHandle('weibo', 'eveline_t');
    await screen.findByText('The weibo handle eveline_t was added.');
    const table = screen.getByRole('table', { name: 'Social-media handles of Eveline Tripman, most recently changed first' });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['eveline_t', '@eveline']);
    const post = calls.find((call) => call.method === 'POST')?.body as PostSocialMediaHandle;
    expect(post.customer_number).toBe('5987953');
    expect(post.date_activated).toBe(post.date_added);
  });

  it('keeps the values and shows OBP’s message when the server refuses', async () => {
    await renderTab(userWith(['CanGetCustomer', 'CanGetSocialMediaHandles', 'CanAddSocialMediaHandle']));
    await screen.findByText('No social-media handle is recorded for this customer.');
    failNext = 'OBP-50005: An unspecified or internal error occurred.';
    await addHandle('linkedin', 'eveline-tripman');
    // In people's words first, OBP's code and message under the details.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server refused this.');
    expect(alert.textContent).toContain('OBP-50005: An unspecified or internal error occurred.');
    expect((screen.getByLabelText('Handle') as HTMLInputElement).value).toBe('eveline-tripman');
  });

  it('names the roles a user lacks and reads nothing', async () => {
    await renderTab(userWith(['CanGetCustomer']));
    expect(screen.getByText(`Seeing this customer's handles needs the role CanGetSocialMediaHandles at ${BANK}, which you do not hold.`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a handle' })).toBeNull();
    const note = screen.getByText('1 action here needs a role you do not hold').closest('details')!;
    expect(note.textContent).toContain(`Add a handle: Requires CanAddSocialMediaHandle at ${BANK}`);
    // Only the server's capabilities and the user's own role requests are asked (no customer data).
    expect(calls.filter((call) => !call.url.endsWith('/sandbox/capabilities') && !call.url.endsWith('/my/entitlement-requests'))).toEqual([]);
  });
});
