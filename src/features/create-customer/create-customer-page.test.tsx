import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/api/wire/users';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { currentUserQueries } from '@/api/resources/users';
import { CreateCustomerPage } from './create-customer-page';

const BANK = 'gh.29.uk';

const manager: CurrentUser = {
  userId: 'u-manager',
  email: '',
  providerId: 'manager',
  provider: 'sandbox',
  username: 'manager',
  entitlements: ['CanCreateCustomer', 'CanCreateUserCustomerLink'].map((roleName, index) => ({ entitlementId: `e${index}`, roleName, bankId: BANK })),
  views: [],
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const createdCustomer = (body: Record<string, unknown>) => ({
  bank_id: BANK,
  customer_id: 'new-id',
  customer_number: (body.customer_number as string | undefined) ?? '1804289383',
  legal_name: body.legal_name,
  mobile_phone_number: body.mobile_phone_number,
  email: '',
  face_image: { url: '', date: null },
  date_of_birth: null,
  relationship_status: '',
  dependants: body.dependants ?? 0,
  dob_of_dependants: body.dob_of_dependants ?? [],
  credit_rating: { rating: '', source: '' },
  credit_limit: { currency: '', amount: '' },
  highest_education_attained: '',
  employment_status: '',
  kyc_status: false,
  last_ok_date: null,
  title: '',
  branch_id: '',
  name_suffix: '',
});

let requests: Array<{ url: string; body: Record<string, unknown> }>;
let respond: (url: string, body: Record<string, unknown>) => Response;

beforeEach(() => {
  requests = [];
  respond = (url, body) =>
    url.endsWith('/user_customer_links')
      ? json(201, { user_customer_link_id: 'link-1', user_id: body.user_id, customer_id: body.customer_id, date_inserted: '2026-11-23T09:00:00Z', is_active: true })
      : json(201, createdCustomer(body));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      // The duplicate check's lookups as you type: nobody has this mobile number or customer number yet.
      if (url.includes('/search/customers/mobile-phone-number')) return json(200, []);
      if (url.endsWith('/customers/customer-number')) return json(404, { code: 404, message: 'OBP-30006: Customer not found.' });
      requests.push({ url, body });
      return respond(url, body);
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

async function renderPage(user = manager) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(currentUserQueries.detail().queryKey, user);
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <MemoryRouter>
          <CreateCustomerPage bankId={BANK} />
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('the create-customer page', () => {
  it('lets only a holder of CanAddKycStatus create a customer as KYC verified', async () => {
    await renderPage();
    const verified = screen.getByRole('checkbox', { name: 'KYC verified' }) as HTMLInputElement;
    expect(verified.disabled).toBe(true);
    expect(screen.getByText(`Requires CanAddKycStatus at ${BANK}`)).toBeTruthy();
  });

  it('offers KYC verified to a user who may set a KYC status', async () => {
    const officer = {
      ...manager,
      entitlements: [...manager.entitlements, { entitlementId: 'k', roleName: 'CanAddKycStatus', bankId: BANK }],
    };
    await renderPage(officer);
    expect((screen.getByRole('checkbox', { name: 'KYC verified' }) as HTMLInputElement).disabled).toBe(false);
  });

  it('adds and removes a date of birth with each dependant, and sends as many dates as dependants', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.type(screen.getByLabelText('Legal name'), 'Ana Pérez');
    await user.type(screen.getByLabelText(/^Mobile phone/), '+34 600 123 456');
    expect(screen.getByText('0 dependants')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add a dependant' }));
    await user.click(screen.getByRole('button', { name: 'Add a dependant' }));
    await user.click(screen.getByRole('button', { name: 'Add a dependant' }));
    expect(screen.getByText('3 dependants')).toBeTruthy();
    await user.type(screen.getByLabelText('Date of birth of dependant 1'), '2015-01-02');
    await user.type(screen.getByLabelText('Date of birth of dependant 3'), '2019-03-04');
    await user.click(screen.getByRole('button', { name: 'Remove dependant 2' }));
    expect(screen.queryByLabelText('Date of birth of dependant 3')).toBeNull();
    expect(screen.getByLabelText('Date of birth of dependant 2')).toHaveProperty('value', '2019-03-04');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByRole('heading', { name: 'Customer created' })).toBeTruthy();
    expect(requests).toEqual([
      {
        url: `/obp/v5.1.0/banks/${BANK}/customers`,
        body: {
          legal_name: 'Ana Pérez',
          mobile_phone_number: '+34 600 12 34 56',
          dependants: 2,
          dob_of_dependants: ['2015-01-02T00:00:00Z', '2019-03-04T00:00:00Z'],
        },
      },
    ]);
    expect(screen.getByRole('link', { name: 'Open the new customer' }).getAttribute('href')).toBe(`/banks/${BANK}/customers/new-id/identity`);
    expect(screen.getByText(/with the customer number 1804289383/)).toBeTruthy();
  });

  it('checks before sending and keeps every value when OBP refuses', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(screen.getAllByText('Required.')).toHaveLength(2);
    expect(requests).toEqual([]);

    respond = () => json(400, { code: 400, message: 'OBP-30051: Cannot create Customer' });
    await user.type(screen.getByLabelText('Legal name'), 'Ana Pérez');
    await user.type(screen.getByLabelText(/^Mobile phone/), '+34 600 123 456');
    await user.type(screen.getByLabelText(/^Customer number/), 'N-1');
    await user.type(screen.getByLabelText(/^Branch id/), 'Main branch');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(screen.getByText('Only letters, digits, “-”, “.” and “_”.')).toBeTruthy();
    expect(requests).toEqual([]);

    await user.clear(screen.getByLabelText(/^Branch id/));
    await user.type(screen.getByLabelText(/^Branch id/), 'MAD-01');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('OBP-30051: Cannot create Customer');
    expect(screen.getByLabelText('Legal name')).toHaveProperty('value', 'Ana Pérez');
    expect(screen.getByLabelText(/^Customer number/)).toHaveProperty('value', 'N-1');
    expect(screen.getByLabelText(/^Branch id/)).toHaveProperty('value', 'MAD-01');

    respond = () => json(400, { code: 400, message: 'OBP-30006: Customer Number already exists. Please specify a different value for BANK_ID or CUSTOMER_NUMBER.' });
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('Already used by another customer at this bank.')).toBeTruthy();
    expect(screen.getByLabelText(/^Customer number/)).toHaveProperty('value', 'N-1');
  });

  it('links the new customer to the signed-in user, and says clearly when a user id is unknown', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.type(screen.getByLabelText('Legal name'), 'Ana Pérez');
    await user.type(screen.getByLabelText(/^Mobile phone/), '+34 600 123 456');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    const step = await screen.findByRole('region', { name: 'Link to a user' });

    await user.click(within(step).getByRole('button', { name: 'Link to me (manager)' }));
    expect(await within(step).findByRole('table', { name: 'Links made' })).toBeTruthy();
    expect(requests.at(-1)).toEqual({
      url: `/obp/v5.1.0/banks/${BANK}/user_customer_links`,
      body: { user_id: 'u-manager', customer_id: 'new-id' },
    });
    expect(within(step).getByText('Linked to the user u-manager.')).toBeTruthy();
    expect(within(step).getByRole('button', { name: 'Link to me (manager)' })).toHaveProperty('disabled', true);

    respond = () => json(404, { code: 404, message: 'OBP-20057: User not found by userId.' });
    await user.type(within(step).getByLabelText(/^User id/), 'nobody');
    await user.click(within(step).getByRole('button', { name: 'Link user' }));
    const alert = await within(step).findByRole('alert');
    expect(alert.textContent).toContain('No user has the id nobody.');
    expect(alert.textContent).toContain('OBP-20057');
    expect(within(step).getByLabelText(/^User id/)).toHaveProperty('value', 'nobody');
  });
});
