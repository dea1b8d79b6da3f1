import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '@/testing/memory-storage';
import { getToken, rememberedRoles, rememberRoles, setToken } from './session-token';

beforeEach(() => vi.stubGlobal('sessionStorage', memoryStorage()));
afterEach(() => {
  setToken(undefined);
  vi.unstubAllGlobals();
});

describe('the roles remembered for the session (read by the start-up script)', () => {
  it('keeps them beside the token, in sessionStorage only', () => {
    setToken('token-1');
    rememberRoles([['CanGetAnyKycChecks', ''], ['CanGetTaxResidence', 'gh.29.uk']]);
    expect(rememberedRoles()).toEqual([['CanGetAnyKycChecks', ''], ['CanGetTaxResidence', 'gh.29.uk']]);
    expect(sessionStorage.getItem('customer-desk.session-roles')).toBe('[["CanGetAnyKycChecks",""],["CanGetTaxResidence","gh.29.uk"]]');
    // The same token again (another tab handing over this session) keeps them.
    setToken('token-1');
    expect(rememberedRoles()).toHaveLength(2);
  });

  it('forgets them with the session: signing out, or another session starting in the tab', () => {
    setToken('token-1');
    rememberRoles([['CanGetAnyKycChecks', '']]);
    setToken('token-2');
    expect(rememberedRoles()).toBeUndefined();
    rememberRoles([['CanGetAnyKycChecks', '']]);
    setToken(undefined);
    expect(rememberedRoles()).toBeUndefined();
    expect(getToken()).toBeUndefined();
  });

  it('reads anything else stored there as nothing remembered', () => {
    for (const stored of ['not json', '{"role":"x"}', '[["CanGetAnyKycChecks"]]', '[[1,""]]']) {
      sessionStorage.setItem('customer-desk.session-roles', stored);
      expect(rememberedRoles(), stored).toBeUndefined();
    }
  });
});
