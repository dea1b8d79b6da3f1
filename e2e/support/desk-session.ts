import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Customer Desk's own staff (issue 9), seeded when the server runs on an OpenWealth or bankingservice.ai backend. */
export type DeskStaff = 'desk-admin' | 'desk-manager' | 'desk-kyc' | 'desk-viewer';
export const DESK_PASSWORD = 'sandbox123!';
const SESSION_KEY = 'customer-desk.session';

/** Signs in at `POST /desk/session` (the call the desk sign-in page makes). */
export async function deskToken(request: APIRequestContext, baseUrl: string, user: DeskStaff): Promise<string> {
  const response = await request.post(`${baseUrl}/desk/session`, { data: { username: user, password: DESK_PASSWORD } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** Hands the tab a desk session, as the sign-in page would. */
export async function signInToDeskAs(page: Page, request: APIRequestContext, baseUrl: string, user: DeskStaff): Promise<string> {
  const token = await deskToken(request, baseUrl, user);
  await page.addInitScript(([key, value]) => window.sessionStorage.setItem(key, value), [SESSION_KEY, token] as const);
  return token;
}
