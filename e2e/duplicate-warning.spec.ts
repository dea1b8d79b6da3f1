import { BANK, createTestCustomer, expect, recordUrl, test } from './fixtures';

/*
 * Before create, the form looks the mobile number up however it was stored (here "+44 07912 …" typed as "07912…")
 * and the customer number, and links to the customers who already have them.
 */
test('warns of a possible duplicate as the mobile and the number are typed, with a link', async ({ page, request, signInAs, expectAccessible }) => {
  const digits = String(Date.now() % 1_000_000).padStart(6, '0');
  const existing = await createTestCustomer(request, { mobile_phone_number: `+44 07912 ${digits.slice(0, 3)} ${digits.slice(3)}` });
  const other = await createTestCustomer(request);
  await signInAs('manager');
  await page.goto(`/banks/${BANK}/customers/new`);
  await page.getByLabel('Legal name', { exact: true }).fill('Maybe Twice');
  await page.getByLabel('Mobile phone', { exact: true }).fill(`07912${digits}`);

  const warning = page.locator('.duplicate-warning');
  await expect(warning.getByText('Possible duplicate: a customer at this bank already has these details.')).toBeVisible();
  const mobileMatch = warning.getByRole('link', { name: `${existing.legal_name}, number ${existing.customer_number}` });
  await expect(mobileMatch).toBeVisible();
  await expect(warning.getByText('same mobile phone')).toBeVisible();

  await page.getByLabel('Customer number', { exact: true }).fill(other.customer_number);
  await expect(warning.getByText('Possible duplicates: 2 customers at this bank already have these details.')).toBeVisible();
  await expect(warning.getByRole('link', { name: `${other.legal_name}, number ${other.customer_number}` })).toBeVisible();
  await expectAccessible();

  await mobileMatch.click();
  await expect(page).toHaveURL(new RegExp(`${recordUrl(existing.customer_id).replace(/\./g, '\\.')}$`));
  await expect(page.getByRole('heading', { level: 1, name: existing.legal_name })).toBeVisible();
});
