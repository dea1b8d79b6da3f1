import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const SANDBOX_PASSWORD = 'sandbox123!';
export type StaffUser = 'admin' | 'manager' | 'kyc' | 'teller';
export const BANK = 'gh.29.uk';
export const OTHER_BANK = 'GENODEM1GLS';
/** The seeds' example customer, always at gh.29.uk. */
export const EVELINE = { name: 'Eveline Tripman', number: '5987953', mobile: '+44 07972 444 876', email: 'eveline@example.com' };

const SESSION_KEY = 'customer-desk.session';

type Fixtures = {
  /** Signs in through OBP DirectLogin (the same call the sign-in page makes) and hands the tab the token. */
  signInAs: (user: StaffUser) => Promise<string>;
  /** Runs axe-core (WCAG 2.1 AA) on the page and fails on any violation. */
  expectAccessible: (page?: Page) => Promise<void>;
};

export async function directLoginToken(request: import('@playwright/test').APIRequestContext, user: StaffUser): Promise<string> {
  const response = await request.post('/my/logins/direct', {
    headers: { DirectLogin: `username="${user}", password="${SANDBOX_PASSWORD}", consumer_key="customer-desk"` },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

export const test = base.extend<Fixtures>({
  signInAs: async ({ page, request }, use) => {
    await use(async (user) => {
      const token = await directLoginToken(request, user);
      await page.addInitScript(([key, value]) => window.sessionStorage.setItem(key, value), [SESSION_KEY, token] as const);
      return token;
    });
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const summary = results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      }));
      expect(summary).toEqual([]);
    });
  },
});

export { expect };

export const customerSearchUrl = (bankId = BANK, query = '') => `/banks/${encodeURIComponent(bankId)}/customers${query}`;
