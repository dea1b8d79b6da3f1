import { BANK, EVELINE, expect, test } from './fixtures';

test('each route names the browser tab: record and tab first, then the product', async ({ page, signInAs }) => {
  await signInAs('kyc');
  await page.goto(`/banks/${BANK}/customers?by=number&q=${EVELINE.number}`);
  await expect(page).toHaveTitle('Find a customer — Customer Desk');
  await page.getByRole('link', { name: EVELINE.name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: EVELINE.name })).toBeVisible();
  await page.getByRole('navigation', { name: 'Customer record' }).getByRole('link', { name: 'KYC' }).click();
  await expect(page).toHaveTitle(`${EVELINE.name} · KYC — Customer Desk`);
  await page.goto(`/banks/${BANK}/meetings`);
  await expect(page).toHaveTitle('Meetings — Customer Desk');
});
