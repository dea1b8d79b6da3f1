import { BANK, createTestCustomer, expect, obpApi, recordUrl, test, type CreatedCustomer } from './fixtures';
import type { Page } from '@playwright/test';

/** A calendar day `offset` days from today, as the browser (Europe/London) counts days. */
function londonDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

const kycWrite = (page: Page, fragment: string) =>
  page.waitForResponse((response) => response.url().includes(fragment) && response.request().method() === 'PUT');

async function addDocument(page: Page, values: { type: string; number: string; issue: string; expiry: string; place?: string }) {
  const documents = page.getByRole('region', { name: 'Identity documents' });
  await documents.getByRole('button', { name: 'Add a document' }).click();
  await expect(documents.getByLabel('Document type')).toBeFocused();
  await documents.getByLabel('Document type').selectOption(values.type);
  await documents.getByLabel('Document number').fill(values.number);
  await documents.getByLabel('Issue date').fill(values.issue);
  await documents.getByLabel('Expiry date').fill(values.expiry);
  if (values.place) await documents.getByLabel('Place of issue').fill(values.place);
  const saved = kycWrite(page, '/kyc_documents/');
  await documents.getByRole('button', { name: 'Add document', exact: true }).click();
  expect((await saved).status()).toBe(201);
  await expect(documents.getByText('The document was added.')).toBeVisible();
  return documents.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(values.number) }) });
}

test.describe('KYC tab as the KYC officer', () => {
  let customer: CreatedCustomer;

  test.beforeEach(async ({ signInAs, request }) => {
    await signInAs('kyc');
    customer = await createTestCustomer(request);
  });

  test('records a check, signed by the officer, and sees it', async ({ page }) => {
    await page.goto(recordUrl(customer.customer_id, 'kyc'));
    const checks = page.getByRole('region', { name: 'KYC checks' });
    await expect(checks.getByText('No KYC check has been recorded.')).toBeVisible();
    await checks.getByRole('button', { name: 'Record a check' }).click();
    const how = checks.getByLabel('How the check was done');
    await expect(how).toBeFocused();
    await expect(checks.getByLabel('Staff name')).toHaveValue('kyc');
    await expect(checks.getByLabel('Staff name')).toHaveAttribute('readonly', '');
    await expect(checks.getByLabel('Staff user id')).not.toHaveValue('');

    // Nothing is sent until the form is complete.
    await checks.getByRole('button', { name: 'Record check' }).click();
    await expect(checks.getByText('Say how the check was done.')).toBeVisible();
    await expect(checks.getByText('Say whether the check was satisfied.')).toBeVisible();

    await how.selectOption('Video call');
    await checks.getByRole('radio', { name: 'Satisfied', exact: true }).check();
    await checks.getByLabel('Comments').fill('Passport matched the face on camera.');
    const saved = kycWrite(page, '/kyc_check/');
    await checks.getByRole('button', { name: 'Record check' }).click();
    const response = await saved;
    expect(response.status()).toBe(201);
    expect(response.url()).toMatch(/\/kyc_check\/[0-9a-f-]{36}$/);
    await expect(checks.getByText('The check was recorded.')).toBeVisible();
    await expect(checks.getByRole('button', { name: 'Record a check' })).toBeFocused();

    const item = checks.getByRole('listitem').filter({ hasText: 'Passport matched the face on camera.' });
    await expect(item.getByRole('heading', { name: /^Video call · / })).toBeVisible();
    await expect(item.getByText('Satisfied', { exact: true })).toBeVisible();
    await expect(item.getByRole('definition').filter({ hasText: /^kyc/ })).toBeVisible();
  });

  test('sets the status twice after confirming the customer, and the history grows', async ({ page, expectAccessible }) => {
    await page.goto(recordUrl(customer.customer_id, 'kyc'));
    const status = page.getByRole('region', { name: 'KYC status' });
    await expect(status.getByText('No KYC status has been set for this customer.')).toBeVisible();
    const history = status.getByRole('list', { name: 'KYC status history, newest first' });

    for (const [choice, badge, count] of [
      ['Verified', 'KYC verified', 1],
      ['Not verified', 'KYC not verified', 2],
    ] as const) {
      await status.getByRole('button', { name: 'Set status', exact: true }).click();
      await status.getByRole('radio', { name: choice, exact: true }).check();
      await expect(status.getByLabel('Status date')).not.toHaveValue('');
      await status.getByRole('button', { name: 'Set status…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Set the KYC status?' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(`${customer.legal_name} (customer number ${customer.customer_number})`);
      await expect(dialog).toContainText(`“${choice}”`);
      if (count === 1) await expectAccessible();
      const saved = kycWrite(page, '/kyc_statuses');
      await dialog.getByRole('button', { name: 'Set status', exact: true }).click();
      expect((await saved).status()).toBe(201);
      await expect(dialog).toBeHidden();
      await expect(status.getByText(`The KYC status is now “${choice}”.`)).toBeVisible();
      await expect(history.getByRole('listitem')).toHaveCount(count);
      await expect(history.getByRole('listitem').first()).toContainText(badge);
    }
    await expect(status.locator('.kyc-current-status')).toContainText('KYC not verified');
  });

  test('cancelling the confirmation sends nothing and keeps the choice', async ({ page }) => {
    await page.goto(recordUrl(customer.customer_id, 'kyc'));
    const status = page.getByRole('region', { name: 'KYC status' });
    await status.getByRole('button', { name: 'Set status', exact: true }).click();
    await status.getByRole('radio', { name: 'Verified', exact: true }).check();
    let sent = false;
    page.on('request', (request) => {
      if (request.url().includes('/kyc_statuses') && request.method() === 'PUT') sent = true;
    });
    await status.getByRole('button', { name: 'Set status…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set the KYC status?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(status.getByRole('radio', { name: 'Verified', exact: true })).toBeChecked();
    await expect(status.getByRole('button', { name: 'Set status…' })).toBeFocused();
    expect(sent).toBe(false);
  });

  test('flags a document expiring in 10 days and an expired one, and shows media under their document', async ({ page }) => {
    await page.goto(recordUrl(customer.customer_id, 'kyc'));
    const documents = page.getByRole('region', { name: 'Identity documents' });
    await expect(documents.getByText('No identity document has been recorded.')).toBeVisible();

    const passportNumber = `P${Date.now()}`;
    const soon = await addDocument(page, { type: 'Passport', number: passportNumber, issue: londonDay(-3650), expiry: londonDay(10), place: 'London' });
    await expect(soon.getByText('Expires soon')).toBeVisible();
    await expect(soon.getByText('Expires in 10 days.')).toBeVisible();

    const old = await addDocument(page, { type: 'Driving licence', number: `D${Date.now()}`, issue: '2010-01-01', expiry: '2020-01-01' });
    await expect(old.getByText('Expired', { exact: true })).toBeVisible();
    await expect(old.getByText(/Expired [\d,.\s]+ days ago\.$/)).toBeVisible();
    await expect(documents.getByText('1 document has expired. 1 document expires within 30 days.')).toBeVisible();

    // Client-side: the expiry must come after the issue date; nothing is sent and the values stay.
    await documents.getByRole('button', { name: 'Add a document' }).click();
    await documents.getByLabel('Document type').selectOption('Residence permit');
    await documents.getByLabel('Document number').fill('R1');
    await documents.getByLabel('Issue date').fill('2024-05-01');
    await documents.getByLabel('Expiry date').fill('2024-04-30');
    await documents.getByRole('button', { name: 'Add document', exact: true }).click();
    await expect(documents.getByText('The expiry date must be after the issue date.')).toBeVisible();
    await expect(documents.getByLabel('Document number')).toHaveValue('R1');
    await documents.getByRole('button', { name: 'Cancel' }).click();

    // Media belong to a document: added against the expiring passport, shown under it.
    const media = page.getByRole('region', { name: 'Media', exact: true });
    await media.getByRole('button', { name: 'Add media' }).click();
    await media.getByLabel('Media type').fill('scan');
    await media.getByLabel('Address (URL)').fill('javascript:alert(1)');
    await media.getByRole('button', { name: 'Add media' }).click();
    await expect(media.getByText('Enter a full http:// or https:// address.')).toBeVisible();
    await expect(media.getByText('Choose the document or the check this media belongs to.')).toBeVisible();
    await media.getByLabel('Address (URL)').fill('https://files.example.com/passport-scan.pdf');
    const documentSelect = media.getByLabel('Document it belongs to');
    const option = await documentSelect.locator('option', { hasText: passportNumber }).textContent();
    await documentSelect.selectOption({ label: option! });
    const saved = kycWrite(page, '/kyc_media/');
    await media.getByRole('button', { name: 'Add media' }).click();
    expect((await saved).status()).toBe(201);
    await expect(media.getByText('The media item was added.')).toBeVisible();
    await expect(soon.getByRole('link', { name: /^scan/ })).toHaveAttribute('href', 'https://files.example.com/passport-scan.pdf');
    await expect(old.getByText('No media.')).toBeVisible();
    await expect(media.getByText('1 media item in all.')).toBeVisible();
  });

  test('every form open, with its errors showing, passes axe', async ({ page, expectAccessible }) => {
    await page.goto(recordUrl(customer.customer_id, 'kyc'));
    await expect(page.getByRole('heading', { level: 2, name: 'KYC' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    await expectAccessible();
    await page.getByRole('button', { name: 'Set status', exact: true }).click();
    await page.getByRole('button', { name: 'Record a check' }).click();
    await page.getByRole('button', { name: 'Record check' }).click();
    await page.getByRole('button', { name: 'Add a document' }).click();
    await page.getByRole('button', { name: 'Add document', exact: true }).click();
    await expect(page.getByText('Enter the document number.')).toBeVisible();
    await expectAccessible();
  });
});

test('as the teller every KYC write is grouped away with its role named, and reads name the any-bank role', async ({
  page,
  request,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('teller');
  const customer = await createTestCustomer(request);
  await page.goto(recordUrl(customer.customer_id, 'kyc'));
  await page.getByText('4 actions here need roles you do not hold').click();
  for (const [button, role] of [
    ['Set status', 'CanAddKycStatus'],
    ['Record a check', 'CanAddKycCheck'],
    ['Add a document', 'CanAddKycDocument'],
    ['Add media', 'CanAddKycMedia'],
  ] as const) {
    await expect(page.getByRole('button', { name: button, exact: true })).toHaveCount(0);
    await expect(page.getByText(`${button}: Requires ${role} at ${BANK}`)).toBeVisible();
  }
  for (const [what, role] of [
    ['the KYC status', 'CanGetAnyKycStatuses'],
    ['KYC checks', 'CanGetAnyKycChecks'],
    ['identity documents', 'CanGetAnyKycDocuments'],
    ['KYC media', 'CanGetAnyKycMedia'],
  ] as const) {
    await expect(page.getByText(`Seeing ${what} needs the any-bank role ${role}, which you do not hold.`)).toBeVisible();
  }
  await expectAccessible();
});

test('the KYC tab reads in 简体中文 and Español', async ({ page, request, signInAs }) => {
  await signInAs('kyc');
  const customer = await createTestCustomer(request);
  const api = await obpApi(request, 'admin');
  const document = await api.put(`/banks/${BANK}/customers/${customer.customer_id}/kyc_documents/doc-${Date.now()}`, {
    customer_number: customer.customer_number,
    type: 'passport',
    number: 'P-LANG-1',
    issue_date: '2020-01-01T00:00:00Z',
    issue_place: 'Madrid',
    expiry_date: `${londonDay(10)}T00:00:00Z`,
  });
  expect(document.status).toBe(201);
  await page.goto(recordUrl(customer.customer_id, 'kyc'));
  await expect(page.getByText('Expires soon')).toBeVisible();

  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 3, name: 'KYC 状态' })).toBeVisible();
  await expect(page.getByRole('button', { name: '记录检查' })).toBeVisible();
  await expect(page.getByText('即将过期')).toBeVisible();
  await expect(page.getByText('10 天后过期。')).toBeVisible();
  await page.getByRole('button', { name: '添加证件' }).click();
  await expect(page.getByLabel('证件类型')).toBeFocused();

  await page.getByLabel('语言').selectOption('es');
  await expect(page.getByRole('heading', { level: 3, name: 'Estado KYC' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Registrar una verificación' })).toBeVisible();
  await expect(page.getByText('Caduca pronto')).toBeVisible();
  await expect(page.getByText('Caduca dentro de 10 días.')).toBeVisible();
  await expect(page.getByLabel('Tipo de documento')).toBeVisible();
});
