import { BANK, createTestCustomer, expect, obpApi, test } from './fixtures';

/*
 * The home page: the signed-in user's meetings of today and this week, the customers linked to them, and for a KYC
 * officer the newest customers whose KYC is not verified — each a link.
 */
test('a manager sees their meeting and their customer, each a link', async ({ page, request, signInAs, expectAccessible }) => {
  const api = await obpApi(request, 'manager');
  const me = (await api.get('/users/current')).body as { user_id: string };
  const customer = await createTestCustomer(request);
  expect((await api.post(`/banks/${BANK}/user_customer_links`, { user_id: me.user_id, customer_id: customer.customer_id })).status).toBe(201);
  const invitee = `Home Invitee ${Date.now()}`;
  const when = new Date(Date.now() + 2 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const meeting = await api.post(`/banks/${BANK}/meetings`, {
    provider_id: 'video',
    purpose_id: 'kyc-review',
    date: when,
    creator: { name: 'manager', mobile_phone: '', email_address: '' },
    invitees: [{ contact_details: { name: invitee, mobile_phone: '', email_address: '' }, status: 'invited' }],
  });
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);

  await signInAs('manager');
  await page.goto(`/banks/${BANK}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Today’s work, manager' })).toBeVisible();
  const meetings = page.getByRole('region', { name: 'My meetings' });
  const entry = meetings.getByRole('listitem').filter({ hasText: invitee });
  await expect(entry.getByRole('link', { name: /KYC review/ })).toBeVisible();
  const mine = page.getByRole('region', { name: 'My customers' });
  await expect(mine.getByRole('link', { name: customer.legal_name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'KYC not verified' })).toHaveCount(0);
  await expectAccessible();

  await entry.getByRole('link', { name: /KYC review/ }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${(meeting.body as { meeting_id: string }).meeting_id}$`));
});

test('a KYC officer sees customers whose KYC is not verified, each a link to the record', async ({ page, signInAs }) => {
  await signInAs('kyc');
  await page.goto(`/banks/${BANK}`);
  const pending = page.getByRole('region', { name: 'KYC not verified' });
  const first = pending.getByRole('listitem').first();
  await expect(first.getByText('KYC not verified')).toBeVisible();
  const name = (await first.getByRole('link').textContent())!;
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('a KYC officer sees their customers’ documents expiring within 30 days', async ({ page, request, signInAs }) => {
  const customer = await createTestCustomer(request);
  const kyc = await obpApi(request, 'kyc');
  const admin = await obpApi(request, 'admin');
  const officer = (await kyc.get('/users/current')).body as { user_id: string };
  expect((await admin.post(`/banks/${BANK}/user_customer_links`, { user_id: officer.user_id, customer_id: customer.customer_id })).status).toBe(201);
  const day = (offset: number) => `${new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`;
  const number = `P${Date.now()}`;
  const document = await kyc.put(`/banks/${BANK}/customers/${customer.customer_id}/kyc_documents/home-${Date.now()}`, {
    customer_number: customer.customer_number,
    type: 'Passport',
    number,
    issue_date: day(-3000),
    issue_place: 'London',
    expiry_date: day(10),
  });
  expect(document.status, JSON.stringify(document.body)).toBe(201);

  await signInAs('kyc');
  await page.goto(`/banks/${BANK}`);
  const expiring = page.getByRole('region', { name: 'Documents expiring within 30 days' });
  const entry = expiring.getByRole('listitem').filter({ hasText: number });
  await expect(entry.getByText(/^expires in (9|10|11) days/)).toBeVisible();
  await entry.getByRole('link', { name: `Passport ${number} of ${customer.legal_name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${customer.customer_id}/kyc$`));
});
