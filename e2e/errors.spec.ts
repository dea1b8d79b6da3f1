import { BANK, expect, recordUrl, test } from './fixtures';

test.describe('errors in people’s words', () => {
  test('an unknown customer is "not found", with OBP’s text only under details and no retry', async ({ page, signInAs, expectAccessible }) => {
    await signInAs('manager');
    await page.goto(recordUrl('no-such-customer-id'));
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await expect(page.getByText('There is nothing at this address, or it belongs to another bank.')).toBeVisible();
    const obpText = page.getByText(/OBP-30046/);
    await expect(obpText).toBeHidden();
    await page.getByText('Details', { exact: true }).click();
    await expect(obpText).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expectAccessible();
  });

  test('a meeting of another bank or none at all offers no retry', async ({ page, signInAs }) => {
    await signInAs('manager');
    await page.goto(`/banks/${BANK}/meetings/no-such-meeting`);
    await expect(page.getByRole('heading', { level: 1, name: 'Meeting not found' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  });
});
