import type { Page } from '@playwright/test';
import { BANK, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const putResponse = (page: Page, customerId: string, suffix: string) =>
  page.waitForResponse(
    (response) => response.request().method() === 'PUT' && response.url().endsWith(`/customers/${customerId}/${suffix}`),
  );

test.describe('editing a customer’s identity', () => {
  test('a manager changes the email and the mobile phone, and the record keeps them', async ({ page, request, signInAs }) => {
    const customer = await createTestCustomer(request);
    await signInAs('manager');
    await page.goto(recordUrl(customer.customer_id));

    const email = section(page, 'Email');
    await expect(email.getByText(customer.email)).toBeVisible();
    await email.getByRole('button', { name: 'Edit email' }).click();
    const emailInput = email.getByLabel('Email', { exact: true });
    await expect(emailInput).toBeFocused();
    await expect(emailInput).toHaveValue(customer.email);
    const newEmail = `edited.${customer.customer_number.toLowerCase()}@example.com`;
    await emailInput.fill(newEmail);
    const emailSaved = putResponse(page, customer.customer_id, 'email');
    await email.getByRole('button', { name: 'Save' }).click();
    expect((await emailSaved).status()).toBe(200);
    await expect(email.getByRole('status').filter({ hasText: 'Email saved.' })).toBeVisible();
    await expect(email.getByText(newEmail)).toBeVisible();
    await expect(email.getByRole('button', { name: 'Edit email' })).toBeFocused();

    const mobile = section(page, 'Mobile phone');
    await mobile.getByRole('button', { name: 'Edit mobile phone' }).click();
    const mobileInput = mobile.getByLabel('Mobile phone', { exact: true });
    await expect(mobileInput).toHaveValue(customer.mobile_phone_number);
    // A valid number, already in the international format the console saves.
    const newMobile = `+44 7912 ${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    await mobileInput.fill(newMobile);
    const mobileSaved = putResponse(page, customer.customer_id, 'mobile-number');
    await mobile.getByRole('button', { name: 'Save' }).click();
    expect((await mobileSaved).status()).toBe(200);
    await expect(mobile.getByRole('status').filter({ hasText: 'Mobile phone saved.' })).toBeVisible();
    await expect(mobile.getByText(newMobile, { exact: true })).toBeVisible();

    await page.reload();
    await expect(section(page, 'Email').getByText(newEmail)).toBeVisible();
    await expect(section(page, 'Mobile phone').getByText(newMobile, { exact: true })).toBeVisible();
    const stored = await (await obpApi(request, 'admin')).get(`/banks/${BANK}/customers/${customer.customer_id}`);
    expect(stored.body).toMatchObject({ email: newEmail, mobile_phone_number: newMobile });
  });

  test('a number already used at the bank is refused with OBP-30006 and the typed value stays', async ({ page, request, signInAs }) => {
    const taken = await createTestCustomer(request);
    const customer = await createTestCustomer(request);
    await signInAs('admin');
    await page.goto(recordUrl(customer.customer_id));

    const number = section(page, 'Customer number');
    await number.getByRole('button', { name: 'Edit customer number' }).click();
    const input = number.getByLabel('Customer number', { exact: true });
    await expect(input).toHaveValue(customer.customer_number);

    // The customer's own number is never sent: OBP would refuse it too.
    let puts = 0;
    page.on('request', (sent) => {
      if (sent.method() === 'PUT') puts += 1;
    });
    await number.getByRole('button', { name: 'Save' }).click();
    await expect(number.getByText(/^Unchanged: this is already the customer’s number/)).toBeVisible();
    expect(puts).toBe(0);

    await input.fill(taken.customer_number);
    const refused = putResponse(page, customer.customer_id, 'number');
    await number.getByRole('button', { name: 'Save' }).click();
    expect((await refused).status()).toBe(400);
    const alert = number.getByRole('alert');
    await expect(alert).toContainText(`The customer number ${taken.customer_number} is already used at ${BANK}.`);
    await expect(alert).toContainText('OBP-30006');
    await expect(input).toHaveValue(taken.customer_number);
    await expect(number.getByText('Already used by another customer at this bank.')).toBeVisible();
    await expect(input).toBeEnabled();

    // A free number goes through, and the record's header follows.
    const free = `${customer.customer_number}X`;
    await input.fill(free);
    const saved = putResponse(page, customer.customer_id, 'number');
    await number.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(200);
    await expect(number.getByRole('status').filter({ hasText: 'Customer number saved.' })).toBeVisible();
    await expect(number.getByText(free, { exact: true })).toBeVisible();
    await expect(page.locator('.record-summary').getByText(free, { exact: true })).toBeVisible();
  });

  test('a KYC officer corrects the name, date of birth and personal details', async ({ page, request, signInAs }) => {
    const customer = await createTestCustomer(request, { dependants: 1, dob_of_dependants: ['2016-04-05T00:00:00Z'] });
    await signInAs('kyc');
    await page.goto(recordUrl(customer.customer_id));

    const identity = section(page, 'Name and date of birth');
    await identity.getByRole('button', { name: 'Edit name and date of birth' }).click();
    await identity.getByLabel('Legal name', { exact: true }).fill(`${customer.legal_name} Corrected`);
    await identity.getByLabel('Title', { exact: true }).fill('Dr.');
    await identity.getByLabel('Date of birth', { exact: true }).fill('1980-07-15');
    const identitySaved = putResponse(page, customer.customer_id, 'identity');
    await identity.getByRole('button', { name: 'Save' }).click();
    expect((await identitySaved).status()).toBe(200);
    await expect(identity.getByRole('status').filter({ hasText: 'Name and date of birth saved.' })).toBeVisible();
    await expect(identity.getByText(/July 15, 1980|15 July 1980/)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: `${customer.legal_name} Corrected` })).toBeVisible();

    const data = section(page, 'Personal details');
    await data.getByRole('button', { name: 'Edit personal details' }).click();
    await data.getByLabel('Relationship status', { exact: true }).selectOption('Other…');
    await data.getByLabel('Relationship status (other)', { exact: true }).fill('x'.repeat(17));
    await data.getByLabel('Dependants', { exact: true }).fill('2');
    await expect(data.getByText(/OBP does not change the dependants’ dates of birth with this update \(1 on record\)/)).toBeVisible();
    await data.getByRole('button', { name: 'Save' }).click();
    await expect(data.getByText('At most 16 characters.')).toBeVisible();
    await data.getByLabel('Relationship status', { exact: true }).selectOption('Married');
    await data.getByLabel('Employment status', { exact: true }).selectOption('Self-employed');
    const dataSaved = putResponse(page, customer.customer_id, 'data');
    await data.getByRole('button', { name: 'Save' }).click();
    expect((await dataSaved).status()).toBe(200);
    await expect(data.getByRole('status').filter({ hasText: 'Personal details saved.' })).toBeVisible();
    await expect(data.getByText('Self-employed')).toBeVisible();
    await expect(data.getByText('The dependants count (2) does not match the dependants’ dates of birth on record (1).')).toBeVisible();

    // The officer's roles stop at identity and data: the other edits are not drawn.
    await expect(section(page, 'Email').getByRole('button', { name: 'Edit email' })).toHaveCount(0);
  });

  test('a teller sees no Edit at all, every edit named with its role in one closed note', async ({ page, request, signInAs }) => {
    const customer = await createTestCustomer(request);
    await signInAs('teller');
    await page.goto(recordUrl(customer.customer_id));
    const edits: Array<[string, string, string]> = [
      ['Name and date of birth', 'Edit name and date of birth', 'CanUpdateCustomerIdentity'],
      ['Customer number', 'Edit customer number', 'CanUpdateCustomerNumber'],
      ['Branch', 'Edit branch', 'CanUpdateCustomerBranch'],
      ['Email', 'Edit email', 'CanUpdateCustomerEmail'],
      ['Mobile phone', 'Edit mobile phone', 'CanUpdateCustomerMobilePhoneNumber'],
      ['Personal details', 'Edit personal details', 'CanUpdateCustomerData'],
    ];
    await expect(section(page, 'Email').getByText(customer.email)).toBeVisible();
    await page.getByText('6 actions here need roles you do not hold').click();
    for (const [name, button, role] of edits) {
      await expect(section(page, name).getByRole('button')).toHaveCount(0);
      await expect(page.getByText(`${button}: Requires ${role} at ${BANK}`)).toBeVisible();
    }
  });

  test('the identity tab in edit mode passes axe', async ({ page, request, signInAs, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await signInAs('admin');
    await page.goto(recordUrl(customer.customer_id));
    for (const name of ['Edit name and date of birth', 'Edit customer number', 'Edit branch', 'Edit email', 'Edit mobile phone', 'Edit personal details']) {
      await page.getByRole('button', { name }).click();
    }
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(6);
    // With the form's own messages showing, too.
    await section(page, 'Email').getByLabel('Email', { exact: true }).fill('not an address');
    await section(page, 'Email').getByRole('button', { name: 'Save' }).click();
    await expect(section(page, 'Email').getByText('This is not an email address.')).toBeVisible();
    await expectAccessible();
  });
});
