import { afterEach, beforeEach, vi } from 'vitest';
import { configureClient } from '@/api/client';
import { setToken } from '@/api/session-token';

/**
 * A connector test's network: `fetch` stubbed for each test, the client pointed at the page's origin with a desk
 * session token, and `requestOf(n)` reading back what the connector sent in its n-th call.
 */
export function stubConnectorFetch() {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    configureClient({ baseUrl: '', onUnauthenticated: vi.fn() });
    setToken('desk-session-token-0123456789');
  });
  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
    setToken(undefined);
  });
  const requestOf = (call = 0) => {
    const [url, init] = fetchMock.mock.calls[call]!;
    return { url: String(url), method: init?.method, headers: init?.headers as Record<string, string>, body: init?.body ? JSON.parse(String(init.body)) : undefined };
  };
  return { fetchMock, requestOf };
}
