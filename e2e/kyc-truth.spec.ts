import type { Page } from '@playwright/test';
import { BANK, createTestCustomer, customerSearchUrl, expect, test } from './fixtures';

/**
 * One KYC truth (issue 8 §7): the record's header, its KYC tab and the search rows show one KYC status — the latest
 * KYC status where the user may read it, else the customer's flag, labelled as which — and agree after a KYC officer
 * sets a status. Creating a customer as KYC verified needs CanAddKycStatus besides CanCreateCustomer.
 */
const kycStatusWrite = (page: Page) =>
  page.waitForResponse((response) => response.url().includes('/kyc_statuses') && response.request().method() === 'PUT');

test('a KYC officer sets "not verified": the header, the KYC tab and the search row all say not verified', async ({ page, request, signInAs }) => {
  const customer = await createTestCustomer(request, { kyc_status: true });
  await signInAs('kyc');
  await page.goto(customerSearchUrl(BANK, `?by=number&q=${encodeURIComponent(customer.customer_number)}`));
  const row = page.getByRole('row', { name: new RegExp(customer.legal_name) });
  // Born verified, no KYC status set yet: the flag, said to be the flag.
  await expect(row).toContainText('KYC verified · customer flag');

  await row.getByRole('link', { name: customer.legal_name }).click();
  await page.getByRole('navigation', { name: 'Customer record' }).getByRole('link', { name: 'KYC' }).click();
  const header = page.locator('.record-header');
  const tab = page.getByRole('region', { name: 'KYC status' });
  await expect(header).toContainText('KYC verified · customer flag');
  await expect(tab.locator('.kyc-current-status')).toContainText('KYC verified · customer flag');

  await tab.getByRole('button', { name: 'Set status', exact: true }).click();
  await tab.getByRole('radio', { name: 'Not verified', exact: true }).check();
  await tab.getByRole('button', { name: 'Set status…' }).click();
  const saved = kycStatusWrite(page);
  await page.getByRole('dialog', { name: 'Set the KYC status?' }).getByRole('button', { name: 'Set status', exact: true }).click();
  expect((await saved).status()).toBe(201);

  // Header and tab now show the latest KYC status, the same words and date in both.
  await expect(header).toContainText(/KYC not verified · latest KYC status \d/);
  await expect(tab.locator('.kyc-current-status')).toContainText(/KYC not verified · latest KYC status \d/);
  const shown = (await header.locator('.kyc-truth').innerText()).trim();
  await expect(tab.locator('.kyc-truth')).toHaveText(shown);
  await expect(header).not.toContainText('KYC verified');

  // Back to the results (the record and its tab replaced nothing): the row agrees.
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a customer' })).toBeVisible();
  await expect(row).toContainText(shown);
  await expect(row).not.toContainText('KYC verified');
});

test.describe('creating a customer as KYC verified', () => {
  const newCustomerUrl = `/banks/${BANK}/customers/new`;

  test('a relationship manager without CanAddKycStatus cannot tick it, and is told why', async ({ page, signInAs, expectAccessible }) => {
    await signInAs('manager');
    await page.goto(newCustomerUrl);
    const verified = page.getByRole('checkbox', { name: 'KYC verified' });
    await expect(verified).toBeDisabled();
    await expect(verified).toHaveAccessibleDescription(`Requires CanAddKycStatus at ${BANK}`);
    await expectAccessible();
  });

  test('a user who holds it creates a customer born verified', async ({ page, signInAs }) => {
    await signInAs('admin');
    await page.goto(newCustomerUrl);
    const unique = `${Date.now().toString(36)}${process.pid.toString(36)}`;
    const name = `Verified Customer ${unique}`;
    await page.getByLabel('Legal name', { exact: true }).fill(name);
    // A real UK mobile number (the form checks numbers with libphonenumber-js): digits only, unique per run.
    await page.getByLabel('Mobile phone', { exact: true }).fill(`+44 7912 ${String(Date.now() % 1_000_000).padStart(6, '0')}`);
    await page.getByRole('checkbox', { name: 'KYC verified' }).check();
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith(`/banks/${BANK}/customers`));
    await page.getByRole('button', { name: 'Create customer' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toMatchObject({ kyc_status: true });
    expect(((await response.json()) as { kyc_status: boolean }).kyc_status).toBe(true);

    await page.getByRole('link', { name: 'Open the new customer' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    // No KYC status was set at creation (OBP's createCustomer sets only the flag): the header says it is the flag.
    await expect(page.locator('.record-header')).toContainText('KYC verified · customer flag');
  });
});
