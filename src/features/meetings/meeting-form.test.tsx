import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Customer } from '@/api/wire/customers';
import type { Meeting } from '@/api/wire/meetings';
import type { CurrentUser } from '@/api/wire/users';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { currentUserQueries } from '@/api/resources/users';
import { customerQueries } from '@/api/resources/customers';
import { meetingQueries } from '@/api/resources/meetings';
import { resetDurations } from './meeting-durations';
import { ScheduleMeetingPage } from './meeting-form';

const BANK = 'gh.29.uk';
const user: CurrentUser = {
  userId: 'u-1',
  email: 'manager@example.com',
  providerId: 'manager',
  provider: 'sandbox',
  username: 'manager',
  entitlements: [],
  views: [],
};

const customer = {
  bankId: BANK,
  customerId: 'c-1',
  customerNumber: '5987953',
  legalName: 'Eveline Tripman',
  mobilePhoneNumber: '+44 07972 444 876',
  email: 'eveline@example.com',
} as Customer;

const pad = (number: number) => String(number).padStart(2, '0');
const localInput = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
const tomorrowAtTen = new Date();
tomorrowAtTen.setDate(tomorrowAtTen.getDate() + 1);
tomorrowAtTen.setHours(10, 0, 0, 0);

const existing: Meeting = {
  meetingId: 'existing',
  providerId: 'phone',
  purposeId: 'complaint',
  bankId: BANK,
  present: { staffUserId: 'staff', customerUserId: 'u-1' },
  when: tomorrowAtTen.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  creator: { name: 'manager', mobilePhone: '', emailAddress: 'manager@example.com' },
  invitees: [{ contactDetails: { name: 'Ann Other', mobilePhone: '', emailAddress: '' }, status: 'accepted' }],
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
let posts: unknown[];
let failWith: { status: number; message: string } | undefined;

beforeEach(() => {
  posts = [];
  failWith = undefined;
  resetDurations();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (init.method === 'POST' && url.endsWith(`/banks/${BANK}/meetings`)) {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>;
        posts.push(body);
        if (failWith) return json(failWith.status, { code: failWith.status, message: failWith.message });
        return json(201, { ...existing, ...body, meeting_id: 'created', when: body.date, invitees: body.invitees });
      }
      if (url.endsWith(`/banks/${BANK}/meetings`)) return json(200, { meetings: [existing] });
      return json(404, { code: 404, message: 'OBP-10404: not in this test' });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

function Location() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

async function renderForm(path = `/banks/${BANK}/meetings/new`) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(currentUserQueries.detail().queryKey, user);
  client.setQueryData(customerQueries.detail(BANK, 'c-1').queryKey, customer);
  client.setQueryData(meetingQueries.list(BANK).queryKey, { rows: [existing], unreadable: [] });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/banks/:bankId/meetings/new" element={<ScheduleMeetingPage bankId={BANK} />} />
            <Route path="*" element={<Location />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return screen.getByRole('form', { name: 'Schedule a meeting' });
}

describe('scheduling a meeting', () => {
  it('prefills the creator from the signed-in user', async () => {
    const form = await renderForm();
    const creator = within(form).getByRole('group', { name: 'Created by' });
    expect(within(creator).getByLabelText('Name')).toHaveProperty('value', 'manager');
    expect(within(creator).getByLabelText('Email')).toHaveProperty('value', 'manager@example.com');
    expect(within(form).getByLabelText('Duration')).toHaveProperty('value', '30');
  });

  it('keeps everything and sends nothing when another provider id has a space', async () => {
    const events = userEvent.setup();
    const form = await renderForm();
    await events.selectOptions(within(form).getByLabelText('Purpose'), 'Mortgage');
    await events.selectOptions(within(form).getByLabelText('Provider'), 'Other…');
    await events.type(within(form).getByLabelText('Provider (other)'), 'in person');
    await events.click(within(form).getByRole('button', { name: 'Add invitee' }));
    await events.type(within(within(form).getByRole('group', { name: 'Invitee 1' })).getByLabelText('Name'), 'Bea');
    await events.click(within(form).getByRole('button', { name: 'Schedule meeting' }));
    expect(await within(form).findByText('Use only letters, digits, -, _, . or ~ (no spaces).')).toBeTruthy();
    expect(within(form).getByRole('alert').textContent).toContain('1 field needs attention');
    expect(within(form).getByLabelText('Provider (other)')).toHaveProperty('value', 'in person');
    expect(within(form).getByLabelText('Purpose')).toHaveProperty('value', 'mortgage');
    expect(within(within(form).getByRole('group', { name: 'Invitee 1' })).getByLabelText('Name')).toHaveProperty('value', 'Bea');
    expect(posts).toEqual([]);
  });

  it('warns, without blocking, when the creator already has a meeting 15 minutes away', async () => {
    const form = await renderForm();
    const date = within(form).getByLabelText('Date and time');
    fireEvent.change(date, { target: { value: localInput(new Date(tomorrowAtTen.getTime() + 15 * 60_000)) } });
    expect(await within(form).findByText('Possible clash.')).toBeTruthy();
    expect(within(form).getByText(/manager already has a meeting within 30 minutes of this time/)).toBeTruthy();
    fireEvent.change(date, { target: { value: localInput(new Date(tomorrowAtTen.getTime() + 60 * 60_000)) } });
    await waitFor(() => expect(within(form).queryByText('Possible clash.')).toBeNull());
  });

  it('books with the customer as the first invitee and goes to the week, focusing the new meeting', async () => {
    const events = userEvent.setup();
    const form = await renderForm(`/banks/${BANK}/meetings/new?customerId=c-1`);
    expect(screen.getByRole('heading', { level: 1, name: 'Book a meeting with Eveline Tripman' })).toBeTruthy();
    const invitee = within(form).getByRole('group', { name: 'Invitee 1' });
    expect(within(invitee).getByLabelText('Name')).toHaveProperty('value', 'Eveline Tripman');
    expect(within(invitee).getByLabelText('Mobile phone')).toHaveProperty('value', '+44 07972 444 876');
    expect(within(invitee).getByLabelText('Status')).toHaveProperty('value', 'invited');
    await events.selectOptions(within(form).getByLabelText('Purpose'), 'Mortgage');
    await events.selectOptions(within(form).getByLabelText('Provider'), 'Video');
    fireEvent.change(within(form).getByLabelText('Date and time'), { target: { value: localInput(new Date(tomorrowAtTen.getTime() + 3 * 3_600_000)) } });
    await events.selectOptions(within(form).getByLabelText('Duration'), '60');
    await events.click(within(form).getByRole('button', { name: 'Schedule meeting' }));
    const location = await screen.findByTestId('location');
    expect(location.textContent).toMatch(/^\/banks\/gh\.29\.uk\/meetings\?view=week&week=\d{4}-\d{2}-\d{2}&focus=created$/);
    expect(posts).toEqual([
      expect.objectContaining({
        provider_id: 'video',
        purpose_id: 'mortgage',
        invitees: [
          {
            contact_details: { name: 'Eveline Tripman', mobile_phone: '+44 07972 444 876', email_address: 'eveline@example.com' },
            status: 'invited',
          },
        ],
      }),
    ]);
  });

  it('keeps the form and shows OBP’s message when the save fails', async () => {
    const events = userEvent.setup();
    failWith = { status: 400, message: 'OBP-10001: Incorrect json format. The Json body should be the CreateMeetingJson ' };
    const form = await renderForm();
    await events.selectOptions(within(form).getByLabelText('Purpose'), 'KYC review');
    await events.selectOptions(within(form).getByLabelText('Provider'), 'Phone');
    await events.click(within(form).getByRole('button', { name: 'Schedule meeting' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('The meeting was not scheduled.');
    expect(alert.textContent).toContain('OBP-10001');
    expect(within(form).getByLabelText('Purpose')).toHaveProperty('value', 'kyc-review');
    expect(within(form).getByRole('button', { name: 'Schedule meeting' })).toHaveProperty('disabled', false);
  });
});
