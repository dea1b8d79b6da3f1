import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetEarlyResponses } from '@/api/early-responses';
import { customerQueries } from '@/api/resources/customers';
import { kycQueries } from '@/api/resources/kyc';
import { setToken } from '@/api/session-token';
import { queryClient } from '@/lib/query-client';
import { jsonResponse, testCustomerJson } from '@/testing/test-data';
import { startEarlyRequests } from './boot/early-requests';
import { READ_ROLES } from './boot/read-roles';
import { preloadRoute } from './router';

const KYC_ROLES = ['CanGetAnyKycStatuses', 'CanGetAnyKycChecks', 'CanGetAnyKycDocuments', 'CanGetAnyKycMedia'];
const requested: string[] = [];
let roles: string[] = [];
/** `/users/current` is answered only once this is called: what starts before any answer can be seen. */
let answerUser: () => void = () => {};

/** The sandbox's answers at the fetch boundary; any-bank roles come with bank_id "". */
function answer(url: string): Response {
  const path = new URL(url, 'http://console.test').pathname.replace('/obp/v5.1.0', '');
  requested.push(path);
  if (path === '/users/current') {
    const entitlements = roles.map((role_name, index) => ({ entitlement_id: `e${index}`, role_name, bank_id: '' }));
    return jsonResponse(200, { user_id: 'u-1', email: '', provider_id: 'manager', provider: 'sandbox', username: 'manager', entitlements: { list: entitlements }, views: { list: [] } });
  }
  if (path === '/banks') return jsonResponse(200, { banks: [] });
  if (path === '/sandbox/capabilities') return jsonResponse(200, { server: 'customer-desk-sandbox', extensions: [] });
  if (path === '/banks/gh.29.uk/customers/c-1') return jsonResponse(200, testCustomerJson());
  if (path === '/customers/c-1/kyc_statuses') return jsonResponse(200, { statuses: [] });
  if (path === '/customers/c-1/kyc_checks') return jsonResponse(200, { checks: [] });
  if (path === '/customers/c-1/kyc_documents') return jsonResponse(200, { documents: [] });
  if (path === '/customers/c-1/kyc_media') return jsonResponse(200, { medias: [] });
  return jsonResponse(404, { code: 404, message: 'OBP-10404: not here' });
}

beforeEach(() => {
  requested.length = 0;
  queryClient.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const response = answer(url);
      if (url.endsWith('/users/current')) await new Promise<void>((resolve) => (answerUser = resolve));
      return response;
    }),
  );
});

afterEach(() => {
  forgetEarlyResponses();
  setToken(undefined);
  queryClient.clear();
  vi.unstubAllGlobals();
});

const settled = () => vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
/** The record's preloads come in a chunk of their own: the first import of that module takes a moment in a test. */
const customerRequested = () => vi.waitFor(() => expect(requested).toContain('/banks/gh.29.uk/customers/c-1'), { timeout: 10_000 });

describe('preloadRoute: a record tab reads its data before its code has loaded', () => {
  it('starts the shell, the record and the KYC tab queries at once, the KYC lists once the roles allow them', async () => {
    setToken('token-1');
    roles = KYC_ROLES;
    preloadRoute('/banks/gh.29.uk/customers/c-1/kyc', { chunks: false, messages: false });
    // At once: the user and the banks (the shell's preload is in the entry chunk). Before the user has been answered:
    // the customer too (the record's preloads load their module first), and no KYC list yet.
    expect(requested).toEqual(expect.arrayContaining(['/users/current', '/banks']));
    await customerRequested();
    expect(requested.filter((path) => path.includes('/kyc_'))).toEqual([]);
    answerUser();
    await settled();
    expect([...requested].sort()).toEqual(
      [
        '/banks',
        '/banks/gh.29.uk/customers/c-1',
        '/customers/c-1/kyc_checks',
        '/customers/c-1/kyc_documents',
        '/customers/c-1/kyc_media',
        '/customers/c-1/kyc_statuses',
        '/users/current',
      ].sort(),
    );
    expect(queryClient.getQueryData(['kyc', 'c-1', 'statuses'])).toEqual({ rows: [], unreadable: [] });
  });

  it('asks for no KYC list the user may not read', async () => {
    setToken('token-1');
    roles = ['CanGetAnyKycChecks'];
    preloadRoute('/banks/gh.29.uk/customers/c-1/kyc', { chunks: false, messages: false });
    await customerRequested();
    answerUser();
    await settled();
    expect(requested.filter((path) => path.includes('/kyc_'))).toEqual(['/customers/c-1/kyc_checks']);
  });

  it('asks for nothing without a session (the route will send the user to sign in)', async () => {
    preloadRoute('/banks/gh.29.uk/customers/c-1/kyc', { chunks: false, messages: false });
    await settled();
    expect(requested).toEqual([]);
  });
});

describe('the start-up script (src/app/boot) asks for a record tab’s data before the console has loaded', () => {
  const KYC_URL = '/banks/gh.29.uk/customers/c-1/kyc';
  /** The script's network: config.json (the sandbox's: the API on this origin), then the same stub as the client's. */
  const bootFetch = ((url: string, init?: RequestInit) =>
    url === '/config.json'
      ? Promise.resolve(jsonResponse(200, { obpBaseUrl: '', consumerKey: 'customer-desk', idleTimeoutMinutes: 15, idleWarningSeconds: 60 }))
      : fetch(url, init)) as typeof fetch;
  const startScript = () =>
    startEarlyRequests({ pathname: KYC_URL, token: 'token-1', remembered: undefined, remember: () => {}, readRoles: READ_ROLES, fetch: bootFetch });

  it('asks for exactly what the route’s preloads ask for, and the preloads then take its answers instead of asking again', async () => {
    setToken('token-1');
    roles = KYC_ROLES;
    preloadRoute(KYC_URL, { chunks: false, messages: false });
    await customerRequested();
    answerUser();
    await settled();
    const askedByPreloads = [...requested].sort();
    // Then a fresh page load: nothing cached, nothing remembered as asked by the console.
    queryClient.clear();
    forgetEarlyResponses();
    requested.length = 0;

    const script = startScript();
    await vi.waitFor(() => expect(requested).toContain('/users/current'));
    answerUser();
    await script;
    expect([...requested].sort()).toEqual(askedByPreloads);

    requested.length = 0;
    preloadRoute(KYC_URL, { chunks: false, messages: false });
    await vi.waitFor(() => expect(queryClient.getQueryData(kycQueries.media('c-1').queryKey)).toBeDefined(), { timeout: 10_000 });
    await settled();
    expect(requested).toEqual([]);
    expect(queryClient.getQueryData(kycQueries.statuses('c-1').queryKey)).toEqual({ rows: [], unreadable: [] });
    expect(queryClient.getQueryData(customerQueries.detail('gh.29.uk', 'c-1').queryKey)).toBeDefined();
  });
});
