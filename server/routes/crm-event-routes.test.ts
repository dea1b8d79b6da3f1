import { crmEventList } from '@/api/schemas/crm-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVELINE_TRIPMAN } from '../seed/seed-customers';
import { BANK, OTHER_BANK, createTestSandbox, errorOf, type StaffUser, type TestSandbox } from '../test-support/test-sandbox';

let sandbox: TestSandbox;
beforeAll(async () => {
  sandbox = await createTestSandbox();
});
afterAll(async () => sandbox.close());

const crmEventsUrl = (bankId = BANK, version = 'v5.1.0') => `/obp/${version}/banks/${bankId}/crm-events`;
const get = (user: StaffUser, url: string) => sandbox.as(user, { method: 'GET', url });

describe('GET /banks/BANK_ID/crm-events (v1.4.0 getCrmEvents)', () => {
  it('needs a login', async () => {
    const response = await sandbox.app.inject({ method: 'GET', url: crmEventsUrl() });
    expect(response.statusCode).toBe(401);
    expect(errorOf(response)).toEqual({ code: 401, message: 'OBP-20001: User not logged in. Authentication is required!' });
  });

  it('answers an unknown bank with 404', async () => {
    const response = await get('manager', crmEventsUrl('no.such.bank'));
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).message).toBe('OBP-30001: Bank not found. Please specify a valid value for BANK_ID. Current BankId is no.such.bank');
  });

  it('lists the bank’s events, among them several of Eveline Tripman, newest first', async () => {
    const response = await get('manager', crmEventsUrl(BANK, 'v1.4.0'));
    expect(response.statusCode).toBe(200);
    const events = crmEventList.parse(response.json()).crm_events;
    expect(events.length).toBeGreaterThan(10);
    expect(events.every((event) => event.bank_id === BANK)).toBe(true);
    const evelines = events.filter((event) => event.customer_number === EVELINE_TRIPMAN.customerNumber);
    expect(evelines.length).toBeGreaterThanOrEqual(3);
    expect(evelines.every((event) => event.customer_name === EVELINE_TRIPMAN.legalName)).toBe(true);
    // Planned events have no actual date and no result yet; inbound contacts were never scheduled.
    expect(events.some((event) => event.actual_date === null && event.scheduled_date !== null && event.result === '')).toBe(true);
    expect(events.some((event) => event.scheduled_date === null && event.actual_date !== null)).toBe(true);
    const dates = events.map((event) => event.actual_date ?? event.scheduled_date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('ties each event to a customer of the bank by name and number', async () => {
    const events = crmEventList.parse((await get('admin', crmEventsUrl(OTHER_BANK))).json()).crm_events;
    expect(events.length).toBeGreaterThan(0);
    for (const event of events.slice(0, 20)) {
      expect(event.bank_id).toBe(OTHER_BANK);
      expect(sandbox.repositories.customers.findByNumber(OTHER_BANK, event.customer_number)?.legalName).toBe(event.customer_name);
    }
  });

  it('is an empty list at a bank without events', async () => {
    sandbox.repositories.banks.create({
      bankId: 'empty.bank',
      bankCode: 'EMPTY',
      shortName: 'Empty',
      fullName: 'A bank without CRM events',
      logoUrl: '',
      websiteUrl: '',
      routings: [],
    });
    // Staff of a bank: a role at that bank.
    sandbox.repositories.users.grant({ entitlementId: 'admin-at-empty-bank', userId: (await sandbox.as('admin', { method: 'GET', url: '/obp/v5.1.0/users/current' })).json<{ user_id: string }>().user_id, bankId: 'empty.bank', roleName: 'CanGetCustomer' });
    const response = await get('admin', crmEventsUrl('empty.bank'));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ crm_events: [] });
  });

  it('refuses staff without a role at the bank, whatever unrelated roles they hold at any bank', async () => {
    for (const user of ['manager', 'teller', 'kyc'] as const) {
      const response = await get(user, crmEventsUrl(OTHER_BANK));
      expect(response.statusCode).toBe(403);
      expect(errorOf(response).message).toBe(
        'OBP-20006: User is missing one or more roles: any role at Bank(GENODEM1GLS). Only staff of this bank may see or book its meetings and CRM events.',
      );
    }
    expect((await get('admin', crmEventsUrl(OTHER_BANK))).statusCode).toBe(200);
    expect((await get('teller', crmEventsUrl(BANK))).statusCode).toBe(200);
  });

  it('is served from v1.4.0 to v5.1.0, not before', async () => {
    for (const version of ['v1.4.0', 'v2.0.0', 'v2.1.0', 'v3.0.0', 'v3.1.0', 'v4.0.0', 'v5.0.0', 'v5.1.0']) {
      expect((await get('manager', crmEventsUrl(BANK, version))).statusCode).toBe(200);
    }
    expect((await get('manager', crmEventsUrl(BANK, 'v1.3.0'))).statusCode).toBe(404);
  });
});
