import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { unpagedPhoneSearch } from '@/api/fixtures/obp/customers';
import { currentUserQueries } from '@/api/resources/users';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { jsonResponse, TEST_BANK, testUser } from '@/testing/test-data';
import { SearchPage } from './search-page';

let calls: string[];
let sandbox: boolean;
let rows: number;

// jsdom has no modal dialogs.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  calls = [];
  sandbox = false;
  rows = 3;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      calls.push(url);
      if (url.endsWith('/sandbox/capabilities')) {
        return sandbox
          ? jsonResponse(200, { server: 'customer-desk-sandbox', extensions: ['paged-phone-search'] })
          : jsonResponse(404, { code: 404, message: 'OBP-10404: 404 Not Found.' });
      }
      // OBP answers the phone search with every match, unpaged.
      if (url.includes('/search/customers/mobile-phone-number')) return jsonResponse(200, unpagedPhoneSearch(rows));
      return jsonResponse(404, { code: 404, message: 'OBP-10404: 404 Not Found.' });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

/** Where the app is (a row's link opens the record in the app, not by loading a page). */
function Location() {
  return <output role="status" aria-label="location">{useLocation().pathname}</output>;
}

async function renderPage(roles: readonly string[] = ['CanGetCustomer']) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  // Searching by phone needs a customer-reading role at the bank (the sandbox is stricter than OBP there).
  client.setQueryData(currentUserQueries.detail().queryKey, testUser(roles));
  render(
    <QueryClientProvider client={client}>
      <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
        <MemoryRouter>
          <SearchPage bankId={TEST_BANK} />
          <Location />
        </MemoryRouter>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const searches = () => calls.filter((url) => url.includes('/search/customers/mobile-phone-number'));

describe('creating a customer from the search page', () => {
  it('shows a teller no dead "New customer" button, only a closed note naming the role', async () => {
    await renderPage(['CanGetCustomer']);
    expect(screen.queryByRole('button', { name: 'New customer' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'New customer' })).toBeNull();
    const note = screen.getByText('1 action here needs a role you do not hold').closest('details')!;
    expect(note.open).toBe(false);
    expect(note.textContent).toContain(`New customer: Requires CanCreateCustomer or CanCreateCustomerAtAnyBank at ${TEST_BANK}`);
  });

  it('shows a relationship manager the link to the create page, and no note', async () => {
    await renderPage(['CanGetCustomer', 'CanCreateCustomer']);
    expect(screen.getByRole('link', { name: 'New customer' }).getAttribute('href')).toBe(`/banks/${TEST_BANK}/customers/new`);
    expect(screen.queryByText(/actions? here need/)).toBeNull();
  });
});

describe('a broad phone search against a server that does not page', () => {
  it('asks before sending a pattern without three literal characters in a row, and sends it once confirmed', async () => {
    await renderPage();
    await waitFor(() => expect(calls.some((url) => url.endsWith('/sandbox/capabilities'))).toBe(true));
    await userEvent.type(screen.getByRole('textbox'), '%12%');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByRole('dialog', { name: 'Search the whole bank?' });
    expect(searches()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Search anyway' }));
    await screen.findByText('Customer 0');
    expect(searches()).toHaveLength(1);
  });

  it('does not ask when the server pages the search (the sandbox)', async () => {
    sandbox = true;
    await renderPage();
    await waitFor(() => expect(calls.some((url) => url.endsWith('/sandbox/capabilities'))).toBe(true));
    await userEvent.type(screen.getByRole('textbox'), '%1%');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('Customer 0');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('sends a pattern with three digits in a row at once', async () => {
    await renderPage();
    await userEvent.type(screen.getByRole('textbox'), '%876');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('Customer 2');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('every match at once, from a server that does not page', () => {
  it('asks once without paging parameters, shows a page of what came and the next page from the same answer', async () => {
    rows = 45;
    await renderPage();
    await userEvent.type(screen.getByRole('textbox'), '+44 7700%');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText('Customer 0');
    await screen.findByText('45 matches');
    expect(screen.getAllByRole('row')).toHaveLength(21);
    expect(screen.queryByText('Customer 20')).toBeNull();
    expect(searches()).toHaveLength(1);
    expect(new URL(searches()[0]!, 'http://localhost').search).toBe('');

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Customer 20');
    expect(screen.queryByText('Customer 0')).toBeNull();
    expect(searches()).toHaveLength(1);
  });
});

describe('the rows found', () => {
  it("open the customer's record in the app on a plain click, and leave a modified click to the browser", async () => {
    await renderPage();
    await userEvent.type(screen.getByRole('textbox'), '%876');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    const link = await screen.findByRole('link', { name: 'Customer 1' });
    expect(link.getAttribute('href')).toBe(`/banks/${TEST_BANK}/customers/phone-1`);

    // A ctrl-click (a new tab) is the browser's: the app stays where it is.
    const modified = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true, button: 0 });
    link.dispatchEvent(modified);
    expect(modified.defaultPrevented).toBe(false);
    expect(screen.getByRole('status', { name: 'location' }).textContent).toBe('/');

    await userEvent.click(link);
    expect(screen.getByRole('status', { name: 'location' }).textContent).toBe(`/banks/${TEST_BANK}/customers/phone-1`);
  });
});
