import { createTestCustomer, expect, recordUrl, test } from './fixtures';

/**
 * A link straight to a record tab (issue 12, "no waterfall"): the route's preloads start the tab's reads while its
 * chunks load, and the screen then reads the very same queries — so the tab shows its data and each read goes to
 * the server exactly once, preloaded or not. `npm run bench:cold` measures how soon; this holds the behaviour.
 */
test('a cold link to the KYC tab shows its data, each of its reads made once', async ({ page, request, signInAs, expectAccessible }) => {
  await signInAs('kyc');
  const customer = await createTestCustomer(request);
  const reads: string[] = [];
  page.on('request', (sent) => {
    const { pathname } = new URL(sent.url());
    if (pathname.startsWith('/obp/') && sent.method() === 'GET') reads.push(pathname.replace('/obp/v5.1.0', ''));
  });

  await page.goto(recordUrl(customer.customer_id, 'kyc'));
  await expect(page.getByRole('heading', { level: 1, name: customer.legal_name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'KYC checks' }).getByText('No KYC check has been recorded.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Identity documents' }).getByRole('button', { name: 'Add a document' })).toBeVisible();
  await expect(page.locator('.kyc-tab .loading')).toHaveCount(0);

  const tabReads = [
    '/users/current',
    `/banks/gh.29.uk/customers/${customer.customer_id}`,
    `/customers/${customer.customer_id}/kyc_statuses`,
    `/customers/${customer.customer_id}/kyc_checks`,
    `/customers/${customer.customer_id}/kyc_documents`,
    `/customers/${customer.customer_id}/kyc_media`,
  ];
  for (const read of tabReads) expect(reads.filter((path) => path === read), read).toHaveLength(1);
  await expectAccessible();
});

/**
 * The start-up script (src/app/boot) asks for a tab's lists before the console has loaded, on the roles remembered for
 * the session: never a list the user may not read. A teller holds none of the KYC read roles.
 */
test('a cold link to the KYC tab, and its reload, ask for no list the user may not read', async ({ page, request, signInAs }) => {
  await signInAs('teller');
  const customer = await createTestCustomer(request);
  const reads: string[] = [];
  page.on('request', (sent) => {
    const { pathname } = new URL(sent.url());
    if (pathname.startsWith('/obp/') && sent.method() === 'GET') reads.push(pathname.replace('/obp/v5.1.0', ''));
  });
  const note = page.getByText('Seeing KYC checks needs the any-bank role CanGetAnyKycChecks, which you do not hold.');

  await page.goto(recordUrl(customer.customer_id, 'kyc'));
  await expect(note).toBeVisible();
  await page.reload();
  await expect(note).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: customer.legal_name })).toBeVisible();

  expect(reads.filter((path) => path === `/banks/gh.29.uk/customers/${customer.customer_id}`)).toHaveLength(2);
  expect(reads.filter((path) => path.includes('/kyc_'))).toEqual([]);
});
