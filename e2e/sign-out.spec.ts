import { customerSearchUrl, expect, test } from './fixtures';

/** The sandbox declares `token-revocation`: signing out ends the token on the server, not only in the tab. */
test('signing out revokes the token on the sandbox', async ({ page, request, signInAs }) => {
  const token = await signInAs('teller');
  await page.goto(customerSearchUrl());
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await expect(signOut).toBeVisible();
  const revoked = page.waitForResponse((response) => response.url().endsWith('/my/logins/direct') && response.request().method() === 'DELETE');
  await signOut.click();
  expect((await revoked).status()).toBe(204);
  const after = await request.get('/obp/v5.1.0/users/current', { headers: { DirectLogin: `token=${token}` } });
  expect(after.status()).toBe(400);
  expect(((await after.json()) as { message: string }).message).toMatch(/^OBP-20003: /);
});
