import { MEETING_LIMITS, meeting, meetingList, type PostMeeting } from '@/api/schemas/meetings';
import { currentUser } from '@/api/schemas/users';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANK, OTHER_BANK, createTestSandbox, errorOf, type StaffUser, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(async () => sandbox.close());

const json = (method: InjectOptions['method'], url: string, payload: unknown): InjectOptions => ({
  method,
  url,
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify(payload),
});
const meetingsUrl = (bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/meetings`;
const createMeeting = (user: StaffUser, payload: unknown, bankId = BANK, version = 'v5.1.0') =>
  sandbox.as(user, json('POST', meetingsUrl(bankId, version), payload));
const get = (user: StaffUser, url: string) => sandbox.as(user, { method: 'GET', url });
const userIdOf = async (user: StaffUser) => currentUser.parse((await get(user, '/obp/v5.1.0/users/current')).json()).user_id;
const countRows = (table: 'meetings' | 'meeting_invitees') =>
  sandbox.database.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

const CREATE_MEETING_JSON = 'OBP-10001: Incorrect json format. The Json body should be the CreateMeetingJson ';
const NOT_LOGGED_IN = 'OBP-20001: User not logged in. Authentication is required!';

// Seeded meetings reach three weeks ahead of today; these are later, so they head the list.
let year = 2090;
const aMeeting = (overrides: Partial<PostMeeting> = {}): PostMeeting => ({
  provider_id: 'video',
  purpose_id: 'mortgage',
  date: `${(year += 1)}-03-14T09:30:00Z`,
  creator: { name: 'Amelia Hartley', mobile_phone: '+44 7700 900417', email_address: 'manager@example.com' },
  invitees: [
    { contact_details: { name: 'Eveline Tripman', mobile_phone: '+44 07972 444 876', email_address: 'eveline@example.com' }, status: 'invited' },
    { contact_details: { name: 'Ángel Núñez', mobile_phone: '+34 612 34 56 78', email_address: 'angel@example.es' }, status: 'accepted' },
  ],
  ...overrides,
});

describe('POST /banks/BANK_ID/meetings (v3.1.0 createMeeting)', () => {
  it('needs a login (MeetingsTest)', async () => {
    const response = await sandbox.app.inject(json('POST', meetingsUrl(), aMeeting()));
    expect(response.statusCode).toBe(401);
    expect(errorOf(response)).toEqual({ code: 401, message: NOT_LOGGED_IN });
  });

  it('answers an unknown bank with 404', async () => {
    const response = await createMeeting('manager', aMeeting(), 'no.such.bank');
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).message).toBe('OBP-30001: Bank not found. Please specify a valid value for BANK_ID. Current BankId is no.such.bank');
  });

  it('creates a meeting: 201, creator and invitees echoed, the creating staff user present (MeetingsTest)', async () => {
    const payload = aMeeting();
    const response = await createMeeting('manager', payload, BANK, 'v3.1.0');
    expect(response.statusCode).toBe(201);
    const created = meeting.parse(response.json());
    const managerId = await userIdOf('manager');
    expect(created).toEqual({
      meeting_id: created.meeting_id,
      provider_id: payload.provider_id,
      purpose_id: payload.purpose_id,
      bank_id: BANK,
      present: { staff_user_id: managerId, customer_user_id: managerId },
      keys: { session_id: '', staff_token: '', customer_token: '' },
      when: payload.date,
      creator: payload.creator,
      invitees: payload.invitees,
    });
    expect(created.meeting_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps invitees in the order they were posted', async () => {
    const names = ['Zoë Ashworth', 'Adam Brown', '王伟', 'María José'];
    const invitees = names.map((name, index) => ({ contact_details: { name, mobile_phone: `+44 7700 90000${index}`, email_address: '' }, status: 'invited' }));
    const created = meeting.parse((await createMeeting('kyc', aMeeting({ invitees }))).json());
    const fetched = meeting.parse((await get('kyc', `${meetingsUrl()}/${created.meeting_id}`)).json());
    expect(fetched.invitees.map((invitee) => invitee.contact_details.name)).toEqual(names);
  });

  it('accepts no invitees at all', async () => {
    const response = await createMeeting('manager', aMeeting({ invitees: [] }));
    expect(response.statusCode).toBe(201);
    expect(meeting.parse(response.json()).invitees).toEqual([]);
  });

  it.each([
    ['without invitees', (({ invitees: _invitees, ...rest }) => rest)(aMeeting())],
    ['without a creator', (({ creator: _creator, ...rest }) => rest)(aMeeting())],
    ['with an invitee without a status', aMeeting({ invitees: [{ contact_details: { name: 'A', mobile_phone: '1', email_address: '' } } as never] })],
    ['with a number for a string', { ...aMeeting(), provider_id: 7 }],
    ['with a date with milliseconds', aMeeting({ date: '2030-01-01T09:00:00.000Z' })],
    ['with a date-only date', aMeeting({ date: '2030-01-01' })],
    ['with a date with an offset', aMeeting({ date: '2030-01-01T09:00:00+01:00' })],
    ['with a date that does not exist', aMeeting({ date: '2030-02-30T09:00:00Z' })],
    ['with JSON null for a string', { ...aMeeting(), purpose_id: null }],
    ['that is an array', [aMeeting()]],
  ])('refuses a body %s with 400 naming CreateMeetingJson (MeetingsTest)', async (_case, payload) => {
    const response = await createMeeting('manager', payload);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toEqual({ code: 400, message: CREATE_MEETING_JSON });
  });

  it.each([
    ['provider_id', { provider_id: 'in person' }],
    ['purpose_id', { purpose_id: 'kyc review' }],
    ['provider_id', { provider_id: 'video/zoom' }],
    ['purpose_id', { purpose_id: '' }],
    ['provider_id', { provider_id: 'p'.repeat(MEETING_LIMITS.provider_id + 1) }],
  ])('refuses a %s that is not URL-friendly, naming it', async (field, overrides) => {
    const response = await createMeeting('manager', aMeeting(overrides));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toBe(
      `OBP-10001: Incorrect json format. The field ${field} must be URL-friendly: 1 to 64 of the characters A-Z, a-z, 0-9, '-', '.', '_' and '~' (no spaces).`,
    );
  });

  it('accepts URL-friendly ids up to 64 characters', async () => {
    const response = await createMeeting('manager', aMeeting({ provider_id: 'Video.Call_2~x-'.padEnd(64, 'x'), purpose_id: 'kyc-review' }));
    expect(response.statusCode).toBe(201);
  });

  it.each([
    ['creator.name', (body: PostMeeting) => ({ ...body, creator: { ...body.creator, name: '名'.repeat(256) } }), 255],
    ['creator.mobile_phone', (body: PostMeeting) => ({ ...body, creator: { ...body.creator, mobile_phone: '7'.repeat(33) } }), 32],
    ['creator.email_address', (body: PostMeeting) => ({ ...body, creator: { ...body.creator, email_address: `${'a'.repeat(89)}@example.com` } }), 100],
    [
      'invitees[1].contact_details.email_address',
      (body: PostMeeting) => ({
        ...body,
        invitees: [body.invitees[0]!, { ...body.invitees[1]!, contact_details: { ...body.invitees[1]!.contact_details, email_address: 'x'.repeat(101) } }],
      }),
      100,
    ],
    ['invitees[0].status', (body: PostMeeting) => ({ ...body, invitees: [{ ...body.invitees[0]!, status: 's'.repeat(256) }] }), 255],
  ])('names a field longer than its column: %s', async (field, change, limit) => {
    const response = await createMeeting('manager', change(aMeeting()));
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).message).toMatch(
      new RegExp(`^OBP-10001: Incorrect json format\\. The field ${field.replace(/[[\].]/g, '\\$&')} is too long: at most ${limit} characters`),
    );
  });

  it('accepts values exactly as long as their columns, counting characters', async () => {
    const body = aMeeting();
    const response = await createMeeting('manager', {
      ...body,
      creator: { name: '名'.repeat(255), mobile_phone: '7'.repeat(32), email_address: 'e'.repeat(100) },
      invitees: [{ contact_details: { name: 'n'.repeat(255), mobile_phone: '8'.repeat(255), email_address: 'f'.repeat(100) }, status: 's'.repeat(255) }],
    });
    expect(response.statusCode).toBe(201);
  });

  it('refuses the NUL character', async () => {
    const response = await createMeeting('manager', aMeeting({ creator: { name: 'A\u0000B', mobile_phone: '', email_address: '' } }));
    expect(errorOf(response)).toEqual({ code: 400, message: 'OBP-10001: Incorrect json format. The field creator.name must not contain the NUL character.' });
  });

  it('writes nothing when a request fails', async () => {
    const before = [countRows('meetings'), countRows('meeting_invitees')];
    const tooLongThirdInvitee = aMeeting();
    tooLongThirdInvitee.invitees.push({ contact_details: { name: 'C', mobile_phone: '1', email_address: '' }, status: 'x'.repeat(256) });
    for (const payload of [tooLongThirdInvitee, aMeeting({ provider_id: 'in person' }), aMeeting({ date: '2030-13-01T00:00:00Z' })]) {
      expect((await createMeeting('manager', payload)).statusCode).toBe(400);
    }
    expect((await createMeeting('teller', aMeeting(), OTHER_BANK)).statusCode).toBe(403);
    expect([countRows('meetings'), countRows('meeting_invitees')]).toEqual(before);
  });

  it('answers a non-JSON body with OBP’s 404 and unparsable JSON with 400', async () => {
    const text = await sandbox.as('manager', { method: 'POST', url: meetingsUrl(), headers: { 'content-type': 'text/plain' }, payload: '{}' });
    expect(text.statusCode).toBe(404);
    expect(errorOf(text).message).toMatch(/^OBP-10404: /);
    const broken = await sandbox.as('manager', { method: 'POST', url: meetingsUrl(), headers: { 'content-type': 'application/json' }, payload: '{"provider_id": ' });
    expect(broken.statusCode).toBe(400);
    expect(errorOf(broken).message).toMatch(/^OBP-10001: Incorrect json format\. /);
  });

  it('is served from v3.1.0 to v5.1.0, not before', async () => {
    for (const version of ['v3.1.0', 'v4.0.0', 'v5.0.0', 'v5.1.0']) expect((await createMeeting('manager', aMeeting(), BANK, version)).statusCode).toBe(201);
    expect((await createMeeting('manager', aMeeting(), BANK, 'v3.0.0')).statusCode).toBe(404);
  });
});

describe('GET /banks/BANK_ID/meetings and /meetings/MEETING_ID (v3.1.0 getMeetings, getMeeting)', () => {
  it('need a login', async () => {
    for (const url of [meetingsUrl(), `${meetingsUrl()}/any-id`]) {
      const response = await sandbox.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(401);
      expect(errorOf(response).message).toBe(NOT_LOGGED_IN);
    }
  });

  it('answer an unknown bank with 404', async () => {
    for (const url of [meetingsUrl('no.such.bank'), `${meetingsUrl('no.such.bank')}/any-id`]) {
      const response = await get('manager', url);
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).message).toMatch(/^OBP-30001: /);
    }
  });

  it('list the new meeting first and get it by id equal to the created one (MeetingsTest)', async () => {
    const created = meeting.parse((await createMeeting('manager', aMeeting())).json());
    const list = await get('manager', meetingsUrl(BANK, 'v3.1.0'));
    expect(list.statusCode).toBe(200);
    expect(meetingList.parse(list.json()).meetings[0]).toEqual(created);
    const fetched = await get('kyc', `${meetingsUrl()}/${created.meeting_id}`);
    expect(fetched.statusCode).toBe(200);
    expect(meeting.parse(fetched.json())).toEqual(created);
  });

  it('list every meeting of the bank, newest when first, whoever created it', async () => {
    const earlier = meeting.parse((await createMeeting('kyc', aMeeting({ date: '2088-01-01T09:00:00Z' }))).json());
    const meetings = meetingList.parse((await get('manager', meetingsUrl())).json()).meetings;
    const whens = meetings.map((item) => item.when!);
    expect(whens).toEqual([...whens].sort().reverse());
    expect(meetings.map((item) => item.meeting_id)).toContain(earlier.meeting_id);
    expect(meetings.every((item) => item.bank_id === BANK)).toBe(true);
  });

  it('has seeded meetings for the bank’s staff and customers', async () => {
    const meetings = meetingList.parse((await get('manager', meetingsUrl())).json()).meetings;
    const seeded = meetings.filter((item) => item.when! < '2080');
    expect(seeded.length).toBeGreaterThan(20);
    const evelines = seeded.filter((item) => item.invitees.some((invitee) => invitee.contact_details.email_address === 'eveline@example.com'));
    expect(evelines.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seeded.map((item) => item.present.staff_user_id))).toEqual(new Set([await userIdOf('manager'), await userIdOf('kyc')]));
  });

  it('answers an unknown meeting with 400 OBP-30104, as OBP', async () => {
    const response = await get('manager', `${meetingsUrl()}/no-such-meeting`);
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toEqual({ code: 400, message: 'OBP-30104: Meeting not found. Current MeetingId(no-such-meeting) ' });
  });

  it('are served from v3.1.0 to v5.1.0', async () => {
    for (const version of ['v3.1.0', 'v4.0.0', 'v5.0.0']) expect((await get('manager', meetingsUrl(BANK, version))).statusCode).toBe(200);
    expect((await get('manager', meetingsUrl(BANK, 'v3.0.0'))).statusCode).toBe(404);
  });
});

describe('meetings stay within their bank', () => {
  it('a meeting of another bank is not found here (400 OBP-30104) and not listed', async () => {
    const elsewhere = meeting.parse((await createMeeting('admin', aMeeting(), OTHER_BANK)).json());
    expect(elsewhere.bank_id).toBe(OTHER_BANK);
    const byId = await get('manager', `${meetingsUrl(BANK)}/${elsewhere.meeting_id}`);
    expect(byId.statusCode).toBe(400);
    expect(errorOf(byId).message).toBe(`OBP-30104: Meeting not found. Current MeetingId(${elsewhere.meeting_id}) `);
    const here = meetingList.parse((await get('admin', meetingsUrl(BANK))).json()).meetings;
    expect(here.map((item) => item.meeting_id)).not.toContain(elsewhere.meeting_id);
    const there = meetingList.parse((await get('admin', meetingsUrl(OTHER_BANK))).json()).meetings;
    expect(there[0]).toEqual(elsewhere);
    expect(there.every((item) => item.bank_id === OTHER_BANK)).toBe(true);
  });

  it('staff without a role at the bank are refused on every meeting endpoint', async () => {
    const theirs = meeting.parse((await createMeeting('admin', aMeeting(), OTHER_BANK)).json());
    const message =
      'OBP-20006: User is missing one or more roles: any role at Bank(GENODEM1GLS). Only staff of this bank may see or book its meetings and CRM events.';
    // The manager and the teller hold roles at gh.29.uk only; the KYC officer's any-bank roles are KYC roles, not
    // roles of these operations.
    for (const user of ['manager', 'teller', 'kyc'] as const) {
      for (const response of [
        await createMeeting(user, aMeeting(), OTHER_BANK),
        await createMeeting(user, { not: 'a meeting' }, OTHER_BANK),
        await get(user, meetingsUrl(OTHER_BANK)),
        await get(user, `${meetingsUrl(OTHER_BANK)}/${theirs.meeting_id}`),
        await get(user, `${meetingsUrl(OTHER_BANK)}/no-such-meeting`),
      ]) {
        expect(response.statusCode).toBe(403);
        expect(errorOf(response)).toEqual({ code: 403, message });
      }
    }
  });

  it('an unrelated role granted at any bank is not enough (the KYC officer holds CanGetAnyKyc* at any bank)', async () => {
    expect((await get('kyc', meetingsUrl(OTHER_BANK))).statusCode).toBe(403);
    expect((await createMeeting('kyc', aMeeting(), OTHER_BANK)).statusCode).toBe(403);
    expect((await get('kyc', meetingsUrl(BANK))).statusCode).toBe(200);
  });

  it('a teller, with one role at the bank, may use its meetings', async () => {
    expect((await get('teller', meetingsUrl(BANK))).statusCode).toBe(200);
  });
});
