import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as SessionSharing from './session-sharing';
import type * as SessionToken from '@/api/session-token';

/*
 * Two tabs in one test: each is a fresh copy of the modules (its own token in memory), over Node's BroadcastChannel.
 * This project runs without a DOM, so there is no sessionStorage: each tab starts with only what is in its memory.
 */
type Tab = { sharing: typeof SessionSharing; token: typeof SessionToken };

async function openTab(): Promise<Tab> {
  vi.resetModules();
  return { sharing: await import('./session-sharing'), token: await import('@/api/session-token') };
}

const tabs: Tab[] = [];
afterEach(() => {
  for (const tab of tabs.splice(0)) tab.sharing.leaveOtherTabs();
});

describe('many tabs, one session', () => {
  it('a tab without a session takes the open tab’s token; a sign-out there ends the first tab’s', async () => {
    const first = await openTab();
    tabs.push(first);
    first.token.setToken('token-of-the-first-tab');
    const firstSignedOut = vi.fn();
    await first.sharing.joinOtherTabs(firstSignedOut);

    const second = await openTab();
    tabs.push(second);
    expect(second.token.getToken()).toBeUndefined();
    await second.sharing.joinOtherTabs(() => undefined, 5_000);
    expect(second.token.getToken()).toBe('token-of-the-first-tab');

    const heard = new Promise<void>((resolve) => firstSignedOut.mockImplementation(() => resolve()));
    second.sharing.announceSignOut();
    await heard;
    expect(firstSignedOut).toHaveBeenCalledTimes(1);
  });

  it('with no other tab open, the start goes on without a session', async () => {
    const alone = await openTab();
    tabs.push(alone);
    await alone.sharing.joinOtherTabs(() => undefined, 20);
    expect(alone.token.getToken()).toBeUndefined();
  });
});
