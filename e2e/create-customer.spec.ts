import type { Page } from '@playwright/test';
import { BANK, customerSearchUrl, EVELINE, expect, obpApi, test } from './fixtures';

const newCustomerUrl = `/banks/${BANK}/customers/new`;
let sequence = 0;
const uniqueSuffix = () => `${Date.now().toString(36)}${process.pid.toString(36)}${(sequence += 1)}`;
/** Eight digits no other run of this file repeats soon: a valid number must be made of digits. */
const uniqueDigits = () => String((Date.now() * 10 + (sequence += 1)) % 100_000_000).padStart(8, '0');
/** "+34 6DD DD DD DD", Spain's mobile numbers as the console saves them (libphonenumber-js's international format). */
const spanishMobile = (digits: string) => `+34 6${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}`;

const createResponse = (page: Page) =>
  page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith(`/banks/${BANK}/customers`));
const linkResponse = (page: Page) =>
  page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith(`/banks/${BANK}/user_customer_links`));

/** Fills the two required fields and creates the customer; returns its name and id. */
async function createMinimal(page: Page): Promise<{ name: string; customerId: string }> {
  const unique = uniqueSuffix();
  const name = `Created Customer ${unique}`;
  await page.goto(newCustomerUrl);
  await page.getByLabel('Legal name', { exact: true }).fill(name);
  await page.getByLabel('Mobile phone', { exact: true }).fill(`+44 7912 ${uniqueDigits().slice(2)}`);
  const created = createResponse(page);
  await page.getByRole('button', { name: 'Create customer' }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  await expect(page.getByRole('heading', { level: 1, name: 'Customer created' })).toBeFocused();
  return { name, customerId: ((await response.json()) as { customer_id: string }).customer_id };
}

test.describe('creating a customer', () => {
  test('a manager creates a customer with dependants and lands on the new record', async ({ page, signInAs }) => {
    await signInAs('manager');
    await page.goto(customerSearchUrl());
    await page.getByRole('link', { name: 'New customer' }).click();
    await expect(page).toHaveURL(new RegExp(`${newCustomerUrl}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'New customer' })).toBeVisible();
    await expect(page.getByLabel('Legal name', { exact: true })).toBeFocused();

    const unique = uniqueSuffix();
    const name = `Ana Pérez ${unique}`;
    const number = `C${unique}`;
    await page.getByLabel('Legal name', { exact: true }).fill(name);
    const mobile = spanishMobile(uniqueDigits());
    // Typed without spaces; saved in the international format.
    await page.getByLabel('Mobile phone', { exact: true }).fill(mobile.replace(/ /g, ''));
    await expect(page.getByText(`Will be saved as ${mobile}`)).toBeVisible();
    await page.getByLabel('Customer number', { exact: true }).fill(number);
    await page.getByLabel('Email', { exact: true }).fill(`ana.${unique}@example.com`);
    await page.getByLabel('Date of birth', { exact: true }).fill('1985-03-04');
    await page.getByLabel('Relationship status', { exact: true }).selectOption('Married');
    await page.getByLabel('Employment status', { exact: true }).selectOption('Employed');

    // Each dependant brings its date of birth; removing one takes its date away.
    await expect(page.getByText('0 dependants')).toBeVisible();
    for (let index = 0; index < 3; index += 1) await page.getByRole('button', { name: 'Add a dependant' }).click();
    await expect(page.getByText('3 dependants')).toBeVisible();
    await expect(page.getByLabel('Date of birth of dependant 3')).toBeFocused();
    await page.getByLabel('Date of birth of dependant 1').fill('2015-01-02');
    await page.getByLabel('Date of birth of dependant 2').fill('2016-02-03');
    await page.getByLabel('Date of birth of dependant 3').fill('2019-03-04');
    await page.getByRole('button', { name: 'Remove dependant 2' }).click();
    await expect(page.getByText('2 dependants')).toBeVisible();
    await expect(page.getByLabel('Date of birth of dependant 3')).toHaveCount(0);
    await expect(page.getByLabel('Date of birth of dependant 2')).toHaveValue('2019-03-04');

    await page.getByLabel('Branch id', { exact: true }).fill('MAD-01');
    await page.getByLabel('Credit limit currency', { exact: true }).fill('eur');
    await page.getByLabel('Credit limit amount', { exact: true }).fill('2500');

    const created = createResponse(page);
    await page.getByRole('button', { name: 'Create customer' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toEqual({
      legal_name: name,
      mobile_phone_number: mobile,
      customer_number: number,
      email: `ana.${unique}@example.com`,
      date_of_birth: '1985-03-04T00:00:00Z',
      relationship_status: 'Married',
      employment_status: 'Employed',
      dependants: 2,
      dob_of_dependants: ['2015-01-02T00:00:00Z', '2019-03-04T00:00:00Z'],
      branch_id: 'MAD-01',
      credit_limit: { currency: 'EUR', amount: '2500' },
    });
    const { customer_id: customerId } = (await response.json()) as { customer_id: string };

    await expect(page.getByRole('heading', { level: 1, name: 'Customer created' })).toBeFocused();
    await expect(page.getByText(`${name} is now a customer at ${BANK}, with the customer number ${number}.`)).toBeVisible();
    await page.getByRole('link', { name: 'Open the new customer' }).click();
    await expect(page).toHaveURL(new RegExp(`/banks/${BANK}/customers/${customerId}/identity$`));
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const details = page.getByRole('region', { name: 'Personal details', exact: true });
    await expect(details.getByRole('definition').filter({ hasText: /^2$/ })).toBeVisible();
    await expect(details.getByText(/2015.*2019|January 2, 2015, March 4, 2019/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Customer number', exact: true }).getByText(number, { exact: true })).toBeVisible();
  });

  test('the new customer is linked to the manager and shows under “My customers”', async ({ page, signInAs }) => {
    await signInAs('manager');
    const { name, customerId } = await createMinimal(page);
    const step = page.getByRole('region', { name: 'Link to a user' });
    const linked = linkResponse(page);
    await step.getByRole('button', { name: 'Link to me (manager)' }).click();
    const response = await linked;
    expect(response.status()).toBe(201);
    const link = (await response.json()) as { user_customer_link_id: string; user_id: string };
    const table = step.getByRole('table', { name: 'Links made' });
    await expect(table.getByText(link.user_customer_link_id)).toBeVisible();
    await expect(step.getByRole('status')).toHaveText(`Linked to the user ${link.user_id}.`);
    await expect(step.getByRole('button', { name: 'Link to me (manager)' })).toBeDisabled();

    await page.goto(customerSearchUrl(BANK, '?by=mine'));
    await expect(page.getByRole('radio', { name: 'My customers' })).toBeChecked();
    await page.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`/customers/${customerId}/identity$`));
  });

  test('linking errors are said plainly: an unknown user and a link that exists', async ({ page, request, signInAs }) => {
    const managerId = ((await (await obpApi(request, 'manager')).get('/users/current')).body as { user_id: string }).user_id;
    await signInAs('manager');
    await createMinimal(page);
    const step = page.getByRole('region', { name: 'Link to a user' });
    const userId = step.getByLabel('User id', { exact: true });

    await userId.fill('no-such-user-0000');
    let answered = linkResponse(page);
    await step.getByRole('button', { name: 'Link user' }).click();
    expect((await answered).status()).toBe(404);
    await expect(step.getByRole('alert')).toContainText('No user has the id no-such-user-0000.');
    await expect(step.getByRole('alert')).toContainText('OBP-20057');
    await expect(userId).toHaveValue('no-such-user-0000');

    await userId.fill(managerId);
    answered = linkResponse(page);
    await step.getByRole('button', { name: 'Link user' }).click();
    expect((await answered).status()).toBe(201);
    await expect(userId).toHaveValue('');

    await userId.fill(managerId);
    answered = linkResponse(page);
    await step.getByRole('button', { name: 'Link user' }).click();
    expect((await answered).status()).toBe(400);
    await expect(step.getByRole('alert')).toContainText(`The user ${managerId} is already linked to this customer.`);
    await expect(step.getByRole('alert')).toContainText('OBP-30007');
  });

  test('a refused create keeps every value, and checks run before sending', async ({ page, signInAs }) => {
    await signInAs('manager');
    await page.goto(newCustomerUrl);
    let posts = 0;
    page.on('request', (sent) => {
      if (sent.method() === 'POST' && sent.url().endsWith(`/banks/${BANK}/customers`)) posts += 1;
    });
    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(page.getByText('Required.')).toHaveCount(2);
    await page.getByLabel('Legal name', { exact: true }).fill('Duplicate Number');
    await page.getByLabel('Mobile phone', { exact: true }).fill('+44 7912 900 000');
    await page.getByLabel('Branch id', { exact: true }).fill('Main branch');
    await page.getByLabel('Relationship status', { exact: true }).selectOption('Other…');
    await page.getByLabel('Relationship status (other)', { exact: true }).fill('in a relationship!');
    await page.getByRole('button', { name: 'Add a dependant' }).click();
    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(page.getByText('Only letters, digits, “-”, “.” and “_”.')).toBeVisible();
    await expect(page.getByText('At most 16 characters.')).toBeVisible();
    await expect(page.getByLabel('Date of birth of dependant 1')).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toBe(0);

    // The seed's customer already has this number at the bank: OBP refuses the duplicate.
    await page.getByLabel('Branch id', { exact: true }).fill('MAIN');
    await page.getByLabel('Relationship status', { exact: true }).selectOption('Single');
    await page.getByRole('button', { name: 'Remove dependant 1' }).click();
    await page.getByLabel('Customer number', { exact: true }).fill(EVELINE.number);
    const refused = createResponse(page);
    await page.getByRole('button', { name: 'Create customer' }).click();
    expect((await refused).status()).toBe(400);
    await expect(page.getByRole('alert')).toContainText('The customer was not created.');
    await expect(page.getByRole('alert')).toContainText('OBP-');
    // The sandbox names the taken number (OBP-30006); OBP itself may answer OBP-30051 (contract §2.6).
    if ((await page.getByRole('alert').textContent())?.includes('OBP-30006')) {
      await expect(page.getByText('Already used by another customer at this bank.')).toBeVisible();
    }
    await expect(page.getByLabel('Legal name', { exact: true })).toHaveValue('Duplicate Number');
    await expect(page.getByLabel('Customer number', { exact: true })).toHaveValue(EVELINE.number);
    await expect(page.getByLabel('Branch id', { exact: true })).toHaveValue('MAIN');
    await expect(page.getByLabel('Relationship status', { exact: true })).toHaveValue('Single');
  });

  test('a teller cannot create customers: no dead button, the role named', async ({ page, signInAs }) => {
    await signInAs('teller');
    await page.goto(customerSearchUrl());
    await expect(page.getByRole('radio', { name: 'Mobile phone' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New customer' })).toHaveCount(0);
    await page.getByText('1 action here needs a role you do not hold').click();
    await expect(page.getByText(`New customer: Requires CanCreateCustomer or CanCreateCustomerAtAnyBank at ${BANK}`)).toBeVisible();
    await page.goto(newCustomerUrl);
    await expect(page.getByText(`Requires CanCreateCustomer or CanCreateCustomerAtAnyBank at ${BANK}`)).toBeVisible();
    // No form of disabled fields either.
    await expect(page.getByRole('button', { name: 'Create customer' })).toHaveCount(0);
    await expect(page.getByLabel('Legal name', { exact: true })).toBeHidden();
  });

  test('the create page and its success step pass axe', async ({ page, signInAs, expectAccessible }) => {
    await signInAs('manager');
    await page.goto(newCustomerUrl);
    await page.getByRole('button', { name: 'Add a dependant' }).click();
    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(page.getByText('Required.').first()).toBeVisible();
    await expectAccessible();
    await createMinimal(page);
    await expectAccessible();
  });

  test('the create page reads in 简体中文 and Español', async ({ page, signInAs }) => {
    await signInAs('manager');
    await page.goto(newCustomerUrl);
    await page.getByLabel('Language').selectOption('zh-CN');
    await expect(page.getByRole('heading', { level: 1, name: '新建客户' })).toBeVisible();
    await expect(page.getByLabel('法定姓名', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: '添加受抚养人' }).click();
    await expect(page.getByLabel('第 1 位受抚养人的出生日期')).toBeVisible();
    await page.getByRole('button', { name: '创建客户' }).click();
    await expect(page.getByText('必填。').first()).toBeVisible();

    await page.getByLabel('语言').selectOption('es');
    await expect(page.getByRole('heading', { level: 1, name: 'Nuevo cliente' })).toBeVisible();
    await expect(page.getByLabel('Nombre legal', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Fecha de nacimiento de la persona a cargo 1')).toBeVisible();
    await expect(page.getByText('Obligatorio.').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Crear cliente' })).toBeVisible();
  });
});
