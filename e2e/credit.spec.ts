import type { Page } from '@playwright/test';
import { BANK, createTestCustomer, expect, recordUrl, test } from './fixtures';

const customerWrite = (page: Page, suffix: string) =>
  page.waitForResponse((response) => response.url().endsWith(suffix) && response.request().method() === 'PUT');

test.describe('credit tab as admin', () => {
  test.beforeEach(async ({ signInAs }) => {
    await signInAs('admin');
  });

  test('updates the rating and source, and the limit', async ({ page, request, expectAccessible }) => {
    const customer = await createTestCustomer(request, { credit_rating: { rating: 'B', source: 'Internal model' }, credit_limit: { currency: 'EUR', amount: '1000' } });
    await page.goto(recordUrl(customer.customer_id, 'credit'));
    const rating = page.getByRole('region', { name: 'Credit rating' });
    await expect(rating.getByText('Internal model')).toBeVisible();

    await rating.getByRole('button', { name: 'Edit rating and source' }).click();
    await expect(rating.getByLabel('Rating', { exact: true })).toBeFocused();
    await expect(rating.getByLabel('Rating', { exact: true })).toHaveValue('B');
    await rating.getByLabel('Rating', { exact: true }).fill('A+');
    await rating.getByLabel('Source', { exact: true }).selectOption('Experian');
    await expectAccessible();
    const ratingSaved = customerWrite(page, '/credit-rating-and-source');
    await rating.getByRole('button', { name: 'Save rating' }).click();
    const ratingResponse = await ratingSaved;
    expect(ratingResponse.status()).toBe(200);
    expect(ratingResponse.request().postDataJSON()).toEqual({ credit_rating: 'A+', credit_source: 'Experian' });
    await expect(rating.getByText('The credit rating was saved.')).toBeVisible();
    await expect(rating.getByText('A+', { exact: true })).toBeVisible();
    await expect(rating.getByText('Experian', { exact: true })).toBeVisible();
    await expect(rating.getByRole('button', { name: 'Edit rating and source' })).toBeFocused();

    const limit = page.getByRole('region', { name: 'Credit limit' });
    await expect(limit.getByText('€1,000.00')).toBeVisible();
    await limit.getByRole('button', { name: 'Edit credit limit' }).click();
    await limit.getByLabel('Amount').fill('2,5x0');
    await limit.getByLabel('Currency').fill('EURO');
    await limit.getByRole('button', { name: 'Save limit' }).click();
    await expect(limit.getByText('Enter an amount as a number, such as 15,000.00: no letters or signs.')).toBeVisible();
    await expect(limit.getByText('Enter a three-letter ISO 4217 code, such as EUR.')).toBeVisible();
    await expect(limit.getByLabel('Amount')).toHaveValue('2,5x0');
    await expectAccessible();
    await limit.getByLabel('Amount').fill('2,500.001');
    await limit.getByLabel('Currency').fill('gbp');
    await limit.getByRole('button', { name: 'Save limit' }).click();
    await expect(limit.getByText('This currency has fewer decimal places.')).toBeVisible();
    await limit.getByLabel('Amount').fill('2,500.00');
    await expect(limit.getByText('ISO 4217 code: British Pound.')).toBeVisible();
    const limitSaved = customerWrite(page, '/credit-limit');
    await limit.getByRole('button', { name: 'Save limit' }).click();
    const limitResponse = await limitSaved;
    expect(limitResponse.status()).toBe(200);
    expect(limitResponse.request().postDataJSON()).toEqual({ credit_limit: { currency: 'GBP', amount: '2500.00' } });
    await expect(limit.getByText('The credit limit was saved.')).toBeVisible();
    await expect(limit.getByText('£2,500.00')).toBeVisible();

    // The identity tab reads the same record.
    await page.getByRole('navigation', { name: 'Customer record' }).getByRole('link', { name: 'Identity' }).click();
    await expect(page.getByRole('region', { name: 'Identity' }).getByText('£2,500.00')).toBeVisible();
  });

  test('creates a credit-limit request and opens it', async ({ page, request, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await page.goto(recordUrl(customer.customer_id, 'credit'));
    const requests = page.getByRole('region', { name: 'Credit-limit requests' });
    await expect(requests.getByText('No credit-limit request has been made for this customer.')).toBeVisible();
    await requests.getByRole('button', { name: 'Request a credit limit' }).click();
    await expect(requests.getByLabel('Requested current rate amount 1')).toBeFocused();
    await requests.getByRole('button', { name: 'Send request' }).click();
    await expect(requests.getByText('Enter the requested amount: digits with an optional decimal point.')).toBeVisible();
    await expectAccessible();

    await requests.getByLabel('Requested current rate amount 1').fill('5000');
    await requests.getByLabel('Requested current rate amount 2').fill('7500.50');
    await requests.getByLabel('Current credit valid until').fill('2027-06-30');
    await requests.getByLabel('Current credit documentation').fill('Payslips for the last three months.');
    await requests.getByLabel('Requested temporary amount').fill('10000');
    await requests.getByLabel('Temporary credit valid until').fill('2027-01-31');
    await requests.getByLabel('Temporary credit documentation').fill('Purchase contract for a car.');
    const created = page.waitForResponse((response) => response.url().endsWith('/credit_limit/requests') && response.request().method() === 'POST');
    await requests.getByRole('button', { name: 'Send request' }).click();
    const createdResponse = await created;
    expect(createdResponse.status()).toBe(201);
    const answer = (await createdResponse.json()) as { short_reference: string; token: string };
    const reference = answer.short_reference || answer.token;
    await expect(requests.getByText(`The request was made: reference ${reference}.`)).toBeVisible();

    const row = requests.getByRole('row', { name: new RegExp(reference) });
    await expect(row).toBeVisible();
    const opened = page.waitForResponse((response) => /\/credit_limit\/requests\/[^/]+$/.test(response.url()));
    await row.getByRole('button', { name: `Open request ${reference}` }).click();
    expect((await opened).status()).toBe(200);
    const detail = requests.getByRole('region', { name: `Request ${reference}` });
    await expect(detail.getByRole('heading', { name: `Request ${reference}` })).toBeFocused();
    await expect(detail.getByText('Rank amount 1')).toBeVisible();
    await expectAccessible();
    await detail.getByRole('button', { name: 'Close the request' }).click();
    await expect(row.getByRole('button', { name: `Open request ${reference}` })).toBeFocused();
  });
});

test('as the teller the credit edits are grouped away with their roles named', async ({ page, request, signInAs, expectAccessible }) => {
  await signInAs('teller');
  const customer = await createTestCustomer(request);
  await page.goto(recordUrl(customer.customer_id, 'credit'));
  const tab = page.getByRole('region', { name: 'Credit', exact: true });
  await expect(tab.getByRole('heading', { name: 'Credit-limit requests' })).toBeVisible();
  for (const name of ['Edit rating and source', 'Edit credit limit', 'Request a credit limit']) {
    await expect(tab.getByRole('button', { name })).toHaveCount(0);
  }
  await tab.getByText('3 actions here need roles you do not hold').click();
  await expect(
    tab.getByText(`Edit rating and source: Requires CanUpdateCustomerCreditRatingAndSource or CanUpdateCustomerCreditRatingAndSourceAtAnyBank at ${BANK}`),
  ).toBeVisible();
  await expect(tab.getByText(`Edit credit limit: Requires CanUpdateCustomerCreditLimit at ${BANK}`)).toBeVisible();
  await expectAccessible();
});
