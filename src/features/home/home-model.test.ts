import { describe, expect, it } from 'vitest';
import type { Meeting } from '@/api/wire/meetings';
import { daysToExpiry, meetingsOf, upcoming } from './home-model';

const meeting = (id: string, when: string | undefined, staff = 'u-1', creator = 'manager'): Meeting => ({
  meetingId: id,
  providerId: 'phone',
  purposeId: 'onboarding',
  bankId: 'gh.29.uk',
  present: { staffUserId: staff, customerUserId: '' },
  when,
  creator: { name: creator, mobilePhone: '', emailAddress: '' },
  invitees: [],
});

describe('home page meetings', () => {
  it('keeps the meetings the user set up or created by name', () => {
    const list = [meeting('a', undefined, 'u-1', 'x'), meeting('b', undefined, 'u-2', 'manager'), meeting('c', undefined, 'u-2', 'kyc')];
    expect(meetingsOf(list, { userId: 'u-1', username: 'manager' }).map((item) => item.meetingId)).toEqual(['a', 'b']);
  });

  it('splits today from the next six days, by time, and leaves out the past, the undated and the later', () => {
    const now = new Date(2026, 2, 10, 12, 0);
    const at = (day: number, hour: number) => new Date(2026, 2, day, hour, 0).toISOString();
    const list = [
      meeting('later-today', at(10, 16)),
      meeting('earlier-today', at(10, 9)),
      meeting('yesterday', at(9, 16)),
      meeting('tomorrow', at(11, 9)),
      meeting('in-six-days', at(16, 9)),
      meeting('in-eight-days', at(18, 9)),
      meeting('undated', undefined),
    ];
    const { today, week } = upcoming(list, now);
    expect(today.map((item) => item.meetingId)).toEqual(['earlier-today', 'later-today']);
    expect(week.map((item) => item.meetingId)).toEqual(['tomorrow', 'in-six-days']);
  });
});

describe('documents expiring within 30 days', () => {
  const now = new Date(2026, 2, 10, 23, 30);
  it('counts calendar days from today, today and the 30th day included', () => {
    expect(daysToExpiry('2026-03-10T00:00:00Z', now)).toBe(0);
    expect(daysToExpiry('2026-04-09T00:00:00Z', now)).toBe(30);
  });
  it('leaves out what expired, what expires later, and what has no date', () => {
    expect(daysToExpiry('2026-03-09T00:00:00Z', now)).toBeUndefined();
    expect(daysToExpiry('2026-04-10T00:00:00Z', now)).toBeUndefined();
    expect(daysToExpiry(null, now)).toBeUndefined();
  });
});
