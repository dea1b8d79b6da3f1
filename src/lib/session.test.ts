import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureClient } from '@/api/client';
import { PLAIN_OBP, serverQueries, type ServerCapabilities } from '@/api/resources/server';
import { setToken } from '@/api/session-token';
import { queryClient } from './query-client';
import { signOut } from './session';

/** Sign-out revokes the token only on a server that declares `token-revocation` (OBP has no such endpoint). */
let calls: Array<{ url: string; method: string; directLogin: string }>;
beforeEach(() => {
  calls = [];
  configureClient({ baseUrl: 'https://desk.example' });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, method: init.method ?? 'GET', directLogin: new Headers(init.headers).get('DirectLogin') ?? '' });
      return new Response(null, { status: 204 });
    }),
  );
  queryClient.clear();
});
afterEach(() => {
  configureClient({ baseUrl: '' });
  vi.unstubAllGlobals();
  queryClient.clear();
  setToken(undefined);
});

const serverIs = (capabilities: ServerCapabilities) => queryClient.setQueryData(serverQueries.capabilities().queryKey, capabilities);

describe('signOut', () => {
  it('revokes the token on a server that declares token-revocation', () => {
    serverIs({ kind: 'sandbox', extensions: new Set(['token-revocation']), demoUsers: [] });
    setToken('token-1');
    signOut('signed-out');
    expect(calls).toEqual([{ url: 'https://desk.example/my/logins/direct', method: 'DELETE', directLogin: 'token=token-1' }]);
  });

  it('sends nothing to plain OBP, or to a sandbox without the extension', () => {
    serverIs(PLAIN_OBP);
    setToken('token-2');
    signOut('signed-out');
    serverIs({ kind: 'sandbox', extensions: new Set(['paged-phone-search']), demoUsers: [] });
    setToken('token-3');
    signOut('idle');
    expect(calls).toEqual([]);
  });

  it('asks anyway while the server is not known yet, and never for an expired token', () => {
    setToken('token-4');
    signOut('expired');
    expect(calls).toEqual([]);
    setToken('token-5');
    signOut('signed-out');
    expect(calls.map((call) => call.directLogin)).toEqual(['token=token-5']);
  });
});
