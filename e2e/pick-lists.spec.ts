import { BANK, createTestCustomer, expect, recordUrl, test } from './fixtures';

/*
 * Every enumeration is a pick-list whose values read in the user's language and reach OBP as OBP keeps them; "Other…"
 * only where OBP takes free text. Here in Spanish: the create form and the KYC check method.
 */

test('in Spanish the lists read in Spanish and OBP receives its own values', async ({ page, request, signInAs, expectAccessible }) => {
  await page.addInitScript(() => window.sessionStorage.setItem('customer-desk.language', 'es'));
  await signInAs('admin');
  await page.goto(`/banks/${BANK}/customers/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nuevo cliente' })).toBeVisible();
  const status = page.getByLabel('Estado civil', { exact: true });
  await expect(status.locator('option', { hasText: 'Casado/a' })).toHaveCount(1);
  await status.selectOption({ label: 'Casado/a' });
  await expect(status).toHaveValue('Married');
  // Free text in OBP: "Otro…" opens a field for a value outside the list.
  await status.selectOption({ label: 'Otro…' });
  await expect(page.getByLabel('Estado civil (otro)', { exact: true })).toBeFocused();
  await page.getByLabel('Estado civil (otro)', { exact: true }).fill('Pareja de hecho');
  await expectAccessible();

  await page.getByLabel('Nombre legal', { exact: true }).fill('Lista Española');
  await page.getByLabel('Teléfono móvil', { exact: true }).fill(`+34 6${String(Date.now() % 100_000_000).padStart(8, '0')}`);
  const created = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith(`/banks/${BANK}/customers`));
  await page.getByRole('button', { name: 'Crear cliente' }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  expect(response.request().postDataJSON()).toMatchObject({ relationship_status: 'Pareja de hecho' });

  const customer = await createTestCustomer(request);
  await page.goto(recordUrl(customer.customer_id, 'kyc'));
  const checks = page.getByRole('region', { name: 'Verificaciones KYC' });
  await checks.getByRole('button', { name: 'Registrar una verificación' }).click();
  const how = checks.getByLabel('Cómo se hizo la verificación');
  await expect(how).toBeFocused();
  await how.selectOption({ label: 'Videollamada' });
  await expect(how).toHaveValue('Video call');
});
