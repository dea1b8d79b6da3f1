import { BANK, createTestCustomer, expect, obpApi, recordUrl, test } from './fixtures';

/**
 * KYC checks keep every version (issue 10; sandbox extension kyc-item-versions): a failed check replaced under its
 * id by a satisfied one under another officer's name no longer disappears without trace.
 */
test('a check written again under its id shows its versions on the KYC tab: who, when, what changed', async ({
  page,
  request,
  signInAs,
  expectAccessible,
}) => {
  const customer = await createTestCustomer(request);
  const [kyc, admin] = await Promise.all([obpApi(request, 'kyc'), obpApi(request, 'admin')]);
  const idOf = async (api: typeof kyc) => ((await api.get('/users/current')).body as { user_id: string }).user_id;
  const checkId = crypto.randomUUID();
  const url = `/banks/${BANK}/customers/${customer.customer_id}/kyc_check/${checkId}`;
  const check = (staffUserId: string, staffName: string, satisfied: boolean) => ({
    customer_number: customer.customer_number,
    date: '2026-01-05T10:00:00Z',
    how: 'in person',
    staff_user_id: staffUserId,
    staff_name: staffName,
    satisfied,
    comments: 'The passport photo was checked.',
  });
  expect((await kyc.put(url, check(await idOf(kyc), 'Rajesh Patel', false))).status).toBe(201);
  expect((await admin.put(url, check(await idOf(admin), 'Sam Okafor', true))).status).toBe(201);

  await signInAs('kyc');
  await page.goto(recordUrl(customer.customer_id, 'kyc'));
  const checks = page.getByRole('region', { name: 'KYC checks' });
  // OBP's list keeps one row per id: the latest version.
  await expect(checks.getByText('Satisfied', { exact: true })).toBeVisible();
  const item = checks.getByRole('listitem').filter({ hasText: 'Changed after it was first recorded' });
  await item.getByText('2 versions').click();
  const versions = item.getByRole('list', { name: 'Versions, newest first' });
  const [newest, oldest] = [versions.locator(':scope > li').nth(0), versions.locator(':scope > li').nth(1)];
  await expect(newest).toContainText('Version 2');
  await expect(newest).toContainText('by admin');
  await expect(newest.getByText('Outcome: Not satisfied → Satisfied')).toBeVisible();
  await expect(newest.getByText('Staff name: Rajesh Patel → Sam Okafor')).toBeVisible();
  await expect(oldest).toContainText('by kyc');
  await expect(oldest.getByText('First recorded.')).toBeVisible();
  await expectAccessible();
});
