import type { Page } from '@playwright/test';
import { BANK, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

/*
 * Wrong data stays out: the console refuses it before sending (phone numbers by libphonenumber-js, dates in the
 * future, more decimals than the currency has, an emptied email), and the sandbox refuses it too, in OBP's shape.
 */

const sixDigits = () => String(Date.now() % 1_000_000).padStart(6, '0');

function countPosts(page: Page, suffix: string): () => number {
  let posts = 0;
  page.on('request', (sent) => {
    if (sent.method() === 'POST' && sent.url().endsWith(suffix)) posts += 1;
  });
  return () => posts;
}

test('the create form refuses a phone that is none, a future birth and a third decimal of GBP', async ({ page, signInAs, expectAccessible }) => {
  await signInAs('manager');
  const posts = countPosts(page, `/banks/${BANK}/customers`);
  await page.goto(`/banks/${BANK}/customers/new`);
  await page.getByLabel('Legal name', { exact: true }).fill('Wrong Data');
  const mobile = page.getByLabel('Mobile phone', { exact: true });
  await mobile.fill('not a phone ☎️ 电话');
  await page.getByLabel('Date of birth', { exact: true }).fill('2099-01-01');
  await page.getByLabel('Credit limit currency', { exact: true }).fill('GBP');
  await page.getByLabel('Credit limit amount', { exact: true }).fill('100.125');
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByText(/^Not a valid phone number\./)).toBeVisible();
  await expect(mobile).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Date of birth', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This currency has fewer decimal places.')).toBeVisible();
  await expectAccessible();
  expect(posts()).toBe(0);

  // A national number is read in the user's region (en-GB) and shown as it will be saved.
  await mobile.fill(`07912 ${sixDigits()}`);
  await expect(page.getByText(/^Will be saved as \+44 7912 \d{6}$/)).toBeVisible();
  await expect(mobile).not.toHaveAttribute('aria-invalid', 'true');
});

test('an emptied email is refused; clearing it is its own confirmed action', async ({ page, request, signInAs }) => {
  const customer = await createTestCustomer(request);
  await signInAs('manager');
  await page.goto(recordUrl(customer.customer_id));
  const email = page.getByRole('region', { name: 'Email', exact: true });
  await email.getByRole('button', { name: 'Edit email' }).click();
  await email.getByLabel('Email', { exact: true }).fill('');
  await email.getByRole('button', { name: 'Save' }).click();
  await expect(email.getByText('Enter an email address. To remove the email, use “Clear email”.')).toBeVisible();

  await email.getByRole('button', { name: 'Clear email' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clear the email?' });
  await expect(dialog).toContainText(customer.email);
  const cleared = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().endsWith('/email'));
  await dialog.getByRole('button', { name: 'Clear email' }).click();
  const response = await cleared;
  expect(response.status()).toBe(200);
  expect(response.request().postDataJSON()).toEqual({ email: '' });
  await expect(email.getByText('Not recorded')).toBeVisible();
});

test('the record shows a stored number in the international format, and the mobile form checks it', async ({ page, request, signInAs }) => {
  const digits = sixDigits();
  const customer = await createTestCustomer(request, { mobile_phone_number: `+44 07912 ${digits.slice(0, 3)} ${digits.slice(3)}` });
  await signInAs('manager');
  await page.goto(recordUrl(customer.customer_id));
  const mobile = page.getByRole('region', { name: 'Mobile phone', exact: true });
  await expect(mobile.getByText(`+44 7912 ${digits}`)).toBeVisible();
  await expect(mobile.getByText(`(stored as ${customer.mobile_phone_number})`)).toBeVisible();
  await mobile.getByRole('button', { name: 'Edit mobile phone' }).click();
  await mobile.getByLabel('Mobile phone', { exact: true }).fill('abc');
  await mobile.getByRole('button', { name: 'Save' }).click();
  await expect(mobile.getByText(/^Not a valid phone number\./)).toBeVisible();
});

test('the sandbox refuses the same in OBP’s error shape', async ({ request }) => {
  const api = await obpApi(request, 'admin');
  const refused = await api.post(`/banks/${BANK}/customers`, { legal_name: 'Wrong Data', mobile_phone_number: 'abc' });
  expect(refused.status).toBe(400);
  expect(refused.body).toEqual({ code: 400, message: expect.stringMatching(/^OBP-10001: Incorrect json format\. The field mobile_phone_number is not a phone number/) });
  const future = await api.post(`/banks/${BANK}/customers`, { legal_name: 'Born Later', mobile_phone_number: '+44 7912 345678', date_of_birth: '2099-01-01T00:00:00Z' });
  expect(future.body).toEqual({ code: 400, message: 'OBP-10001: Incorrect json format. The field date_of_birth must not be in the future.' });
});
