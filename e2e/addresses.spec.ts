import type { Page } from '@playwright/test';
import { BANK, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

const addressCall = (page: Page, method: string) =>
  page.waitForResponse((response) => /\/customers\/[^/]+\/address(es)?(\/[^/]+)?$/.test(new URL(response.url()).pathname) && response.request().method() === method);

const ADDRESS = {
  line_1: '221B Baker Street',
  line_2: '',
  line_3: '',
  city: 'London',
  county: '',
  state: '',
  postcode: 'NW1 6XE',
  country_code: 'DE',
  tags: ['home'],
  status: 'current',
};

test.describe('addresses tab as manager', () => {
  test.beforeEach(async ({ signInAs }) => {
    await signInAs('manager');
  });

  test('adds, edits and deletes an address, with tags and the country named', async ({ page, request, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await page.goto(recordUrl(customer.customer_id, 'addresses'));
    const tab = page.getByRole('region', { name: 'Addresses' });
    await expect(tab.getByText('This customer has no addresses.')).toBeVisible();

    await tab.getByRole('button', { name: 'Add an address' }).click();
    await expect(tab.getByLabel('Address line 1')).toBeFocused();
    await tab.getByLabel('Address line 1').fill('221B Baker Street');
    await tab.getByLabel('City').fill('London');
    await tab.getByLabel('Postcode').fill('NW1 6XE');
    await tab.getByLabel('Country').selectOption({ label: 'United Kingdom' });
    await expect(tab.getByText('Stored as the ISO 3166-1 code GB.')).toBeVisible();
    await tab.getByRole('group', { name: 'Common tags:' }).getByRole('button', { name: 'home' }).click();
    await tab.getByLabel('Tags', { exact: true }).fill('mailing');
    await tab.getByLabel('Tags', { exact: true }).press('Enter');
    await expect(tab.getByRole('list', { name: 'Tags on this address' }).getByRole('listitem')).toHaveText(['home×', 'mailing×']);
    await expect(tab.getByText('Joined with commas, the tags may take at most 20 characters: 12 used.')).toBeVisible();
    await expectAccessible();

    const created = addressCall(page, 'POST');
    await tab.getByRole('button', { name: 'Add address', exact: true }).click();
    const createdResponse = await created;
    expect(createdResponse.status()).toBe(201);
    expect(createdResponse.request().postDataJSON()).toEqual({
      line_1: '221B Baker Street',
      line_2: '',
      line_3: '',
      city: 'London',
      county: '',
      state: '',
      postcode: 'NW1 6XE',
      country_code: 'GB',
      tags: ['home', 'mailing'],
      status: 'current',
    });
    await expect(tab.getByText('The address “221B Baker Street” was added.')).toBeVisible();
    // The sandbox keeps the posted status, so there is nothing to warn about.
    await expect(tab.getByText(/The server recorded the status/)).toHaveCount(0);
    await expect(tab.getByRole('button', { name: 'Add an address' })).toBeFocused();
    const card = tab.getByRole('article', { name: '221B Baker Street' });
    await expect(card).toContainText('United Kingdom (GB)');
    await expect(card).toContainText('NW1 6XE');
    await expect(card).toContainText('Current');
    await expect(card.getByRole('listitem')).toHaveText(['home', 'mailing']);

    await card.getByRole('button', { name: 'Edit the address 221B Baker Street' }).click();
    const form = tab.getByRole('form', { name: 'Edit the address “221B Baker Street”' });
    await expect(form.getByLabel('Address line 1')).toBeFocused();
    await expect(form.getByLabel('Country')).toHaveValue('GB');
    await form.getByLabel('City').fill('Westminster');
    await form.getByLabel('Status').selectOption({ label: 'Previous' });
    await form.getByRole('button', { name: 'Remove the tag mailing' }).click();
    await form.getByRole('group', { name: 'Common tags:' }).getByRole('button', { name: 'work' }).click();
    await expectAccessible();
    const updated = addressCall(page, 'PUT');
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect((await updated).status()).toBe(200);
    await expect(tab.getByText('The address “221B Baker Street” was saved.')).toBeVisible();
    const edited = tab.getByRole('article', { name: '221B Baker Street' });
    await expect(edited).toContainText('Westminster');
    await expect(edited).toContainText('Previous');
    await expect(edited.getByRole('listitem')).toHaveText(['home', 'work']);
    await expect(edited.getByRole('button', { name: 'Edit the address 221B Baker Street' })).toBeFocused();

    await edited.getByRole('button', { name: 'Delete the address 221B Baker Street' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this address?' });
    await expect(dialog).toContainText(
      `The address “221B Baker Street, Westminster NW1 6XE, United Kingdom” of ${customer.legal_name} (customer number ${customer.customer_number}) will be deleted.`,
    );
    await expectAccessible();
    const deleted = addressCall(page, 'DELETE');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const deleteResponse = await deleted;
    expect(deleteResponse.status()).toBe(200);
    expect(await deleteResponse.json()).toBe(true);
    await expect(dialog).toBeHidden();
    await expect(tab.getByText('The address “221B Baker Street, Westminster NW1 6XE, United Kingdom” was deleted.')).toBeVisible();
    await expect(tab.getByText('This customer has no addresses.')).toBeVisible();
    await expect(tab.getByRole('button', { name: 'Add an address' })).toBeFocused();
  });

  test('stops what OBP cannot store before sending, and keeps every value when the server refuses', async ({ page, request }) => {
    const customer = await createTestCustomer(request);
    const api = await obpApi(request, 'manager');
    const stored = await api.post(`/banks/${BANK}/customers/${customer.customer_id}/address`, ADDRESS);
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    const addressId = (stored.body as { customer_address_id: string }).customer_address_id;
    await page.goto(recordUrl(customer.customer_id, 'addresses'));
    const tab = page.getByRole('region', { name: 'Addresses' });
    let sent = 0;
    page.on('request', (call) => {
      if (call.method() === 'PUT' && call.url().includes('/addresses/')) sent += 1;
    });

    await tab.getByRole('button', { name: 'Edit the address 221B Baker Street' }).click();
    const form = tab.getByRole('form', { name: 'Edit the address “221B Baker Street”' });
    await form.getByLabel('Postcode').fill('NW1 6XE 0000000000000');
    await form.getByLabel('Tags', { exact: true }).fill('work,mailing,billing,');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form.getByText('The postcode can have at most 20 characters.')).toBeVisible();
    await expect(
      form.getByText('Joined with commas the tags take 25 characters, but the server keeps at most 20. Remove or shorten a tag.'),
    ).toBeVisible();
    await expect(form.getByLabel('Postcode')).toBeFocused();
    expect(sent).toBe(0);

    // Meanwhile someone else deletes the address: only the server can know.
    expect((await api.delete(`/banks/${BANK}/customers/${customer.customer_id}/addresses/${addressId}`)).status).toBe(200);
    await form.getByLabel('Postcode').fill('NW1 6XF');
    await form.getByRole('button', { name: 'Remove the tag billing' }).click();
    await form.getByRole('button', { name: 'Remove the tag mailing' }).click();
    await form.getByLabel('City').fill('Marylebone');
    const refused = addressCall(page, 'PUT');
    await form.getByRole('button', { name: 'Save changes' }).click();
    const refusedResponse = await refused;
    expect(refusedResponse.status()).toBeGreaterThanOrEqual(400);
    const { message } = (await refusedResponse.json()) as { message: string };
    // Said in people's words, with OBP's own message under the details.
    await expect(form.getByRole('alert')).toContainText('This address no longer exists.');
    await expect(form.getByRole('alert')).toContainText(message);
    await expect(form.getByLabel('Address line 1')).toHaveValue('221B Baker Street');
    await expect(form.getByLabel('City')).toHaveValue('Marylebone');
    await expect(form.getByLabel('Postcode')).toHaveValue('NW1 6XF');
    await expect(form.getByLabel('Country')).toHaveValue('DE');
    await expect(form.getByRole('list', { name: 'Tags on this address' }).getByRole('listitem')).toHaveText(['home×', 'work×']);
  });

  test('reads in 简体中文 and Español: country names, statuses and sorting follow the language', async ({ page, request, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    const api = await obpApi(request, 'manager');
    expect((await api.post(`/banks/${BANK}/customers/${customer.customer_id}/address`, ADDRESS)).status).toBe(201);
    await page.goto(recordUrl(customer.customer_id, 'addresses'));
    const card = page.getByRole('article', { name: '221B Baker Street' });
    await expect(card).toContainText('Germany (DE)');

    await page.getByLabel('Language').selectOption('zh-CN');
    const chinese = page.getByRole('region', { name: '地址' });
    await expect(chinese.getByRole('heading', { level: 2, name: '地址' })).toBeVisible();
    await expect(card).toContainText('德国 (DE)');
    await expect(card).toContainText('当前');
    await expect(chinese.getByText('1 个地址')).toBeVisible();
    await chinese.getByRole('button', { name: '添加地址' }).click();
    await expect(chinese.getByRole('heading', { level: 3, name: '新地址' })).toBeVisible();
    await chinese.getByLabel('国家/地区').selectOption({ label: '英国' });
    await expect(chinese.getByText('以 ISO 3166-1 代码 GB 保存。')).toBeVisible();
    await expectAccessible();
    await chinese.getByRole('button', { name: '取消' }).click();

    await page.getByLabel('语言').selectOption('es');
    const spanish = page.getByRole('region', { name: 'Direcciones' });
    await expect(card).toContainText('Alemania (DE)');
    await expect(card).toContainText('Actual');
    await spanish.getByRole('button', { name: 'Añadir una dirección' }).click();
    const countries = spanish.getByLabel('País');
    // Sorted by the Spanish names: Alemania before Argentina, España between Eslovenia and Estados Unidos.
    const names = await countries.locator('option').allTextContents();
    expect(names[0]).toBe('Elija un país…');
    expect(names.indexOf('Alemania')).toBeLessThan(names.indexOf('Argentina'));
    expect(names.indexOf('Eslovenia')).toBeLessThan(names.indexOf('España'));
    expect(names.indexOf('España')).toBeLessThan(names.indexOf('Estados Unidos'));
    await spanish.getByRole('button', { name: 'Añadir dirección', exact: true }).click();
    await expect(spanish.getByText('Escriba la primera línea de la dirección.')).toBeVisible();
    await expect(spanish.getByText('Elija el país.')).toBeVisible();
    await expectAccessible();
  });
});

test.describe('addresses tab without the roles', () => {
  test('a teller, who cannot even list addresses, is told which roles are missing', async ({ page, request, signInAs, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await signInAs('teller');
    let read = false;
    page.on('request', (call) => {
      if (call.url().includes('/obp/') && call.url().includes('/addresses')) read = true;
    });
    await page.goto(recordUrl(customer.customer_id, 'addresses'));
    const tab = page.getByRole('region', { name: 'Addresses' });
    await expect(tab.getByText(`Seeing this customer's addresses needs the role CanGetCustomerAddress at ${BANK}, which you do not hold.`)).toBeVisible();
    // No disabled Add: the three writes the teller can never make are named in one closed note.
    await expect(tab.getByRole('button', { name: 'Add an address' })).toHaveCount(0);
    await tab.getByText('3 actions here need roles you do not hold').click();
    await expect(tab.getByText(`Add an address: Requires CanCreateCustomerAddress at ${BANK}`)).toBeVisible();
    await expect(tab.getByText(`Editing an address: Requires CanCreateCustomer at ${BANK}`)).toBeVisible();
    await expect(tab.getByText(`Deleting an address: Requires CanDeleteCustomerAddress at ${BANK}`)).toBeVisible();
    // The rest of the record still works.
    await expect(page.getByRole('heading', { level: 1, name: customer.legal_name })).toBeVisible();
    await expectAccessible();
    expect(read).toBe(false);
  });

  test('a KYC officer reads addresses, with no button to edit, delete or add, and their roles named once', async ({ page, request, signInAs }) => {
    const customer = await createTestCustomer(request);
    const api = await obpApi(request, 'manager');
    expect((await api.post(`/banks/${BANK}/customers/${customer.customer_id}/address`, ADDRESS)).status).toBe(201);
    await signInAs('kyc');
    await page.goto(recordUrl(customer.customer_id, 'addresses'));
    const card = page.getByRole('article', { name: '221B Baker Street' });
    await expect(card).toContainText('Germany (DE)');
    await expect(card.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add an address' })).toHaveCount(0);
    const tab = page.getByRole('region', { name: 'Addresses' });
    await tab.getByText('3 actions here need roles you do not hold').click();
    await expect(tab.getByText(`Editing an address: Requires CanCreateCustomer at ${BANK}`)).toBeVisible();
    await expect(tab.getByText(`Deleting an address: Requires CanDeleteCustomerAddress at ${BANK}`)).toBeVisible();
  });
});
