import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentUserQueries } from '@/api/resources/users';
import { rememberedRoles, setToken } from '@/api/session-token';
import { memoryStorage } from '@/testing/memory-storage';
import { testUser } from '@/testing/test-data';
import { rememberRolesOnEveryUserRead } from './remember-roles';

beforeEach(() => {
  vi.stubGlobal('sessionStorage', memoryStorage());
  setToken('token-1');
});
afterEach(() => {
  setToken(undefined);
  vi.unstubAllGlobals();
});

describe('rememberRolesOnEveryUserRead', () => {
  it('remembers the roles of every read of the user for the session, and nothing from other reads', async () => {
    const client = new QueryClient();
    const stop = rememberRolesOnEveryUserRead(client);
    await client.fetchQuery({ queryKey: ['banks', 'list'], queryFn: () => ({ banks: [] }) });
    expect(rememberedRoles()).toBeUndefined();
    await client.fetchQuery({ ...currentUserQueries.detail(), queryFn: () => testUser(['CanGetAnyKycChecks']) });
    expect(rememberedRoles()).toEqual([['CanGetAnyKycChecks', 'gh.29.uk']]);
    // A role granted since: the next read of the user remembers it too.
    await client.fetchQuery({ ...currentUserQueries.detail(), staleTime: 0, queryFn: () => testUser(['CanGetAnyKycChecks', 'CanGetAnyKycMedia']) });
    expect(rememberedRoles()).toEqual([['CanGetAnyKycChecks', 'gh.29.uk'], ['CanGetAnyKycMedia', 'gh.29.uk']]);
    stop();
  });
});
