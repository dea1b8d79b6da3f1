import { randomUUID } from 'node:crypto';
import { BANK, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

const pad = (number: number) => String(number).padStart(2, '0');
const localInput = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

test.describe('the customer timeline', () => {
  test('a meeting booked from the customer record shows on their timeline', async ({ page, request, signInAs, expectAccessible }) => {
    const customer = await createTestCustomer(request);
    await signInAs('manager');
    await page.goto(recordUrl(customer.customer_id));
    await page.getByRole('link', { name: 'Book a meeting' }).click();
    await expect(page).toHaveURL(new RegExp(`/meetings/new\\?customerId=${customer.customer_id}`));
    await expect(page.getByRole('heading', { level: 1, name: `Book a meeting with ${customer.legal_name}` })).toBeVisible();
    const form = page.getByRole('form', { name: 'Schedule a meeting' });
    const invitee = form.getByRole('group', { name: 'Invitee 1' });
    await expect(invitee.getByLabel('Name')).toHaveValue(customer.legal_name);
    await expect(invitee.getByLabel('Mobile phone')).toHaveValue(customer.mobile_phone_number);
    await expect(invitee.getByLabel('Email')).toHaveValue(customer.email);
    await expect(invitee.getByLabel('Status')).toHaveValue('invited');

    const when = new Date();
    when.setDate(when.getDate() + 1);
    when.setHours(15, 0, 0, 0);
    await form.getByLabel('Purpose', { exact: true }).selectOption('Investment advice');
    await form.getByLabel('Provider', { exact: true }).selectOption('In person');
    await form.getByLabel('Date and time').fill(localInput(when));
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/meetings'));
    await form.getByRole('button', { name: 'Schedule meeting' }).click();
    expect((await created).status()).toBe(201);
    await expect(page.getByRole('link', { name: new RegExp(`Investment advice \\(In person\\) with ${customer.legal_name}`) })).toBeFocused();

    await page.goto(recordUrl(customer.customer_id, 'timeline'));
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const entry = timeline.getByRole('listitem').filter({ hasText: 'Investment advice' });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText('Meeting');
    await expect(entry).toContainText(`Invited as ${customer.legal_name}`);
    // The manager holds none of the any-bank KYC roles: the timeline says what it cannot show, and why.
    await expect(timeline.getByText(/KYC checks: reading them needs the any-bank role CanGetAnyKycChecks/)).toBeVisible();
    await expect(timeline.getByText(/KYC documents: reading them needs the any-bank role CanGetAnyKycDocuments/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    await expectAccessible();

    await entry.getByRole('link', { name: 'Open the meeting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meeting: Investment advice' })).toBeVisible();
    await expect(page.getByRole('link', { name: `${customer.legal_name} (${customer.customer_number})` })).toBeVisible();
  });

  test('a seeded customer’s CRM events are on their timeline, linked to the CRM events page', async ({ page, request, signInAs, expectAccessible }) => {
    const admin = await obpApi(request, 'admin');
    const events = (await admin.get(`/banks/${BANK}/crm-events`)).body as {
      crm_events: Array<{ customer_number: string; category: string; actual_date: string | null }>;
    };
    const event = events.crm_events.find((candidate) => candidate.actual_date && candidate.customer_number)!;
    const found = await admin.post(`/banks/${BANK}/customers/customer-number`, { customer_number: event.customer_number });
    expect(found.status).toBe(200);
    const customerId = (found.body as { customer_id: string }).customer_id;

    await signInAs('admin');
    await page.goto(recordUrl(customerId, 'timeline'));
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const crmEntry = timeline.getByRole('listitem').filter({ hasText: 'CRM event' }).filter({ hasText: event.category }).first();
    await expect(crmEntry).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    await expectAccessible();

    await timeline.getByRole('checkbox', { name: /^CRM events/ }).uncheck();
    await expect(page).toHaveURL(/hide=crm-event/);
    await expect(timeline.getByRole('listitem').filter({ hasText: 'CRM event' })).toHaveCount(0);
    await timeline.getByRole('checkbox', { name: /^CRM events/ }).check();

    await crmEntry.getByRole('link', { name: 'Show in CRM events' }).click();
    await expect(page).toHaveURL(new RegExp(`/crm-events\\?customer=${event.customer_number}$`));
    await expect(page.getByLabel('Customer number')).toHaveValue(event.customer_number);
    for (const cell of await page.locator('.crm-table tbody tr th a').allTextContents()) expect(cell).toBe(event.customer_number);
  });

  test('KYC checks and status changes join the timeline, and kinds can be hidden', async ({ page, request, signInAs }) => {
    const customer = await createTestCustomer(request);
    const kyc = await obpApi(request, 'kyc');
    const base = `/banks/${BANK}/customers/${customer.customer_id}`;
    // The sandbox records a check as made by the signed-in officer.
    const officer = (await kyc.get('/users/current')).body as { user_id: string };
    const check = await kyc.put(`${base}/kyc_check/${randomUUID()}`, {
      customer_number: customer.customer_number,
      date: '2026-03-02T10:00:00Z',
      how: 'passport-scan',
      staff_user_id: officer.user_id,
      staff_name: 'Kim KYC',
      satisfied: true,
      comments: 'Matches the photo',
    });
    expect(check.status, JSON.stringify(check.body)).toBe(201);
    const status = await kyc.put(`${base}/kyc_statuses`, { customer_number: customer.customer_number, ok: true, date: '2026-03-03T10:00:00Z' });
    expect(status.status, JSON.stringify(status.body)).toBe(201);
    const document = await kyc.put(`${base}/kyc_documents/${randomUUID()}`, {
      customer_number: customer.customer_number,
      type: 'passport',
      number: 'P1234567',
      issue_date: '2020-01-15T00:00:00Z',
      issue_place: 'London',
      expiry_date: '2030-01-15T00:00:00Z',
    });
    expect(document.status, JSON.stringify(document.body)).toBe(201);

    await signInAs('kyc');
    await page.goto(recordUrl(customer.customer_id, 'timeline'));
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const checkEntry = timeline.getByRole('listitem').filter({ hasText: 'passport-scan' });
    await expect(checkEntry).toBeVisible();
    await expect(checkEntry).toContainText('Satisfied');
    await expect(checkEntry).toContainText('By Kim KYC');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'KYC verified' })).toBeVisible();
    const documentEntry = timeline.getByRole('listitem').filter({ hasText: 'passport P1234567' });
    await expect(documentEntry).toContainText('Issued in London');
    await expect(documentEntry).toContainText('15 Jan 2020');
    // Newest first: the status change (3 March) comes before the check (2 March).
    const titles = await timeline.locator('.timeline-title strong').allTextContents();
    expect(titles.indexOf('KYC verified')).toBeLessThan(titles.indexOf('passport-scan'));
    expect(titles.indexOf('passport-scan')).toBeLessThan(titles.indexOf('passport P1234567'));
    await expect(timeline.getByText('Not shown here')).toHaveCount(0);

    await timeline.getByRole('checkbox', { name: /^KYC checks/ }).uncheck();
    await expect(page).toHaveURL(/hide=kyc-check/);
    await expect(checkEntry).toHaveCount(0);
    await expect(timeline.getByRole('listitem').filter({ hasText: 'KYC verified' })).toBeVisible();
    await page.reload();
    await expect(timeline.getByRole('checkbox', { name: /^KYC checks/ })).not.toBeChecked();

    await timeline.getByRole('checkbox', { name: /^KYC checks/ }).check();
    await checkEntry.getByRole('link', { name: 'Open the KYC tab' }).click();
    await expect(page).toHaveURL(/\/kyc$/);
  });
});
