import { MEETING_LIMITS } from '@/api/schemas/meetings';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSandboxDatabase } from '../database/sandbox-database';
import { createRepositories } from '../repositories/repositories';
import { codePointLength } from '../search/like-pattern';
import { EVELINE_TRIPMAN, PRIMARY_BANK_ID, SECOND_BANK_ID } from './seed-customers';
import { seedDatabase } from './seed-database';
import { TEST_PASSWORD_COST } from '../security/passwords';
import {
  CRM_CATEGORIES,
  CRM_CHANNELS,
  CRM_RESULTS,
  CUSTOMERS_WITH_HISTORY,
  INVITEE_STATUSES,
  MEETING_PROVIDERS,
  MEETING_PURPOSES,
  localTime,
  seedMeetingsAndCrmEvents,
} from './seed-meetings-and-crm-events';

const DAY = 86_400_000;
// A Wednesday in British Summer Time: London is UTC+1, Berlin UTC+2.
const NOW = Date.UTC(2025, 6, 16, 8, 45);
const TODAY = Date.UTC(2025, 6, 16);

const seeded = (customers: number, randomSeed?: number) => {
  const database = openSandboxDatabase(':memory:');
  seedDatabase(database, { customers, password: 'test-password', passwordCost: TEST_PASSWORD_COST, ...(randomSeed === undefined ? {} : { randomSeed }) });
  return database;
};
const dump = (database: ReturnType<typeof seeded>) => ({
  meetings: database.prepare('SELECT * FROM meetings ORDER BY id').all(),
  invitees: database.prepare('SELECT * FROM meeting_invitees ORDER BY id').all(),
  crmEvents: database.prepare('SELECT * FROM crm_events ORDER BY id').all(),
});
/** Hours and minutes of an OBP date on the wall clock of a zone. */
const wallClock = (date: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short' }).format(new Date(date));

afterEach(() => {
  vi.useRealTimers();
});

describe('seedMeetingsAndCrmEvents', () => {
  it('is deterministic for a seed and a day; another seed gives other data', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const [first, second, other] = [seeded(400), seeded(400), seeded(400, 7)];
    expect(dump(second)).toEqual(dump(first));
    expect(dump(other).meetings).not.toEqual(dump(first).meetings);
    [first, second, other].forEach((database) => database.close());
  });

  it('gives history to the first customers only, so a seed of 1M costs no more than one of 2,000', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const [smaller, larger] = [seeded(CUSTOMERS_WITH_HISTORY + 500), seeded(CUSTOMERS_WITH_HISTORY + 1500)];
    expect(dump(larger)).toEqual(dump(smaller));
    [smaller, larger].forEach((database) => database.close());
  });

  it('places meetings around the day it is given', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const database = seeded(300);
    const meetings = createRepositories(database).meetings;
    const latest = () => Date.parse(meetings.listAtBank(PRIMARY_BANK_ID)[0]!.when);
    expect(latest()).toBeLessThan(TODAY + 21 * DAY);
    const summary = seedMeetingsAndCrmEvents(database, { randomSeed: 5, now: NOW + 28 * DAY });
    expect(summary.meetings).toBeGreaterThan(0);
    expect(summary.crmEvents).toBeGreaterThan(0);
    expect(latest()).toBeGreaterThanOrEqual(TODAY + 35 * DAY);
    database.close();
  });

  it('places meetings in office hours on weekdays, from two weeks ago to three weeks ahead', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const database = seeded(2000);
    const repositories = createRepositories(database);
    const zones = { [PRIMARY_BANK_ID]: 'Europe/London', [SECOND_BANK_ID]: 'Europe/Berlin' };
    for (const [bankId, timeZone] of Object.entries(zones)) {
      const meetings = repositories.meetings.listAtBank(bankId);
      expect(meetings.length).toBeGreaterThan(bankId === PRIMARY_BANK_ID ? 60 : 10);
      expect(meetings.some((meeting) => Date.parse(meeting.when) < NOW)).toBe(true);
      expect(meetings.some((meeting) => Date.parse(meeting.when) > NOW + 14 * DAY)).toBe(true);
      for (const meeting of meetings) {
        const when = Date.parse(meeting.when);
        expect(when).toBeGreaterThanOrEqual(TODAY - 14 * DAY);
        expect(when).toBeLessThan(TODAY + 21 * DAY);
        const [weekday, time] = wallClock(meeting.when, timeZone).split(' ');
        expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']).toContain(weekday);
        expect(time! >= '09:00' && time! <= '16:30' && /:(00|30)$/.test(time!)).toBe(true);
        expect(MEETING_PROVIDERS).toContain(meeting.providerId);
        expect(MEETING_PURPOSES).toContain(meeting.purposeId);
        expect(meeting.staffUserId).toBe(meeting.customerUserId);
        expect(codePointLength(meeting.creator.mobilePhone)).toBeLessThanOrEqual(MEETING_LIMITS.creator_phone);
        expect(meeting.invitees.length).toBeGreaterThan(0);
        for (const invitee of meeting.invitees) {
          expect(INVITEE_STATUSES).toContain(invitee.status);
          expect(codePointLength(invitee.contactDetails.emailAddress)).toBeLessThanOrEqual(MEETING_LIMITS.email);
        }
      }
      // Nobody is booked twice at the same time.
      const slots = meetings.map((meeting) => `${meeting.staffUserId}/${meeting.when}`);
      expect(new Set(slots).size).toBe(slots.length);
    }
    database.close();
  });

  it('books them for the bank’s staff, with customers of the bank as invitees exactly as on the customer', () => {
    const database = seeded(1000);
    const repositories = createRepositories(database);
    const userId = (username: string) => repositories.users.findByUsername(username)!.userId;
    const creators = (bankId: string) => new Set(repositories.meetings.listAtBank(bankId).map((meeting) => meeting.staffUserId));
    expect(creators(PRIMARY_BANK_ID)).toEqual(new Set([userId('manager'), userId('kyc')]));
    // The manager holds no role at the second bank; the KYC officer does, at any bank.
    expect(creators(SECOND_BANK_ID)).toEqual(new Set([userId('kyc'), userId('admin')]));
    for (const bankId of [PRIMARY_BANK_ID, SECOND_BANK_ID]) {
      const customers = repositories.customers.findByRowIds(Array.from({ length: 1000 }, (_, index) => index + 1));
      const contacts = new Set(customers.filter((customer) => customer.bankId === bankId).map((customer) => `${customer.legalName}|${customer.mobilePhoneNumber}|${customer.email}`));
      for (const meeting of repositories.meetings.listAtBank(bankId)) {
        expect(meeting.creator.emailAddress).toBe(repositories.users.findById(meeting.staffUserId)!.email);
        for (const { contactDetails } of meeting.invitees) {
          expect(contacts.has(`${contactDetails.name}|${contactDetails.mobilePhone}|${contactDetails.emailAddress}`)).toBe(true);
        }
      }
    }
    database.close();
  });

  it('gives Eveline Tripman meetings, past and coming, and several CRM events', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const database = seeded(100);
    const repositories = createRepositories(database);
    const hers = repositories.meetings
      .listAtBank(PRIMARY_BANK_ID)
      .filter((meeting) => meeting.invitees.some((invitee) => invitee.contactDetails.emailAddress === EVELINE_TRIPMAN.email));
    expect(hers.length).toBeGreaterThanOrEqual(4);
    expect(hers.some((meeting) => Date.parse(meeting.when) < NOW) && hers.some((meeting) => Date.parse(meeting.when) > NOW)).toBe(true);
    const invitee = hers[0]!.invitees.find((candidate) => candidate.contactDetails.emailAddress === EVELINE_TRIPMAN.email)!;
    expect(invitee.contactDetails).toEqual({ name: EVELINE_TRIPMAN.legalName, mobilePhone: EVELINE_TRIPMAN.mobilePhoneNumber, emailAddress: EVELINE_TRIPMAN.email });
    const events = repositories.crmEvents.listAtBank(PRIMARY_BANK_ID).filter((event) => event.customerNumber === EVELINE_TRIPMAN.customerNumber);
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(new Set(events.map((event) => event.category)).size).toBeGreaterThanOrEqual(5);
    expect(events.every((event) => event.customerName === EVELINE_TRIPMAN.legalName)).toBe(true);
    database.close();
  });

  it('makes realistic CRM events at both banks, within OBP’s column lengths', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const database = seeded(3000);
    const repositories = createRepositories(database);
    for (const bankId of [PRIMARY_BANK_ID, SECOND_BANK_ID]) {
      const events = repositories.crmEvents.listAtBank(bankId);
      expect(events.length).toBeGreaterThan(bankId === PRIMARY_BANK_ID ? 300 : 30);
      for (const event of events) {
        expect(CRM_CATEGORIES).toContain(event.category);
        expect(CRM_CHANNELS).toContain(event.channel);
        expect(repositories.customers.findByNumber(bankId, event.customerNumber)?.legalName).toBe(event.customerName);
        expect(codePointLength(event.customerName)).toBeLessThanOrEqual(64);
        expect(event.detail.length).toBeGreaterThan(20);
        expect(event.detail.length).toBeLessThanOrEqual(1024);
        expect(event.scheduledDate ?? event.actualDate).not.toBeNull();
        if (event.actualDate === null) {
          // Planned: in the future, no result yet.
          expect(Date.parse(event.scheduledDate!)).toBeGreaterThan(TODAY);
          expect(event.result).toBe('');
        } else {
          expect(Date.parse(event.actualDate)).toBeLessThan(TODAY + DAY);
          expect(CRM_RESULTS).toContain(event.result);
        }
      }
      expect(new Set(events.map((event) => event.category))).toEqual(new Set(CRM_CATEGORIES));
      expect(new Set(events.map((event) => event.channel))).toEqual(new Set(CRM_CHANNELS));
      expect(events.some((event) => event.scheduledDate === null)).toBe(true);
    }
    database.close();
  });

  it('copes with no customers or very few', () => {
    const none = seeded(0);
    expect(dump(none).meetings).toEqual([]);
    none.close();
    const one = seeded(1);
    expect(createRepositories(one).meetings.listAtBank(PRIMARY_BANK_ID).length).toBeGreaterThan(0);
    one.close();
  });
});

describe('localTime', () => {
  it('converts a wall-clock time of a zone to UTC, across daylight saving', () => {
    expect(new Date(localTime(Date.UTC(2025, 0, 15), 9 * 60, 'Europe/London')).toISOString()).toBe('2025-01-15T09:00:00.000Z');
    expect(new Date(localTime(Date.UTC(2025, 6, 15), 9 * 60, 'Europe/London')).toISOString()).toBe('2025-07-15T08:00:00.000Z');
    expect(new Date(localTime(Date.UTC(2025, 6, 15), 9 * 60 + 30, 'Europe/Berlin')).toISOString()).toBe('2025-07-15T07:30:00.000Z');
    // The Monday after the clocks went forward (30 March 2025).
    expect(new Date(localTime(Date.UTC(2025, 2, 31), 16 * 60, 'Europe/Berlin')).toISOString()).toBe('2025-03-31T14:00:00.000Z');
  });
});
