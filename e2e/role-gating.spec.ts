import { createTestCustomer, expect, recordUrl, test } from './fixtures';

/*
 * Quiet role gating: an action the user's roles never allow is not drawn as a disabled button; each tab groups those
 * actions in one closed "N actions here need roles you do not hold" disclosure that names each action's role, opened
 * by keyboard, read by screen readers.
 */
test('a teller sees each tab’s impossible actions grouped away, not walls of disabled buttons', async ({ page, request, signInAs, expectAccessible }) => {
  const customer = await createTestCustomer(request);
  await signInAs('teller');
  await page.goto(recordUrl(customer.customer_id));
  const panel = page.locator('.record-tab-panel');
  const tabs = page.getByRole('navigation', { name: 'Customer record' });

  // Identity: six edits, none of them drawn.
  const identity = page.getByRole('region', { name: 'Identity', exact: true });
  const summary = identity.getByText('6 actions here need roles you do not hold');
  await expect(summary).toBeVisible();
  await expect(identity.getByRole('button', { name: 'Edit email' })).toHaveCount(0);
  await expect(panel.locator('button:disabled')).toHaveCount(0);
  // Closed until asked; opened from the keyboard, it names each edit's role.
  const role = identity.getByText('Requires CanUpdateCustomerEmail at gh.29.uk');
  await expect(role).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(role).toBeVisible();
  await expect(identity.getByRole('listitem').filter({ hasText: 'Edit email:' })).toContainText('Requires CanUpdateCustomerEmail at gh.29.uk');
  await expectAccessible();

  // Every other tab the same way: one note with the count of what the teller can never do, no disabled button.
  const expected: Array<[string, number]> = [
    ['Addresses', 3],
    ['KYC', 4],
    ['Tax residences', 2],
    ['Social media', 1],
    ['Credit', 3],
    ['Attributes', 3],
  ];
  for (const [tab, count] of expected) {
    await tabs.getByRole('link', { name: tab, exact: true }).click();
    await expect(tabs.getByRole('link', { name: tab, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(panel.locator('details.unavailable-actions summary')).toHaveText(
      count === 1 ? '1 action here needs a role you do not hold' : `${count} actions here need roles you do not hold`,
    );
    await expect(panel.locator('button:disabled')).toHaveCount(0);
  }
  await expectAccessible();

  // On a phone the opened note, its role names and its request controls wrap within the window.
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.locator('details.unavailable-actions summary').click();
  await expect(panel.getByText('Editing an attribute: Requires CanUpdateCustomerAttributeAtOneBank')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('a manager sees the actions their roles allow as buttons, and only the others grouped', async ({ page, request, signInAs }) => {
  const customer = await createTestCustomer(request);
  await signInAs('manager');
  await page.goto(recordUrl(customer.customer_id));
  const identity = page.getByRole('region', { name: 'Identity', exact: true });
  await expect(identity.getByRole('button', { name: 'Edit email' })).toBeEnabled();
  await expect(identity.getByRole('button', { name: 'Edit mobile phone' })).toBeEnabled();
  await expect(identity.getByText('4 actions here need roles you do not hold')).toBeVisible();
  await expect(page.locator('.record-tab-panel button:disabled')).toHaveCount(0);
});
