import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting as MeetingJson } from '@/api/schemas/meetings';

/** OBP's MeetingJsonV310 without the session keys, which the console never reads. */
type Meeting = Omit<MeetingJson, 'keys'>;
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { MeetingPage } from './meeting-page';
import { MeetingsPage } from './meetings-page';

const BANK = 'gh.29.uk';
const meetingOn = (id: string, when: string, purpose_id: string, provider_id: string, names: string[]): Meeting => ({
  meeting_id: id,
  provider_id,
  purpose_id,
  bank_id: BANK,
  present: { staff_user_id: 'staff-1', customer_user_id: '' },
  when,
  creator: { name: 'manager', mobile_phone: '+44 20 7946 0000', email_address: 'manager@example.com' },
  invitees: names.map((name, index) => ({
    contact_details: { name, mobile_phone: index === 0 ? '+44 07972 444 876' : '', email_address: '' },
    status: index === 0 ? 'accepted' : 'declined',
  })),
});

// Wednesday 25 November 2026 (a week starting Monday 23 November in en-GB).
const meetings = [
  meetingOn('m-1', '2026-11-25T10:00:00Z', 'mortgage', 'in-person', ['Eveline Tripman', 'Bob Bank']),
  {
    ...meetingOn('m-2', '2026-11-26T14:30:00Z', 'complaint', 'phone', ['Carla Gómez']),
    creator: { name: 'Rajesh Patel', mobile_phone: '', email_address: 'kyc@example.com' },
  },
  meetingOn('m-3', '2026-12-02T09:00:00Z', 'onboarding', 'video', ['Next Week']),
];

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  vi.stubGlobal('navigator', { ...navigator, languages: ['en-GB'] });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url.endsWith(`/banks/${BANK}/meetings`)) return json(200, { meetings });
      if (url.endsWith('/users/current')) {
        return json(200, {
          user_id: 'u-1',
          email: 'manager@example.com',
          provider_id: 'manager',
          provider: 'sandbox',
          username: 'manager',
          entitlements: { list: [] },
          views: { list: [] },
        });
      }
      if (url.endsWith('/meetings/m-1')) return json(200, meetings[0]);
      if (url.includes('/meetings/')) return json(400, { code: 400, message: 'OBP-30104: Meeting not found. Current MeetingId(nope) ' });
      if (url.includes('/search/customers/mobile-phone-number')) {
        return json(201, {
          customers: [
            {
              bank_id: BANK,
              customer_id: 'c-1',
              customer_number: '5987953',
              legal_name: 'Eveline Tripman',
              mobile_phone_number: '+44 07972 444 876',
              email: 'eveline@example.com',
              face_image: { url: '', date: null },
              date_of_birth: '',
              dob_of_dependants: [],
              relationship_status: '',
              dependants: 0,
              credit_rating: { rating: '', source: '' },
              credit_limit: { currency: '', amount: '' },
              highest_education_attained: '',
              employment_status: '',
              kyc_status: true,
              last_ok_date: null,
              title: '',
              branch_id: '',
              name_suffix: '',
            },
          ],
        });
      }
      return json(404, { code: 404, message: 'OBP-10404: not in this test' });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

async function renderAt(path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/banks/:bankId/meetings" element={<MeetingsPage bankId={BANK} />} />
            <Route path="/banks/:bankId/meetings/:meetingId" element={<Page />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

function Page() {
  const { meetingId = '' } = useParams();
  return <MeetingPage bankId={BANK} meetingId={meetingId} />;
}

describe('the week', () => {
  it('shows seven days from Monday with each meeting as a link naming time, purpose, provider and people', async () => {
    await renderAt(`/banks/${BANK}/meetings?view=week&week=2026-11-25`);
    const link = await screen.findByRole('link', { name: /Mortgage \(In person\) with Eveline Tripman, Bob Bank/ });
    expect(link.getAttribute('href')).toBe(`/banks/${BANK}/meetings/m-1`);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toHaveLength(7);
    expect(headings[0]).toMatch(/^Mon/);
    expect(screen.getByText('2 meetings this week.')).toBeTruthy();
    expect(screen.queryByText(/Next Week/)).toBeNull();
  });

  it('filters by purpose and shows how many the filters hide', async () => {
    const events = userEvent.setup();
    await renderAt(`/banks/${BANK}/meetings?view=week&week=2026-11-25`);
    await screen.findByRole('link', { name: /Mortgage/ });
    await events.selectOptions(screen.getByLabelText('Purpose'), 'complaint');
    await waitFor(() => expect(screen.queryByRole('link', { name: /Mortgage/ })).toBeNull());
    expect(screen.getByRole('link', { name: /Complaint \(Phone\) with Carla Gómez/ })).toBeTruthy();
    expect(screen.getByText('1 meeting this week. 1 more is hidden by the filters.')).toBeTruthy();
  });

  it('shows only the meetings the signed-in user created, when asked', async () => {
    const events = userEvent.setup();
    await renderAt(`/banks/${BANK}/meetings?view=week&week=2026-11-25`);
    await screen.findByRole('link', { name: /Complaint/ });
    await events.click(screen.getByRole('checkbox', { name: 'Only meetings I created' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: /Complaint/ })).toBeNull());
    expect(screen.getByRole('link', { name: /Mortgage/ })).toBeTruthy();
  });

  it('lists the week as an agenda grouped by day, with each invitee’s answer', async () => {
    await renderAt(`/banks/${BANK}/meetings?view=agenda&week=2026-11-25`);
    await screen.findByRole('link', { name: /Mortgage/ });
    expect(screen.getByRole('button', { name: 'Agenda' }).getAttribute('aria-pressed')).toBe('true');
    const day = screen.getByRole('heading', { level: 3, name: /Wednesday, 25 November 2026|Wednesday, November 25, 2026/ });
    const group = day.closest('li')!;
    expect(within(group).getByText('Accepted')).toBeTruthy();
    expect(within(group).getByText('Declined')).toBeTruthy();
  });

  it('focuses and announces a meeting just scheduled', async () => {
    await renderAt(`/banks/${BANK}/meetings?view=week&week=2026-11-26&focus=m-2`);
    const link = await screen.findByRole('link', { name: /Complaint/ });
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect(link.textContent).toContain('Just scheduled');
    expect(screen.getByText(/^Meeting scheduled: Complaint,/)).toBeTruthy();
  });
});

describe('one meeting', () => {
  it('shows creator, invitees with their answers and a link to the customer record found by mobile', async () => {
    await renderAt(`/banks/${BANK}/meetings/m-1`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting: Mortgage' })).toBeTruthy();
    expect(screen.getByText('manager@example.com')).toBeTruthy();
    const record = await screen.findByRole('link', { name: 'Eveline Tripman (5987953)' });
    expect(record.getAttribute('href')).toBe(`/banks/${BANK}/customers/c-1`);
    expect(screen.getByText('Accepted')).toBeTruthy();
    expect(screen.getByText('No mobile number to look up')).toBeTruthy();
  });

  it('says "meeting not found" for OBP’s 400 OBP-30104', async () => {
    await renderAt(`/banks/${BANK}/meetings/nope`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Meeting not found' })).toBeTruthy();
    expect(screen.getByText(`There is no meeting nope at bank ${BANK}.`)).toBeTruthy();
  });
});
