import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoleName } from '@/api/schemas/roles';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import type { Permission } from '@/lib/permissions';
import { jsonResponse, TEST_BANK } from '@/testing/test-data';
import { roleToRequest } from './request-role';
import { GatedButton, RoleRequirement, UnavailableActions } from './role-requirement';

type Stored = { role_name: string; bank_id: string };
let stored: Stored[];
let posted: Stored[];

beforeEach(() => {
  stored = [];
  posted = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      if (url.endsWith('/my/entitlement-requests')) {
        return jsonResponse(200, {
          entitlement_requests: stored.map((entry, index) => ({ entitlement_request_id: `r${index}`, user: null, created: '2026-12-01T10:00:00Z', ...entry })),
        });
      }
      if (url.endsWith('/entitlement-requests') && init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as Stored;
        posted.push(body);
        if (stored.some((entry) => entry.role_name === body.role_name && entry.bank_id === body.bank_id)) {
          return jsonResponse(400, { code: 400, message: 'OBP-30214: Entitlement Request already exists for the user.' });
        }
        stored.push(body);
        return jsonResponse(201, { entitlement_request_id: 'new', user: null, created: '2026-12-01T10:00:00Z', ...body });
      }
      return jsonResponse(404, { code: 404, message: 'OBP-10404: 404 Not Found.' });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

const missing = (...roles: RoleName[]): Permission => ({ allowed: false, missingRoles: roles, bankId: TEST_BANK });

async function renderRequirements(permissions: Permission[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        {permissions.map((permission, index) => (
          <p key={index} data-testid={`requirement-${index}`}>
            <RoleRequirement permission={permission} />
          </p>
        ))}
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe('asking for a missing role', () => {
  it('asks for the narrowest of the roles an operation accepts, with an empty bank for an any-bank role', () => {
    expect(roleToRequest(['CanCreateUserCustomerLinkAtAnyBank', 'CanCreateUserCustomerLink'])).toBe('CanCreateUserCustomerLink');
    expect(roleToRequest(['CanGetAnyKycStatuses'])).toBe('CanGetAnyKycStatuses');
  });

  it('offers one request per missing role on screen, sends it, then shows it pending', async () => {
    await renderRequirements([missing('CanUpdateCustomerEmail'), missing('CanUpdateCustomerEmail'), missing('CanGetAnyKycStatuses')]);
    const email = await screen.findByRole('button', { name: `Request access (CanUpdateCustomerEmail at ${TEST_BANK})` });
    expect(screen.getAllByRole('button', { name: /^Request access/ })).toHaveLength(2);
    expect(within(screen.getByTestId('requirement-0')).queryByRole('button')).not.toBeNull();
    expect(within(screen.getByTestId('requirement-1')).queryByRole('button')).toBeNull();

    await userEvent.click(email);
    await within(screen.getByTestId('requirement-0')).findByText('Requested — pending');
    expect(posted).toEqual([{ bank_id: TEST_BANK, role_name: 'CanUpdateCustomerEmail' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Request access (CanGetAnyKycStatuses)' }));
    await within(screen.getByTestId('requirement-2')).findByText('Requested — pending');
    expect(posted[1]).toEqual({ bank_id: '', role_name: 'CanGetAnyKycStatuses' });
  });

  it('says a request already made in people’s words, and then shows it pending', async () => {
    await renderRequirements([missing('CanUpdateCustomerEmail')]);
    const button = await screen.findByRole('button', { name: /^Request access/ });
    // Made elsewhere after this page read the user's requests.
    stored.push({ role_name: 'CanUpdateCustomerEmail', bank_id: TEST_BANK });
    await userEvent.click(button);
    expect(await screen.findByText('You have already asked for this role; an administrator has not answered yet.')).toBeTruthy();
    expect(await screen.findByText('Requested — pending')).toBeTruthy();
    expect(screen.queryByText(/OBP-30214/)).toBeNull();
  });
});

describe('a gated button and the unavailable actions', () => {
  async function renderWithProviders(children: ReactNode) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
          {children}
        </I18nProvider>
      </QueryClientProvider>,
    );
  }

  it('keeps a button disabled while the roles load, its reason one keyboard "why?" away', async () => {
    await renderWithProviders(
      <GatedButton permission={{ allowed: false, missingRoles: ['CanUpdateCustomerEmail'], bankId: TEST_BANK, pending: true }}>Edit email</GatedButton>,
    );
    const edit = screen.getByRole('button', { name: 'Edit email' });
    expect(edit).toHaveProperty('disabled', true);
    expect(edit.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(edit.getAttribute('aria-describedby')!)?.textContent).toBe('Checking your roles…');
    const why = screen.getByRole('button', { name: 'Why is this not available?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    why.focus();
    await userEvent.keyboard('{Enter}');
    expect(why.getAttribute('aria-expanded')).toBe('true');
  });

  it('groups the actions never allowed in one closed note naming each role, and draws nothing when there are none', async () => {
    await renderWithProviders(
      <>
        <UnavailableActions
          actions={[
            { label: 'Edit email', permission: missing('CanUpdateCustomerEmail') },
            { label: 'Set status', permission: missing('CanAddKycStatus') },
          ]}
        />
        <UnavailableActions actions={[]} />
      </>,
    );
    const note = screen.getByText('2 actions here need roles you do not hold').closest('details')!;
    expect(note.open).toBe(false);
    expect(document.querySelectorAll('details')).toHaveLength(1);
    expect(within(note).getAllByRole('listitem').map((item) => item.textContent?.split('Request access')[0])).toEqual([
      `Edit email: Requires CanUpdateCustomerEmail at ${TEST_BANK}`,
      `Set status: Requires CanAddKycStatus at ${TEST_BANK}`,
    ]);
  });
});
