import type { Page } from '@playwright/test';
import { BANK, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

const attributeCall = (page: Page, method: string) =>
  page.waitForResponse((response) => /\/customers\/(?:[^/]+\/attributes?|attributes)\b/.test(response.url()) && response.request().method() === method);

test.describe('attributes tab as admin', () => {
  test.beforeEach(async ({ signInAs }) => {
    await signInAs('admin');
  });

  test('adds, edits and deletes a typed attribute; an invalid whole number is stopped before sending', async ({ page, request, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await page.goto(recordUrl(customer.customer_id, 'attributes'));
    const tab = page.getByRole('region', { name: 'Attributes' });
    await expect(tab.getByText('This customer has no attributes.')).toBeVisible();

    await tab.getByRole('button', { name: 'Add an attribute' }).click();
    await expect(tab.getByLabel('Name')).toBeFocused();
    await tab.getByLabel('Name').fill('household_size');
    await tab.getByLabel('Type').selectOption({ label: 'Whole number' });
    await tab.getByLabel('Value').fill('3.5');
    let posted = false;
    page.on('request', (call) => {
      if (call.method() === 'POST' && call.url().endsWith('/attribute')) posted = true;
    });
    await tab.getByRole('button', { name: 'Add attribute', exact: true }).click();
    await expect(tab.getByText('Enter a whole number, such as 123: no decimal point, spaces or letters.')).toBeVisible();
    await expect(tab.getByLabel('Value')).toHaveValue('3.5');
    await expect(tab.getByLabel('Name')).toHaveValue('household_size');
    expect(posted).toBe(false);
    await expectAccessible();

    await tab.getByLabel('Value').fill('4');
    const created = attributeCall(page, 'POST');
    await tab.getByRole('button', { name: 'Add attribute', exact: true }).click();
    expect((await created).status()).toBe(201);
    await expect(tab.getByText('The attribute “household_size” was added.')).toBeVisible();
    const row = tab.getByRole('row', { name: /household_size/ });
    await expect(row.getByRole('cell').nth(0)).toHaveText('Whole number');
    await expect(row.getByRole('cell').nth(1)).toHaveText('4');
    await expect(tab.getByRole('button', { name: 'Add an attribute' })).toBeFocused();

    // Edit: the value's input becomes a date input when the type is a date.
    await row.getByRole('button', { name: 'Edit attribute household_size' }).click();
    await expect(tab.getByRole('heading', { name: 'Edit the attribute “household_size”' })).toBeVisible();
    await tab.getByLabel('Name').fill('moved_in_on');
    await tab.getByLabel('Type').selectOption({ label: 'Date' });
    await expect(tab.getByLabel('Value')).toHaveAttribute('type', 'date');
    await tab.getByLabel('Value').fill('2024-02-29');
    await expectAccessible();
    const updated = attributeCall(page, 'PUT');
    await tab.getByRole('button', { name: 'Save changes' }).click();
    expect((await updated).status()).toBe(200);
    await expect(tab.getByText('The attribute “moved_in_on” was saved.')).toBeVisible();
    const dateRow = tab.getByRole('row', { name: /moved_in_on/ });
    await expect(dateRow.getByRole('cell').nth(0)).toHaveText('Date');
    await expect(dateRow.getByRole('cell').nth(1)).toHaveText('29 Feb 2024');
    await expect(dateRow.getByRole('button', { name: 'Edit attribute moved_in_on' })).toBeFocused();

    // The record embeds the attributes: the identity tab shows the change too.
    await page.getByRole('navigation', { name: 'Customer record' }).getByRole('link', { name: 'Identity' }).click();
    await expect(page.getByRole('region', { name: 'Identity' }).getByText('moved_in_on')).toBeVisible();
    await page.getByRole('navigation', { name: 'Customer record' }).getByRole('link', { name: 'Attributes' }).click();

    await tab.getByRole('button', { name: 'Delete attribute moved_in_on' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the attribute?' });
    await expect(dialog).toContainText('“moved_in_on” (value 2024-02-29)');
    await expect(dialog).toContainText(customer.legal_name);
    await expectAccessible();
    const deleted = attributeCall(page, 'DELETE');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const deleteResponse = await deleted;
    expect(deleteResponse.status()).toBe(204);
    expect(new URL(deleteResponse.url()).pathname).toMatch(new RegExp(`/banks/${BANK}/customers/attributes/[^/]+$`));
    await expect(dialog).toBeHidden();
    await expect(tab.getByText('The attribute “moved_in_on” was deleted.')).toBeVisible();
    await expect(tab.getByText('This customer has no attributes.')).toBeVisible();
    await expect(tab.getByRole('button', { name: 'Add an attribute' })).toBeFocused();
  });

  test('a server error keeps every typed value', async ({ page, request }) => {
    const customer = await createTestCustomer(request);
    const api = await obpApi(request, 'admin');
    const created = await api.post(`/banks/${BANK}/customers/${customer.customer_id}/attribute`, { name: 'segment', type: 'STRING', value: 'retail' });
    expect(created.status).toBe(201);
    const attributeId = (created.body as { customer_attribute_id: string }).customer_attribute_id;

    await page.goto(recordUrl(customer.customer_id, 'attributes'));
    const tab = page.getByRole('region', { name: 'Attributes' });
    await tab.getByRole('button', { name: 'Edit attribute segment' }).click();
    await tab.getByLabel('Value').fill('private banking');
    // Someone else deletes it meanwhile: OBP answers 400 OBP-30069 to the update.
    expect((await api.delete(`/banks/${BANK}/customers/attributes/${attributeId}`)).status).toBe(204);
    const updated = attributeCall(page, 'PUT');
    await tab.getByRole('button', { name: 'Save changes' }).click();
    expect((await updated).status()).toBe(400);
    await expect(tab.getByRole('alert')).toContainText('OBP-30069');
    await expect(tab.getByLabel('Value')).toHaveValue('private banking');
    await expect(tab.getByLabel('Name')).toHaveValue('segment');
    await expect(tab.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });
});

test('as the teller attribute writes are grouped away with the roles named, and the record still lists them', async ({
  page,
  request,
  signInAs,
  expectAccessible,
}) => {
  const customer = await createTestCustomer(request);
  const api = await obpApi(request, 'admin');
  expect((await api.post(`/banks/${BANK}/customers/${customer.customer_id}/attribute`, { name: 'segment', type: 'STRING', value: 'retail' })).status).toBe(201);
  await signInAs('teller');
  await page.goto(recordUrl(customer.customer_id, 'attributes'));
  const tab = page.getByRole('region', { name: 'Attributes' });
  // Add, edit and delete, which the teller can never do, are grouped away in one note instead of disabled buttons.
  await expect(tab.getByRole('button', { name: 'Add an attribute' })).toHaveCount(0);
  await expect(tab.getByRole('button', { name: 'Edit attribute segment' })).toHaveCount(0);
  await tab.getByText('3 actions here need roles you do not hold').click();
  await expect(tab.getByText(`Requires CanCreateCustomerAttributeAtOneBank or CanCreateCustomerAttributeAtAnyBank at ${BANK}`)).toBeVisible();
  await expect(tab.getByText(`Requires CanUpdateCustomerAttributeAtOneBank or CanUpdateCustomerAttributeAtAnyBank at ${BANK}`)).toBeVisible();
  await expect(tab.getByText(`Requires CanDeleteCustomerAttributeAtOneBank or CanDeleteCustomerAttributeAtAnyBank at ${BANK}`)).toBeVisible();
  await expect(tab.getByText('Shown from the customer record, because listing attributes needs a role you do not hold.')).toBeVisible();
  await expect(tab.getByRole('row', { name: /segment/ }).getByRole('cell').nth(1)).toHaveText('retail');
  await expectAccessible();
});
