import { createTestCustomer, expect, recordUrl, test } from './fixtures';

/*
 * The console against answers a real OBP server gives and the sandbox does not (issue 8 §2): the sandbox answers as
 * usual and the test rewrites two of its answers on the way, the way OBP's code really renders them (an adapter's
 * nulls, a row without an id, a create answer the console cannot read).
 */
test('an unreadable row never blanks a list, and a write whose answer cannot be read is reported as saved', async ({
  page,
  request,
  signInAs,
  expectAccessible,
}) => {
  const customer = await createTestCustomer(request);
  await signInAs('kyc');

  // The addresses list as an adapter sends it: one row of nulls (OBP's "no tags" is [""]) and one without an id.
  await page.route(/\/obp\/v[\d.]+\/banks\/[^/]+\/customers\/[^/]+\/addresses$/, async (route) => {
    const real = (await (await route.fetch()).json()) as { addresses: unknown[] };
    const adapterRow = {
      customer_address_id: 'adapter-1',
      customer_id: null,
      line_1: '1 Adapter Street',
      line_2: null,
      line_3: null,
      city: 'Leeds',
      county: null,
      state: null,
      postcode: null,
      country_code: 'GB',
      tags: [''],
      status: null,
      insert_date: null,
    };
    await route.fulfill({ json: { addresses: [...real.addresses, adapterRow, { ...adapterRow, customer_address_id: null }] } });
  });
  await page.goto(recordUrl(customer.customer_id, 'addresses'));
  const addresses = page.getByRole('region', { name: 'Addresses' });
  await expect(addresses.getByRole('heading', { name: '1 Adapter Street' })).toBeVisible();
  await expect(addresses.getByText('1 record could not be read')).toBeVisible();
  await expect(addresses.locator('.row-unreadable')).toContainText('A record without an id:');
  await expect(addresses.locator('.row-unreadable')).toContainText('customer_address_id');
  await expect(addresses.getByRole('alert')).toHaveCount(0);
  await expectAccessible();

  // OBP stored the tax residence but answered in a shape the console cannot read: it is saved, and the list is re-read.
  await page.route(/\/obp\/v[\d.]+\/banks\/[^/]+\/customers\/[^/]+\/tax-residence$/, async (route) => {
    const real = await route.fetch();
    await route.fulfill({ status: real.status(), json: { tax_residence_id: null, answered_by: 'a newer version' } });
  });
  await page.getByRole('link', { name: 'Tax residences' }).click();
  const tax = page.getByRole('region', { name: 'Tax residences' });
  await tax.getByRole('button', { name: 'Add a tax residence' }).click();
  await tax.getByLabel('Country or jurisdiction').selectOption('DE');
  await tax.getByLabel('Tax number', { exact: true }).fill('98765');
  const reread = page.waitForResponse((response) => response.url().endsWith('/tax-residences') && response.request().method() === 'GET');
  await tax.getByRole('button', { name: 'Add tax residence', exact: true }).click();
  await reread;
  await expect(tax.getByText('The tax residence in Germany (DE) with tax number 98765 was added.')).toBeVisible();
  await expect(tax.getByRole('rowheader', { name: 'Germany (DE)' })).toBeVisible();
  await expect(tax.getByRole('alert')).toHaveCount(0);
});
