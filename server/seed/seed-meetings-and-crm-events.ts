import type { SandboxDatabase } from '../database/sandbox-database';
import { formatObpDate } from '../json/obp-dates';
import type { CustomerRecord } from '../repositories/customer-repository';
import type { MeetingInviteeRecord } from '../repositories/meeting-repository';
import { createRepositories } from '../repositories/repositories';
import type { UserRecord } from '../repositories/user-repository';
import { codePointLength } from '../search/like-pattern';
import { EVELINE_TRIPMAN, PRIMARY_BANK_ID, SECOND_BANK_ID } from './seed-customers';
import { SeededRandom, weightedTable, type WeightedTable } from './seeded-random';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Only the first customers (by rowid) get meetings and CRM events: the same work for 10k customers as for 1M. */
export const CUSTOMERS_WITH_HISTORY = 1500;
/** Meetings span the past two weeks and the coming three, from the day the seed runs. */
export const MEETING_DAYS = { from: -14, until: 21 } as const;
/** CRM events span the past 18 months and the coming four weeks. */
const CRM_DAYS = { from: -540, until: 28 } as const;

export const MEETING_PROVIDERS = ['in-person', 'phone', 'video'] as const;
export const MEETING_PURPOSES = ['onboarding', 'mortgage', 'complaint', 'kyc-review', 'investment-advice'] as const;
export const INVITEE_STATUSES = ['invited', 'accepted', 'declined', 'tentative'] as const;
export const CRM_CATEGORIES = ['Complaint', 'Onboarding', 'Mortgage enquiry', 'Card', 'KYC review', 'Product offer'] as const;
export const CRM_CHANNELS = ['Branch', 'Phone', 'Email', 'Online', 'Chat', 'Video'] as const;
export const CRM_RESULTS = ['Resolved', 'Follow-up', 'No answer', 'Interested', 'Declined'] as const;

type Purpose = (typeof MEETING_PURPOSES)[number];
type Provider = (typeof MEETING_PROVIDERS)[number];
type Category = (typeof CRM_CATEGORIES)[number];
type Channel = (typeof CRM_CHANNELS)[number];
type Result = (typeof CRM_RESULTS)[number];
type StaffName = 'manager' | 'kyc' | 'admin';

/** Each bank works in its own time zone; meetings and contacts happen in its office hours. */
const BANK_TIME_ZONES: Record<string, string> = { [PRIMARY_BANK_ID]: 'Europe/London', [SECOND_BANK_ID]: 'Europe/Berlin' };

/** How the seeded staff appear as meeting creators; the email is the user's own. UK numbers from Ofcom's drama range. */
const STAFF_CONTACTS: Record<StaffName, { name: string; mobilePhone: string }> = {
  manager: { name: 'Amelia Hartley', mobilePhone: '+44 7700 900417' },
  kyc: { name: 'Rajesh Patel', mobilePhone: '+44 7700 900582' },
  admin: { name: 'Sam Okafor', mobilePhone: '+44 7700 900106' },
};

type StaffPlan = { staff: StaffName; meetingsPerDay: readonly [number, number]; purposes: WeightedTable<Purpose> };

/**
 * Who books meetings where. Only staff of a bank may use its meetings: at gh.29.uk the relationship manager and the
 * KYC officer; at GENODEM1GLS (where the manager holds no role) the KYC officer, by their any-bank roles, and the admin.
 */
const MEETING_PLANS: Record<string, readonly StaffPlan[]> = {
  [PRIMARY_BANK_ID]: [
    {
      staff: 'manager',
      meetingsPerDay: [2, 4],
      purposes: weightedTable<Purpose>([['onboarding', 3], ['mortgage', 3], ['complaint', 1], ['investment-advice', 3], ['kyc-review', 0.3]]),
    },
    { staff: 'kyc', meetingsPerDay: [1, 3], purposes: weightedTable<Purpose>([['kyc-review', 6], ['onboarding', 2], ['complaint', 0.5]]) },
  ],
  [SECOND_BANK_ID]: [
    { staff: 'kyc', meetingsPerDay: [0, 2], purposes: weightedTable<Purpose>([['kyc-review', 5], ['onboarding', 2]]) },
    {
      staff: 'admin',
      meetingsPerDay: [0, 2],
      purposes: weightedTable<Purpose>([['onboarding', 2], ['mortgage', 2], ['complaint', 1], ['investment-advice', 2]]),
    },
  ],
};

const PROVIDERS_BY_PURPOSE: Record<Purpose, WeightedTable<Provider>> = {
  onboarding: weightedTable<Provider>([['in-person', 6], ['video', 3], ['phone', 1]]),
  mortgage: weightedTable<Provider>([['in-person', 5], ['video', 4], ['phone', 2]]),
  complaint: weightedTable<Provider>([['phone', 6], ['in-person', 2], ['video', 2]]),
  'kyc-review': weightedTable<Provider>([['video', 5], ['in-person', 4], ['phone', 1]]),
  'investment-advice': weightedTable<Provider>([['in-person', 5], ['video', 4], ['phone', 1]]),
};

type InviteeStatus = (typeof INVITEE_STATUSES)[number];
const PAST_STATUSES = weightedTable<InviteeStatus>([['accepted', 80], ['declined', 8], ['tentative', 4], ['invited', 8]]);
const FUTURE_STATUSES = weightedTable<InviteeStatus>([['accepted', 45], ['invited', 35], ['tentative', 12], ['declined', 8]]);

/** Office hours as half-hour slots from 09:00 to 16:30 local time (the last meeting ends by 17:30). */
const SLOTS = Array.from({ length: 16 }, (_, index) => 9 * 60 + index * 30);

const CATEGORIES = weightedTable<Category>([
  ['Complaint', 3], ['Onboarding', 3], ['Mortgage enquiry', 3], ['Card', 4], ['KYC review', 3], ['Product offer', 4],
]);
const CHANNELS_BY_CATEGORY: Record<Category, WeightedTable<Channel>> = {
  Complaint: weightedTable<Channel>([['Phone', 5], ['Email', 3], ['Chat', 3], ['Branch', 2]]),
  Onboarding: weightedTable<Channel>([['Branch', 4], ['Online', 4], ['Video', 2]]),
  'Mortgage enquiry': weightedTable<Channel>([['Branch', 3], ['Phone', 3], ['Video', 3], ['Online', 2]]),
  Card: weightedTable<Channel>([['Phone', 5], ['Chat', 3], ['Online', 2]]),
  'KYC review': weightedTable<Channel>([['Branch', 3], ['Video', 3], ['Email', 3]]),
  'Product offer': weightedTable<Channel>([['Phone', 3], ['Email', 4], ['Online', 2], ['Branch', 1]]),
};
const RESULTS_BY_CATEGORY: Record<Category, WeightedTable<Result>> = {
  Complaint: weightedTable<Result>([['Resolved', 6], ['Follow-up', 4]]),
  Onboarding: weightedTable<Result>([['Resolved', 7], ['Follow-up', 3], ['Declined', 1]]),
  'Mortgage enquiry': weightedTable<Result>([['Interested', 4], ['Follow-up', 4], ['Declined', 2], ['No answer', 1]]),
  Card: weightedTable<Result>([['Resolved', 8], ['Follow-up', 2]]),
  'KYC review': weightedTable<Result>([['Resolved', 6], ['Follow-up', 3], ['No answer', 2]]),
  'Product offer': weightedTable<Result>([['Interested', 3], ['Declined', 4], ['No answer', 3]]),
};
/** Customers call in with these; nobody scheduled them. */
const INBOUND_CHANNELS: ReadonlySet<Channel> = new Set(['Phone', 'Chat', 'Email', 'Online']);
const INBOUND_CATEGORIES: ReadonlySet<Category> = new Set(['Complaint', 'Card']);

/** What happened, with `{amount}` (in the bank's currency), `{months}`, `{minutes}`, `{rate}`, `{ltv}` filled in. */
const DETAILS: Record<Category, readonly string[]> = {
  Complaint: [
    'Customer disputed a {amount} charge on the last statement and asked for the fee to be refunded.',
    'Complained about waiting {minutes} minutes on the phone line before reaching an adviser.',
    'A standing order to the landlord was paid two days late; customer asked for the late fee to be covered.',
    'Unhappy about the closure of the local branch; nearest alternative branch and opening hours explained.',
    'Charged twice for the same online purchase of {amount}; duplicate transaction under investigation.',
  ],
  Onboarding: [
    'Current account opened; identity verified with passport and proof of address.',
    'Online banking activated, mobile app set up and debit card PIN explained.',
    'Application started online but proof of address was missing; customer asked to upload a utility bill.',
    'Welcome meeting: savings goals discussed and an easy-access savings account opened with {amount}.',
  ],
  'Mortgage enquiry': [
    'Enquired about remortgaging a {amount} balance when the current fixed rate ends in {months} months.',
    'First-time buyer asking about borrowing up to {amount}; agreement in principle discussed.',
    'Asked for a comparison of 2-year and 5-year fixed rates at {ltv}% loan-to-value.',
    'Wants to overpay the mortgage by {amount} a month; early repayment charges explained.',
  ],
  Card: [
    'Debit card reported lost; card blocked and a replacement sent to the registered address.',
    'Card declined abroad; travel notice added and daily limit raised to {amount}.',
    'Requested a credit card limit increase to {amount}; affordability check completed.',
    'Contactless payments failing; replacement card ordered.',
  ],
  'KYC review': [
    'Periodic KYC review: proof of address older than three years; new document requested.',
    'Source of funds checked for an incoming transfer of {amount}; payslips provided.',
    'Passport expired; customer asked to bring the new passport to the branch.',
    'Annual review completed; occupation and employer details updated.',
  ],
  'Product offer': [
    'Offered a fixed-rate savings bond at {rate}% for 12 months.',
    'Presented the premium current account with travel insurance and airport lounge access.',
    'Suggested a monthly ETF savings plan of {amount} for long-term savings.',
    'Offered home insurance alongside the mortgage renewal.',
  ],
};
const PLANNED_DETAILS: Record<Category, string> = {
  Complaint: 'Call back planned to explain the outcome of the complaint investigation.',
  Onboarding: 'Appointment booked to finish account opening and check identity documents.',
  'Mortgage enquiry': 'Mortgage appointment booked to review the application and affordability.',
  Card: 'Follow-up planned to confirm the replacement card arrived and was activated.',
  'KYC review': 'Periodic KYC review due: identity and address to be re-verified.',
  'Product offer': 'Follow-up planned to present savings options before the current bond matures.',
};

// ---- time ---------------------------------------------------------------------------------------------------------

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
/** Milliseconds the zone's wall clock is ahead of UTC at `epoch`. */
function zoneOffset(timeZone: string, epoch: number): number {
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    zoneFormatters.set(timeZone, formatter);
  }
  const part = Object.fromEntries(formatter.formatToParts(new Date(epoch)).map((entry) => [entry.type, Number(entry.value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - epoch;
}

/** The instant at which the zone's clock shows `minutes` past midnight on the day that starts (UTC) at `dayStart`. */
export function localTime(dayStart: number, minutes: number, timeZone: string): number {
  const wallClock = dayStart + minutes * MINUTE;
  const guess = wallClock - zoneOffset(timeZone, wallClock);
  return wallClock - zoneOffset(timeZone, guess);
}

const isWeekend = (dayStart: number) => [0, 6].includes(new Date(dayStart).getUTCDay());
/** The day itself, or the Monday after a weekend day. */
const weekdayFrom = (dayStart: number) => {
  let day = dayStart;
  while (isWeekend(day)) day += DAY;
  return day;
};

// ---- helpers ------------------------------------------------------------------------------------------------------

type Pools = Map<string, CustomerRecord[]>;

function formatAmount(bankId: string, amount: number): string {
  return bankId === SECOND_BANK_ID ? `${amount.toLocaleString('de-DE')} €` : `£${amount.toLocaleString('en-GB')}`;
}

function detailFor(random: SeededRandom, category: Category, bankId: string): string {
  const amountFor: Record<Category, () => number> = {
    Complaint: () => random.integer(2, 60) * 5,
    Onboarding: () => random.integer(1, 40) * 50,
    'Mortgage enquiry': () => random.integer(8, 90) * 5000,
    Card: () => random.integer(5, 60) * 100,
    'KYC review': () => random.integer(10, 200) * 250,
    'Product offer': () => random.integer(2, 20) * 25,
  };
  return random
    .pick(DETAILS[category])
    .replace('{amount}', () => formatAmount(bankId, amountFor[category]()))
    .replace('{months}', () => String(random.integer(2, 9)))
    .replace('{minutes}', () => String(random.integer(25, 70)))
    .replace('{rate}', () => (random.integer(30, 48) / 10).toFixed(1))
    .replace('{ltv}', () => String(random.pick([60, 75, 85, 90])));
}

const inviteeOf = (customer: CustomerRecord, status: InviteeStatus): MeetingInviteeRecord => ({
  // Exactly as on the customer, so the console's timeline can match the meeting to them.
  contactDetails: { name: customer.legalName, mobilePhone: customer.mobilePhoneNumber, emailAddress: customer.email },
  status,
});

// ---- the seed -----------------------------------------------------------------------------------------------------

export type MeetingSeedOptions = {
  /** The PRNG seed; with the same `now` day, the same value always yields the same meetings and events. */
  randomSeed: number;
  /** "Today" for the seed, epoch milliseconds (default: the clock); meetings and events are placed around it. */
  now?: number;
};

export type MeetingSeedSummary = { meetings: number; crmEvents: number };

/**
 * Meetings around the day the seed runs (so a relationship manager's week is never empty) and CRM events over the past
 * months, both for the first customers of each bank, among them Eveline Tripman. Call inside the seed's transaction,
 * after customers and staff exist. Uses its own generator, so it neither depends on nor shifts the rest of the seed.
 */
export function seedMeetingsAndCrmEvents(database: SandboxDatabase, options: MeetingSeedOptions): MeetingSeedSummary {
  const random = new SeededRandom((options.randomSeed ^ 0x6d656574) >>> 0);
  const repositories = createRepositories(database);
  const today = Math.floor((options.now ?? Date.now()) / DAY) * DAY;

  const candidates = repositories.customers.findByRowIds(Array.from({ length: CUSTOMERS_WITH_HISTORY }, (_, index) => index + 1));
  // CRM events keep the name in 64 characters and invitees the email in 100 (contract §H): others are left out.
  const pools: Pools = new Map();
  for (const customer of candidates) {
    if (codePointLength(customer.legalName) > 64 || codePointLength(customer.email) > 100 || !BANK_TIME_ZONES[customer.bankId]) continue;
    const pool = pools.get(customer.bankId) ?? [];
    pool.push(customer);
    pools.set(customer.bankId, pool);
  }
  const eveline = pools.get(PRIMARY_BANK_ID)?.find((customer) => customer.customerNumber === EVELINE_TRIPMAN.customerNumber);

  const staff = new Map<StaffName, UserRecord>();
  for (const name of ['manager', 'kyc', 'admin'] as const) {
    const user = repositories.users.findByUsername(name);
    if (user) staff.set(name, user);
  }

  const meetings = seedMeetings(random, repositories, { today, pools, staff, eveline });
  const crmEvents = seedCrmEvents(random, repositories, { today, pools, eveline });
  return { meetings, crmEvents };
}

type SeedContext = { today: number; pools: Pools; eveline: CustomerRecord | undefined };
type Repositories = ReturnType<typeof createRepositories>;

function seedMeetings(random: SeededRandom, repositories: Repositories, context: SeedContext & { staff: Map<StaffName, UserRecord> }): number {
  const { today, pools, staff, eveline } = context;
  const booked = new Set<string>();
  let count = 0;

  const book = (bankId: string, staffName: StaffName, day: number, slot: number, purpose: Purpose, provider: Provider, invitees: MeetingInviteeRecord[]) => {
    const user = staff.get(staffName);
    if (!user) return;
    const when = localTime(day, slot, BANK_TIME_ZONES[bankId]!);
    booked.add(`${staffName}/${day}/${slot}`);
    repositories.meetings.create(
      {
        meetingId: random.uuid(),
        bankId,
        providerId: provider,
        purposeId: purpose,
        customerUserId: user.userId,
        staffUserId: user.userId,
        sessionId: '',
        customerToken: '',
        staffToken: '',
        when: formatObpDate(when),
        creator: { ...STAFF_CONTACTS[staffName], emailAddress: user.email },
        invitees,
      },
      // Booked a few days ahead, never after the seed ran.
      formatObpDate(Math.min(when - random.integer(1, 10) * DAY, today)),
    );
    count += 1;
  };

  // Eveline's story first, so the random ones fit around it: a mortgage meeting after her enquiry, her complaint
  // talked through on the phone, the KYC review ahead and an investment conversation she has not confirmed.
  if (eveline) {
    const plan: Array<[StaffName, number, number, Purpose, Provider, InviteeStatus]> = [
      ['manager', -10, 10 * 60, 'mortgage', 'in-person', 'accepted'],
      ['manager', -3, 14 * 60 + 30, 'complaint', 'phone', 'accepted'],
      ['kyc', 2, 11 * 60, 'kyc-review', 'video', 'accepted'],
      ['manager', 9, 15 * 60, 'investment-advice', 'in-person', 'tentative'],
    ];
    for (const [staffName, offset, slot, purpose, provider, status] of plan) {
      book(PRIMARY_BANK_ID, staffName, weekdayFrom(today + offset * DAY), slot, purpose, provider, [inviteeOf(eveline, status)]);
    }
  }

  for (const [bankId, plans] of Object.entries(MEETING_PLANS)) {
    const pool = (pools.get(bankId) ?? []).filter((customer) => customer !== eveline);
    if (pool.length === 0) continue;
    for (let offset = MEETING_DAYS.from; offset < MEETING_DAYS.until; offset += 1) {
      const day = today + offset * DAY;
      if (isWeekend(day)) continue;
      for (const plan of plans) {
        const meetingsToday = random.integer(...plan.meetingsPerDay);
        for (let meeting = 0; meeting < meetingsToday; meeting += 1) {
          const free = SLOTS.filter((slot) => !booked.has(`${plan.staff}/${day}/${slot}`));
          if (free.length === 0) break;
          const slot = random.pick(free);
          const purpose = random.weighted(plan.purposes);
          const statuses = offset < 0 ? PAST_STATUSES : FUTURE_STATUSES;
          const customer = random.pick(pool);
          const invitees = [inviteeOf(customer, random.weighted(statuses))];
          // Joint applicants come together to talk about a mortgage or their investments.
          if ((purpose === 'mortgage' || purpose === 'investment-advice') && random.chance(0.2)) {
            const partner = random.pick(pool);
            if (partner !== customer) invitees.push(inviteeOf(partner, random.weighted(statuses)));
          }
          book(bankId, plan.staff, day, slot, purpose, random.weighted(PROVIDERS_BY_PURPOSE[purpose]), invitees);
        }
      }
    }
  }
  return count;
}

function seedCrmEvents(random: SeededRandom, repositories: Repositories, context: SeedContext): number {
  const { today, pools, eveline } = context;
  let count = 0;
  const record = (
    customer: CustomerRecord,
    category: Category,
    channel: Channel,
    scheduled: number | null,
    actual: number | null,
    result: Result | '',
    detail: string,
  ) => {
    repositories.crmEvents.create({
      crmEventId: random.uuid(),
      bankId: customer.bankId,
      customerName: customer.legalName,
      customerNumber: customer.customerNumber,
      category,
      detail,
      channel,
      scheduledDate: scheduled === null ? null : formatObpDate(scheduled),
      actualDate: actual === null ? null : formatObpDate(actual),
      result,
    });
    count += 1;
  };
  // Eveline's history: onboarding, a lost card, an offer, the mortgage enquiry that led to her meeting, a complaint,
  // and her KYC review ahead. [category, channel, day, minutes past midnight, scheduled?, result, detail]
  if (eveline) {
    const history: Array<[Category, Channel, number, number, boolean, Result | '', string]> = [
      ['Onboarding', 'Branch', -420, 600, true, 'Resolved', 'Current account opened in branch; identity verified with passport and proof of address.'],
      ['Card', 'Phone', -130, 970, false, 'Resolved', 'Debit card reported lost; card blocked and a replacement sent to the registered address.'],
      ['Product offer', 'Email', -60, 660, true, 'Interested', 'Offered a fixed-rate savings bond at 4.1% for 12 months; customer asked for the terms by post.'],
      ['Mortgage enquiry', 'Video', -21, 840, true, 'Follow-up', 'Enquired about remortgaging a £185,000 balance when the current fixed rate ends in 4 months.'],
      ['Complaint', 'Chat', -4, 1135, false, 'Follow-up', 'A standing order to the landlord was paid two days late; customer asked for the late fee to be covered.'],
      ['KYC review', 'Branch', 6, 600, true, '', PLANNED_DETAILS['KYC review']],
    ];
    for (const [category, channel, offset, minutes, scheduled, result, detail] of history) {
      const when = localTime(weekdayFrom(today + offset * DAY), minutes, BANK_TIME_ZONES[PRIMARY_BANK_ID]!);
      record(eveline, category, channel, scheduled ? when : null, offset > 0 ? null : when, result, detail);
    }
  }

  for (const bankId of Object.keys(BANK_TIME_ZONES)) {
    for (const customer of pools.get(bankId) ?? []) {
      if (customer === eveline || !random.chance(0.3)) continue;
      const events = random.integer(1, 4);
      for (let event = 0; event < events; event += 1) {
        const category = random.weighted(CATEGORIES);
        const channel = random.weighted(CHANNELS_BY_CATEGORY[category]);
        const offset = random.integer(CRM_DAYS.from, CRM_DAYS.until);
        const day = weekdayFrom(today + offset * DAY);
        // Chat and online contacts come at any hour of the day; the rest in office hours.
        const minutes = channel === 'Chat' || channel === 'Online' ? random.integer(7 * 60, 22 * 60) : random.pick(SLOTS) + random.integer(0, 25);
        const when = localTime(day, minutes, BANK_TIME_ZONES[bankId]!);
        if (when > today + DAY) {
          record(customer, category, channel, when, null, '', PLANNED_DETAILS[category]);
          continue;
        }
        const inbound = INBOUND_CATEGORIES.has(category) && INBOUND_CHANNELS.has(channel) && random.chance(0.7);
        // Some contacts happen a day or two after they were planned.
        const actual = inbound || random.chance(0.8) ? when : when + random.integer(1, 2) * DAY;
        record(customer, category, channel, inbound ? null : when, Math.min(actual, today + DAY - MINUTE),
          random.weighted(RESULTS_BY_CATEGORY[category]), detailFor(random, category, bankId));
      }
    }
  }
  return count;
}
