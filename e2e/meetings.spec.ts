import type { Page } from '@playwright/test';
import { BANK, expect, obpApi, test } from './fixtures';

const meetingsUrl = (query = '') => `/banks/${encodeURIComponent(BANK)}/meetings${query}`;
const pad = (number: number) => String(number).padStart(2, '0');
/** A `datetime-local` value in the browser's zone (the suite runs the browser in Europe/London, as this runner). */
const localInput = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A day ahead at a given hour, so the meeting is upcoming in both the week and the agenda. */
function daysAhead(days: number, hours: number, minutes = 0): Date {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hours, minutes, 0, 0);
  return date;
}

const createResponse = (page: Page) =>
  page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname.endsWith(`/banks/${BANK}/meetings`));

test.describe('the meetings scheduler', () => {
  test.beforeEach(async ({ signInAs }) => {
    await signInAs('manager');
  });

  test('the week view passes axe', async ({ page, expectAccessible }) => {
    await page.goto(meetingsUrl());
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
    await expectAccessible();
  });

  test('schedules a meeting and shows it in the week and in the agenda', async ({ page, expectAccessible }) => {
    const invitee = `Invitee ${unique()}`;
    const when = daysAhead(1, 11, 30);
    await page.goto(meetingsUrl());
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
    await page.getByRole('link', { name: 'Schedule a meeting' }).click();
    const form = page.getByRole('form', { name: 'Schedule a meeting' });
    await expect(form.getByRole('group', { name: 'Created by' }).getByLabel('Name')).toHaveValue('manager');
    await form.getByLabel('Purpose', { exact: true }).selectOption('Mortgage');
    await form.getByLabel('Provider', { exact: true }).selectOption('Video');
    await form.getByLabel('Date and time').fill(localInput(when));
    await expect(form.getByText(/In your time zone: Europe\/London/)).toBeVisible();
    await form.getByLabel('Duration').selectOption('60');
    await form.getByRole('button', { name: 'Add invitee' }).click();
    const first = form.getByRole('group', { name: 'Invitee 1' });
    await expect(first.getByLabel('Name')).toBeFocused();
    await first.getByLabel('Name').fill(invitee);
    await first.getByLabel('Email').fill(`${invitee.replace(/\s/g, '.').toLowerCase()}@example.com`);
    await first.getByLabel('Status').selectOption('accepted');
    // A second invitee added and removed again is not sent.
    await form.getByRole('button', { name: 'Add invitee' }).click();
    await form.getByRole('group', { name: 'Invitee 2' }).getByLabel('Name').fill('Nobody');
    await form.getByRole('button', { name: 'Remove invitee 2' }).click();
    await expect(form.getByRole('group', { name: 'Invitee 2' })).toHaveCount(0);
    await expectAccessible();

    const response = createResponse(page);
    await form.getByRole('button', { name: 'Schedule meeting' }).click();
    const created = await response;
    expect(created.status()).toBe(201);
    const body = (await created.json()) as { meeting_id: string; invitees: unknown[] };
    expect(body.invitees).toHaveLength(1);

    await expect(page).toHaveURL(new RegExp(`view=week&week=${dayOf(when)}&focus=${body.meeting_id}`));
    const link = page.getByRole('link', { name: new RegExp(`Mortgage \\(Video\\) with ${invitee}`) });
    await expect(link).toBeFocused();
    await expect(link).toContainText('11:30');
    await expect(link).toContainText('12:30');
    await expect(link).toContainText('Just scheduled');
    await expect(page.getByRole('status').filter({ hasText: 'Meeting scheduled: Mortgage' })).toBeAttached();
    await expectAccessible();

    await page.getByRole('button', { name: 'Agenda' }).click();
    await expect(page).toHaveURL(/view=agenda/);
    const agendaLink = page.locator('.agenda').getByRole('link', { name: new RegExp(invitee) });
    await expect(agendaLink).toContainText('Just scheduled');
  });

  test('shows a meeting in the agenda and on its own page', async ({ page, request, expectAccessible }) => {
    const invitee = `Agenda Invitee ${unique()}`;
    const when = daysAhead(1, 15, 0);
    const api = await obpApi(request, 'manager');
    const created = await api.post(`/banks/${BANK}/meetings`, {
      provider_id: 'video',
      purpose_id: 'mortgage',
      date: when.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      creator: { name: 'manager', mobile_phone: '', email_address: '' },
      invitees: [{ contact_details: { name: invitee, mobile_phone: '', email_address: '' }, status: 'accepted' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    await page.goto(meetingsUrl(`?view=agenda&week=${dayOf(when)}`));
    const agendaEntry = page.locator('.agenda-meeting').filter({ has: page.getByRole('link', { name: new RegExp(invitee) }) });
    await expect(agendaEntry.getByText('Accepted', { exact: true })).toBeVisible();
    await expectAccessible();

    await agendaEntry.getByRole('link', { name: new RegExp(invitee) }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meeting: Mortgage' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: invitee }).getByText('Accepted')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Looking up' })).toHaveCount(0);
    await expectAccessible();
  });

  test('another provider id with a space is refused before sending, and the form keeps everything', async ({ page }) => {
    let posted = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/meetings')) posted += 1;
    });
    await page.goto(meetingsUrl('/new'));
    const form = page.getByRole('form', { name: 'Schedule a meeting' });
    await form.getByLabel('Purpose', { exact: true }).selectOption('Complaint');
    // OBP takes any URL-friendly id: "Other…" opens a field for one outside the list.
    await form.getByLabel('Provider', { exact: true }).selectOption('Other…');
    await form.getByLabel('Provider (other)', { exact: true }).fill('in person');
    await form.getByRole('button', { name: 'Add invitee' }).click();
    await form.getByRole('group', { name: 'Invitee 1' }).getByLabel('Name').fill('Kept Name');
    await form.getByRole('button', { name: 'Schedule meeting' }).click();
    await expect(form.getByText('Use only letters, digits, -, _, . or ~ (no spaces).')).toBeVisible();
    await expect(form.getByRole('alert')).toContainText('1 field needs attention');
    await expect(form.getByLabel('Provider (other)', { exact: true })).toBeFocused();
    await expect(form.getByLabel('Provider (other)', { exact: true })).toHaveValue('in person');
    await expect(form.getByLabel('Purpose', { exact: true })).toHaveValue('complaint');
    await expect(form.getByRole('group', { name: 'Invitee 1' }).getByLabel('Name')).toHaveValue('Kept Name');
    expect(posted).toBe(0);

    await form.getByLabel('Provider (other)', { exact: true }).fill('in-person');
    await expect(form.getByText('Use only letters, digits, -, _, . or ~ (no spaces).')).toHaveCount(0);
  });

  test('warns when the creator already has a meeting 15 minutes away, and still schedules', async ({ page, request }) => {
    const creator = { name: `Clash Tester ${unique()}`, mobile_phone: '', email_address: `clash.${unique()}@example.com` };
    const at = daysAhead(2, 9, 0);
    const api = await obpApi(request, 'manager');
    const existing = await api.post(`/banks/${BANK}/meetings`, {
      provider_id: 'phone',
      purpose_id: 'kyc-review',
      date: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      creator,
      invitees: [{ contact_details: { name: 'Earlier Invitee', mobile_phone: '', email_address: '' }, status: 'invited' }],
    });
    expect(existing.status, JSON.stringify(existing.body)).toBe(201);

    await page.goto(meetingsUrl('/new'));
    const form = page.getByRole('form', { name: 'Schedule a meeting' });
    const creatorGroup = form.getByRole('group', { name: 'Created by' });
    await creatorGroup.getByLabel('Name').fill(creator.name);
    await creatorGroup.getByLabel('Email').fill(creator.email_address);
    await form.getByLabel('Purpose', { exact: true }).selectOption('Onboarding');
    await form.getByLabel('Provider', { exact: true }).selectOption('In person');
    await form.getByLabel('Date and time').fill(localInput(new Date(at.getTime() + 15 * 60_000)));
    const warning = form.getByRole('status').filter({ hasText: 'Possible clash.' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(`${creator.name} already has a meeting within 30 minutes of this time`);
    await expect(warning).toContainText('KYC review');
    await expect(warning).toContainText('Earlier Invitee');

    // 45 minutes later no meeting of this creator is near, and the warning goes.
    await form.getByLabel('Date and time').fill(localInput(new Date(at.getTime() + 45 * 60_000)));
    await expect(form.getByText('Possible clash.')).toHaveCount(0);

    // A warning, not a block.
    await form.getByLabel('Date and time').fill(localInput(new Date(at.getTime() + 15 * 60_000)));
    await expect(warning).toBeVisible();
    const response = createResponse(page);
    await form.getByRole('button', { name: 'Schedule meeting' }).click();
    expect((await response).status()).toBe(201);
    await expect(page).toHaveURL(/focus=/);
  });

  test('filters by purpose and provider, in the URL', async ({ page, request }) => {
    const api = await obpApi(request, 'manager');
    const when = daysAhead(3, 14, 0);
    const tag = unique();
    for (const [purpose, provider] of [
      ['mortgage', 'phone'],
      ['complaint', 'video'],
    ]) {
      const response = await api.post(`/banks/${BANK}/meetings`, {
        provider_id: provider,
        purpose_id: purpose,
        date: when.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        creator: { name: 'manager', mobile_phone: '', email_address: '' },
        invitees: [{ contact_details: { name: `Filter ${purpose} ${tag}`, mobile_phone: '', email_address: '' }, status: 'invited' }],
      });
      expect(response.status).toBe(201);
    }
    await page.goto(meetingsUrl(`?view=agenda&week=${dayOf(when)}`));
    await expect(page.getByRole('link', { name: new RegExp(`Filter mortgage ${tag}`) })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`Filter complaint ${tag}`) })).toBeVisible();
    await page.getByLabel('Purpose').selectOption('complaint');
    await expect(page).toHaveURL(/purpose=complaint/);
    await expect(page.getByRole('link', { name: new RegExp(`Filter mortgage ${tag}`) })).toHaveCount(0);
    await expect(page.getByRole('link', { name: new RegExp(`Filter complaint ${tag}`) })).toBeVisible();
    await page.getByLabel('Purpose').selectOption('');
    await page.getByLabel('Provider').selectOption('phone');
    await expect(page).toHaveURL(/provider=phone/);
    await expect(page.getByRole('link', { name: new RegExp(`Filter mortgage ${tag}`) })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`Filter complaint ${tag}`) })).toHaveCount(0);

    // Only the meetings the manager created: the KYC officer's seeded meetings go, the manager's stay.
    await page.getByLabel('Provider').selectOption('');
    await page.getByRole('checkbox', { name: 'Only meetings I created' }).check();
    await expect(page).toHaveURL(/mine=1/);
    await expect(page.getByRole('link', { name: new RegExp(`Filter complaint ${tag}`) })).toBeVisible();
    await expect(page.locator('.result-count')).toContainText('hidden by the filters');
  });

  test('moves between weeks, keeping the week in the URL', async ({ page }) => {
    await page.goto(meetingsUrl('?view=week&week=2026-11-25'));
    await expect(page.getByRole('heading', { level: 2, name: /Week of 23\W+29 November 2026/ })).toBeVisible();
    await page.getByRole('link', { name: 'Next week' }).click();
    await expect(page).toHaveURL(/week=2026-11-30/);
    await expect(page.getByRole('heading', { level: 2, name: /Week of 30 November\W+6 December 2026/ })).toBeVisible();
    const previous = page.getByRole('link', { name: 'Previous week' });
    await previous.click();
    // The URL changes before the week re-renders (a transition): click again only once the link points further back.
    await expect(page).toHaveURL(/week=2026-11-23/);
    await expect(previous).toHaveAttribute('href', /week=2026-11-16/);
    await previous.click();
    await expect(page).toHaveURL(/week=2026-11-16/);
    await page.getByRole('link', { name: 'This week' }).click();
    await expect(page.getByRole('link', { name: 'This week' })).toHaveAttribute('aria-current', 'page');
  });

  test('an unknown meeting says so', async ({ page }) => {
    await page.goto(meetingsUrl('/no-such-meeting'));
    await expect(page.getByRole('heading', { level: 1, name: 'Meeting not found' })).toBeVisible();
    await expect(page.getByText(`There is no meeting no-such-meeting at bank ${BANK}.`)).toBeVisible();
  });

  test('the scheduler in 简体中文 and Español', async ({ page, expectAccessible }) => {
    await page.goto(meetingsUrl('?view=week&week=2026-11-25'));
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();

    await page.getByLabel('Language').selectOption('zh-CN');
    await expect(page.getByRole('heading', { level: 1, name: '会议' })).toBeVisible();
    await expect(page.getByRole('link', { name: '下一周' })).toBeVisible();
    await expect(page.getByRole('button', { name: '日程列表' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: '这一周' })).toContainText('2026/11/23');
    await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('周一');
    await expectAccessible();
    await page.getByRole('link', { name: '安排会议' }).click();
    const chineseForm = page.getByRole('form', { name: '安排会议' });
    await expect(chineseForm.getByLabel('目的', { exact: true })).toBeVisible();
    await chineseForm.getByLabel('方式', { exact: true }).selectOption({ label: '其他…' });
    await chineseForm.getByLabel('方式（其他）', { exact: true }).fill('in person');
    await chineseForm.getByRole('button', { name: '安排会议' }).click();
    await expect(chineseForm.getByText('只能使用字母、数字、-、_、. 或 ~（不能有空格）。')).toBeVisible();

    await page.getByLabel('语言').selectOption('es');
    const spanishForm = page.getByRole('form', { name: 'Programar una reunión' });
    await expect(spanishForm.getByLabel('Modalidad (otro)', { exact: true })).toHaveValue('in person');
    await expect(spanishForm.getByText('Use solo letras, dígitos, -, _, . o ~ (sin espacios).')).toBeVisible();
    await expect(spanishForm.getByText(/En su zona horaria: Europe\/London/)).toBeVisible();
    await expectAccessible();
    await page.goto(meetingsUrl('?view=agenda&week=2026-11-25'));
    await expect(page.getByRole('heading', { level: 1, name: 'Reuniones' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Agenda' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: 'Semana del' })).toContainText('noviembre');
  });
});
