import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWithEarlyResponses, forgetEarlyResponses, markConsole, takeEarlyResponse } from '@/api/early-responses';
import type { HeldRole } from '@/api/session-token';
import { startEarlyRequests, type EarlyRequestOptions } from './early-requests';
import { READ_ROLES } from './read-roles';

const C = 'c-1';
const KYC_URL = `/banks/gh.29.uk/customers/${C}/kyc`;
const KYC_ROLES: HeldRole[] = [
  ['CanGetAnyKycStatuses', ''],
  ['CanGetAnyKycChecks', ''],
  ['CanGetAnyKycDocuments', ''],
  ['CanGetAnyKycMedia', ''],
];

type Server = { config: Record<string, unknown>; roles: ReadonlyArray<{ role_name: string; bank_id: string }> };

/**
 * The network at the fetch boundary: what was asked (path after the API root, and the DirectLogin header), and
 * `/users/current` answered only once `answerUser` is called — what starts before the roles are known can be seen.
 */
function network(server: Server) {
  const asked: Array<{ url: string; directLogin: string | null }> = [];
  let answerUser: () => void = () => {};
  const userAnswered = new Promise<void>((resolve) => (answerUser = resolve));
  const fetchStub = vi.fn(async (url: string, init?: RequestInit) => {
    asked.push({ url, directLogin: new Headers(init?.headers).get('DirectLogin') });
    if (url === '/config.json') return Response.json(server.config);
    if (url.endsWith('/users/current')) {
      await userAnswered;
      return Response.json({ user_id: 'u-1', username: 'kyc', entitlements: { list: server.roles.map((role, index) => ({ entitlement_id: `e${index}`, ...role })) } });
    }
    return Response.json({});
  });
  const paths = () => asked.map(({ url }) => url.replace(/^.*\/obp\/v5\.1\.0/, ''));
  return { asked, paths, answerUser, fetch: fetchStub as unknown as typeof fetch };
}

const SANDBOX = { obpBaseUrl: '', consumerKey: 'customer-desk', idleTimeoutMinutes: 15, idleWarningSeconds: 60 };
const anyBank = (roles: readonly HeldRole[]) => roles.map(([role_name, bank_id]) => ({ role_name, bank_id }));

function start(net: ReturnType<typeof network>, options: Partial<EarlyRequestOptions> = {}) {
  const remember = vi.fn<(roles: HeldRole[]) => void>();
  const done = startEarlyRequests({ pathname: KYC_URL, token: 'token-1', remembered: undefined, remember, readRoles: READ_ROLES, fetch: net.fetch, ...options });
  return { remember, done };
}

/** Until the script waits for nothing but the user's answer. */
const startedBeforeRoles = (net: ReturnType<typeof network>, count: number) => vi.waitFor(() => expect(net.asked).toHaveLength(count));

afterEach(() => forgetEarlyResponses());

describe('startEarlyRequests: a cold load asks for what its route reads before the console has loaded', () => {
  it('asks for the user, the customer and the banks at once, and the KYC lists once the roles allow them', async () => {
    const net = network({ config: SANDBOX, roles: anyBank(KYC_ROLES) });
    const { remember, done } = start(net);
    await startedBeforeRoles(net, 4);
    expect(net.paths()).toEqual(['/config.json', '/users/current', `/banks/gh.29.uk/customers/${C}`, '/banks']);
    expect(net.asked.slice(1).map(({ directLogin }) => directLogin)).toEqual(Array(3).fill('token=token-1'));
    net.answerUser();
    await done;
    expect(net.paths().slice(4)).toEqual([`/customers/${C}/kyc_statuses`, `/customers/${C}/kyc_checks`, `/customers/${C}/kyc_documents`, `/customers/${C}/kyc_media`]);
    expect(remember).toHaveBeenCalledWith(KYC_ROLES);
  });

  it('asks for no list the roles do not allow', async () => {
    const net = network({ config: SANDBOX, roles: [{ role_name: 'CanGetAnyKycChecks', bank_id: '' }, { role_name: 'CanCreateCustomer', bank_id: 'gh.29.uk' }] });
    const { remember, done } = start(net);
    net.answerUser();
    await done;
    expect(net.paths().filter((path) => path.includes('/kyc_'))).toEqual([`/customers/${C}/kyc_checks`]);
    expect(remember).toHaveBeenCalledWith([['CanGetAnyKycChecks', ''], ['CanCreateCustomer', 'gh.29.uk']]);
  });

  it('starts the lists on the roles remembered for the session beside the user, and those the new roles add after', async () => {
    const net = network({ config: SANDBOX, roles: anyBank(KYC_ROLES) });
    const { done } = start(net, { remembered: [['CanGetAnyKycStatuses', ''], ['CanGetAnyKycMedia', '']] });
    // Before the user has been answered: the customer, the two remembered lists, then the banks.
    await startedBeforeRoles(net, 6);
    expect(net.paths().slice(1)).toEqual([
      '/users/current',
      `/banks/gh.29.uk/customers/${C}`,
      `/customers/${C}/kyc_statuses`,
      `/customers/${C}/kyc_media`,
      '/banks',
    ]);
    net.answerUser();
    await done;
    expect(net.paths().slice(6).sort()).toEqual([`/customers/${C}/kyc_checks`, `/customers/${C}/kyc_documents`]);
  });

  it('does not ask for a list the console asked for itself while the roles were on their way', async () => {
    const net = network({ config: SANDBOX, roles: anyBank(KYC_ROLES) });
    vi.stubGlobal('fetch', net.fetch);
    try {
      const { done } = start(net);
      await startedBeforeRoles(net, 4);
      // The record's header shows the KYC status: its read of the statuses leaves before the script has the roles.
      const statuses = `/obp/v5.1.0/customers/${C}/kyc_statuses`;
      await fetchWithEarlyResponses(statuses, { headers: { Accept: 'application/json', DirectLogin: 'token=token-1' } });
      net.answerUser();
      await done;
      expect(net.paths().filter((path) => path.includes('/kyc_'))).toEqual([
        `/customers/${C}/kyc_statuses`,
        `/customers/${C}/kyc_checks`,
        `/customers/${C}/kyc_documents`,
        `/customers/${C}/kyc_media`,
      ]);
      expect(takeEarlyResponse(statuses, { headers: { DirectLogin: 'token=token-1' } })).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps every answer for the console’s same request, once', async () => {
    const net = network({ config: { ...SANDBOX, obpBaseUrl: 'https://obp.example.bank/' }, roles: anyBank(KYC_ROLES) });
    const { done } = start(net);
    net.answerUser();
    await done;
    const customer = `https://obp.example.bank/obp/v5.1.0/banks/gh.29.uk/customers/${C}`;
    expect(net.asked.map(({ url }) => url)).toContain(customer);
    const headers = { Accept: 'application/json', DirectLogin: 'token=token-1' };
    expect(takeEarlyResponse(customer, { headers: { DirectLogin: 'token=another' } })).toBeUndefined();
    expect(takeEarlyResponse(customer, { method: 'POST', headers })).toBeUndefined();
    await expect(takeEarlyResponse(customer, { headers })).resolves.toBeInstanceOf(Response);
    expect(takeEarlyResponse(customer, { headers })).toBeUndefined();
    // The user's answer was read by the script too, and is still whole for the console.
    await expect((await takeEarlyResponse('https://obp.example.bank/obp/v5.1.0/users/current', { headers }))!.json()).resolves.toMatchObject({ username: 'kyc' });
    await expect((await takeEarlyResponse('/config.json'))!.json()).resolves.toMatchObject({ obpBaseUrl: 'https://obp.example.bank/' });
  });

  it('asks only for config.json without a session, on the sign-in page, and on another backend', async () => {
    const cases: Array<[string, Partial<EarlyRequestOptions>, Record<string, unknown>]> = [
      ['no session', { token: undefined }, SANDBOX],
      ['sign-in page', { pathname: '/sign-in' }, SANDBOX],
      ['OpenWealth backend', {}, { ...SANDBOX, backend: 'openwealth' }],
    ];
    for (const [name, options, config] of cases) {
      const net = network({ config, roles: anyBank(KYC_ROLES) });
      await start(net, options).done;
      expect(net.paths(), name).toEqual(['/config.json']);
      forgetEarlyResponses();
    }
  });

  it('stands back when the console’s entry ran first, or asks for its route’s data before config.json came', async () => {
    markConsole('started');
    const late = network({ config: SANDBOX, roles: anyBank(KYC_ROLES) });
    await start(late).done;
    expect(late.asked).toEqual([]);
    forgetEarlyResponses();

    const overtaken = network({ config: SANDBOX, roles: anyBank(KYC_ROLES) });
    const { done } = start(overtaken);
    markConsole('asking');
    await done;
    expect(overtaken.paths()).toEqual(['/config.json']);
  });
});
