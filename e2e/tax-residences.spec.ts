import type { Page } from '@playwright/test';
import { BANK, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

const taxCall = (page: Page, method: string) =>
  page.waitForResponse(
    (response) => /\/customers\/[^/]+\/(tax-residence|tax-residences|tax_residencies\/[^/]+)$/.test(new URL(response.url()).pathname) && response.request().method() === method,
  );

test.describe('tax residences tab', () => {
  test('a KYC officer adds a residence, sees the server refuse the same one again, and deletes it', async ({ page, request, signInAs, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await signInAs('kyc');
    await page.goto(recordUrl(customer.customer_id, 'tax'));
    const tab = page.getByRole('region', { name: 'Tax residences' });
    await expect(tab.getByText('No tax residence is recorded for this customer.')).toBeVisible();

    await tab.getByRole('button', { name: 'Add a tax residence' }).click();
    await expect(tab.getByLabel('Country or jurisdiction')).toBeFocused();
    await tab.getByLabel('Country or jurisdiction').selectOption({ label: 'Germany' });
    await tab.getByLabel('Tax number', { exact: true }).fill('12 345 678 901');
    await expectAccessible();
    const created = taxCall(page, 'POST');
    await tab.getByRole('button', { name: 'Add tax residence', exact: true }).click();
    const createdResponse = await created;
    expect(createdResponse.status()).toBe(201);
    expect(createdResponse.request().postDataJSON()).toEqual({ domain: 'DE', tax_number: '12 345 678 901' });
    await expect(tab.getByText('The tax residence in Germany (DE) with tax number 12 345 678 901 was added.')).toBeVisible();
    const row = tab.getByRole('row', { name: /Germany \(DE\)/ });
    await expect(row.getByRole('cell').first()).toHaveText('12 345 678 901');
    await expect(tab.getByRole('button', { name: 'Add a tax residence' })).toBeFocused();

    // The same (domain, tax number) again: only the server knows it is taken.
    await tab.getByRole('button', { name: 'Add a tax residence' }).click();
    await tab.getByLabel('Country or jurisdiction').selectOption('DE');
    await tab.getByLabel('Tax number', { exact: true }).fill('12 345 678 901');
    const duplicate = taxCall(page, 'POST');
    await tab.getByRole('button', { name: 'Add tax residence', exact: true }).click();
    const duplicateResponse = await duplicate;
    expect(duplicateResponse.status()).toBe(400);
    const { message } = (await duplicateResponse.json()) as { message: string };
    const form = tab.getByRole('form', { name: 'New tax residence' });
    // People's words first; OBP's code and message under "details"; no "Try again" for a refusal.
    const alert = form.getByRole('alert');
    await expect(alert.getByText('The bank’s system could not do this. If you were adding something, it may already be there.')).toBeVisible();
    await expect(alert.getByText(message)).toBeHidden();
    await alert.getByText('Details').click();
    await expect(alert.getByText(message)).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(form.getByLabel('Country or jurisdiction')).toHaveValue('DE');
    await expect(form.getByLabel('Tax number', { exact: true })).toHaveValue('12 345 678 901');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(tab.getByRole('row')).toHaveCount(2);

    await row.getByRole('button', { name: 'Delete the tax residence in Germany (DE), tax number 12 345 678 901' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this tax residence?' });
    await expect(dialog).toContainText(
      `The tax residence in Germany (DE) with tax number 12 345 678 901 of ${customer.legal_name} (customer number ${customer.customer_number}) will be deleted.`,
    );
    await expectAccessible();
    const deleted = taxCall(page, 'DELETE');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const deleteResponse = await deleted;
    expect(deleteResponse.status()).toBe(200);
    expect(new URL(deleteResponse.url()).pathname).toMatch(new RegExp(`/banks/${BANK}/customers/${customer.customer_id}/tax_residencies/[^/]+$`));
    await expect(dialog).toBeHidden();
    await expect(tab.getByText('No tax residence is recorded for this customer.')).toBeVisible();
    await expect(tab.getByRole('button', { name: 'Add a tax residence' })).toBeFocused();
  });

  test('a manager reads residences, with no button to add or delete, their roles named once', async ({ page, request, signInAs, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    const api = await obpApi(request, 'kyc');
    const stored = await api.post(`/banks/${BANK}/customers/${customer.customer_id}/tax-residence`, { domain: 'ES', tax_number: 'X1234567L' });
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    await signInAs('manager');
    await page.goto(recordUrl(customer.customer_id, 'tax'));
    const tab = page.getByRole('region', { name: 'Tax residences' });
    const row = tab.getByRole('row', { name: /Spain \(ES\)/ });
    await expect(row).toContainText('X1234567L');
    await expect(row.getByRole('button')).toHaveCount(0);
    await expect(tab.getByRole('button', { name: 'Add a tax residence' })).toHaveCount(0);
    await tab.getByText('2 actions here need roles you do not hold').click();
    await expect(tab.getByText(`Deleting a tax residence: Requires CanDeleteTaxResidence at ${BANK}`)).toBeVisible();
    await expect(tab.getByText(`Add a tax residence: Requires CanCreateTaxResidence at ${BANK}`)).toBeVisible();
    await expectAccessible();
  });

  test('a teller is told which role reading needs, and that adding and deleting need roles too', async ({ page, request, signInAs, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await signInAs('teller');
    await page.goto(recordUrl(customer.customer_id, 'tax'));
    const tab = page.getByRole('region', { name: 'Tax residences' });
    await expect(tab.getByText(`Seeing this customer's tax residences needs the role CanGetTaxResidence at ${BANK}, which you do not hold.`)).toBeVisible();
    await expect(tab.getByRole('button', { name: 'Add a tax residence' })).toHaveCount(0);
    await tab.getByText('2 actions here need roles you do not hold').click();
    await expect(tab.getByText(`Add a tax residence: Requires CanCreateTaxResidence at ${BANK}`)).toBeVisible();
    await expect(tab.getByText(`Deleting a tax residence: Requires CanDeleteTaxResidence at ${BANK}`)).toBeVisible();
    await expectAccessible();
  });
});
