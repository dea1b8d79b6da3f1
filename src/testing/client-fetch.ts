import { afterEach, beforeEach, vi } from 'vitest';
import { clientSettings, configureClient, type ClientSettings } from '@/api/client';
import { setToken } from '@/api/session-token';

/**
 * A test's network for the API client: `fetch` stubbed for each test, the client configured (by default at the
 * page's origin with a desk session token), and `requestOf(n)` reading back what was sent in the n-th call.
 */
export function stubClientFetch({ config = { baseUrl: '' }, token }: { config?: Partial<Omit<ClientSettings, 'onUnauthenticated'>>; token?: string } = {}) {
  const fetchMock = vi.fn<typeof fetch>();
  // The client's settings are module state, and files share a module graph per worker (`isolate: false`): what a file
  // sets is put back, or the next file in the worker asks another host (route-preloads.test.ts failed so).
  let settingsBefore = clientSettings();
  beforeEach(() => {
    settingsBefore = clientSettings();
    vi.stubGlobal('fetch', fetchMock);
    configureClient({ ...config, onUnauthenticated: vi.fn() });
    if (token) setToken(token);
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    setToken(undefined);
    configureClient(settingsBefore);
  });
  const requestOf = (call = 0) => {
    const [url, init] = fetchMock.mock.calls[call]!;
    return {
      url: String(url),
      init: init!,
      method: init?.method,
      headers: init?.headers as Record<string, string>,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
  };
  return { fetchMock, requestOf };
}

/** The desk connectors' tests: the client at the page's origin, signed in to Customer Desk. */
export const stubConnectorFetch = () => stubClientFetch({ token: 'desk-session-token-0123456789' });
