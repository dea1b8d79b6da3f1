import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { BANK, createTestCustomer, customerSearchUrl, expect, obpApi, recordUrl, test } from './fixtures';

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<string[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = await readFile((await file.path())!, 'utf8');
  return text.replace(/^\uFEFF/, '').trim().split('\r\n');
}

test('the CSV of a search holds every page, with headings in the user’s language', async ({ page, signInAs }) => {
  await page.addInitScript(() => window.sessionStorage.setItem('customer-desk.language', 'es'));
  await signInAs('manager');
  // More matches than one page of 20 shows.
  await page.goto(customerSearchUrl(BANK, `?q=${encodeURIComponent('%44%')}`));
  const count = page.locator('.result-count');
  await expect(count).toHaveText(/^\d+ coincidencias$/);
  const total = Number((await count.textContent())!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(20);
  const lines = await download(page, page.getByRole('button', { name: 'Descargar CSV (todas las páginas)' }));
  expect(lines[0]).toBe('Nombre legal,Número de cliente,Teléfono móvil,Correo electrónico,Estado KYC');
  expect(lines).toHaveLength(Math.min(total, 10_000) + 1);
});

test('the CSV of a customer’s timeline lists its entries', async ({ page, request, signInAs }) => {
  const customer = await createTestCustomer(request);
  const kyc = await obpApi(request, 'kyc');
  const officer = (await kyc.get('/users/current')).body as { user_id: string };
  const check = await kyc.put(`/banks/${BANK}/customers/${customer.customer_id}/kyc_check/csv-${Date.now()}`, {
    customer_number: customer.customer_number,
    date: '2026-01-05T10:00:00Z',
    how: 'In person',
    staff_user_id: officer.user_id,
    staff_name: 'kyc',
    satisfied: true,
    comments: '=cmd|calc',
  });
  expect(check.status, JSON.stringify(check.body)).toBe(201);
  await signInAs('kyc');
  await page.goto(recordUrl(customer.customer_id, 'timeline'));
  const lines = await download(page, page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: 'Download CSV' }));
  expect(lines[0]).toBe('Date,Kind,Summary');
  expect(lines).toContain('2026-01-05T10:00:00Z,KYC check,In person — Satisfied');
});
