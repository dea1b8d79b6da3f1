import { beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '@/api/wire/meetings';
import { rememberDuration, resetDurations } from './meeting-durations';
import { filterOptions, findConflicts, matchesFilters, sameCreator, timedMeetings } from './meeting-model';

const meetingAt = (id: string, when: string | undefined, creator = { name: 'Mary Manager', mobilePhone: '', emailAddress: 'manager@example.com' }): Meeting => ({
  meetingId: id,
  providerId: 'in-person',
  purposeId: 'mortgage',
  bankId: 'gh.29.uk',
  present: { staffUserId: '', customerUserId: '' },
  when,
  creator,
  invitees: [],
});

const proposed = (time: string, durationMinutes = 30, creator = { name: 'Mary Manager', emailAddress: 'manager@example.com' }) => ({
  start: new Date(time),
  durationMinutes,
  creator,
});

beforeEach(() => {
  resetDurations();
});

describe('the clash check', () => {
  const existing = [meetingAt('m1', '2026-11-24T10:00:00Z')];

  it('warns about the creator’s meeting 15 minutes earlier or later', () => {
    expect(findConflicts(existing, proposed('2026-11-24T10:15:00Z')).map((entry) => entry.id)).toEqual(['m1']);
    expect(findConflicts(existing, proposed('2026-11-24T09:45:00Z')).map((entry) => entry.id)).toEqual(['m1']);
  });

  it('does not warn at 30 minutes apart or more when nothing overlaps', () => {
    expect(findConflicts(existing, proposed('2026-11-24T10:30:00Z'))).toEqual([]);
    expect(findConflicts(existing, proposed('2026-11-24T09:30:00Z'))).toEqual([]);
  });

  it('warns when a longer meeting would run into the next one', () => {
    expect(findConflicts(existing, proposed('2026-11-24T09:00:00Z', 90)).map((entry) => entry.id)).toEqual(['m1']);
  });

  it('uses the duration chosen when a meeting was scheduled in this tab', () => {
    rememberDuration('m1', 120);
    expect(findConflicts(existing, proposed('2026-11-24T11:00:00Z')).map((entry) => entry.id)).toEqual(['m1']);
  });

  it('looks only at the same creator, matched by email or by name', () => {
    expect(findConflicts(existing, proposed('2026-11-24T10:15:00Z', 30, { name: 'Someone Else', emailAddress: 'other@example.com' }))).toEqual([]);
    expect(findConflicts(existing, proposed('2026-11-24T10:15:00Z', 30, { name: 'mary  manager', emailAddress: '' }))).toHaveLength(1);
    expect(findConflicts(existing, proposed('2026-11-24T10:15:00Z', 30, { name: 'M.', emailAddress: 'MANAGER@example.com' }))).toHaveLength(1);
  });

  it('matches creators as people do', () => {
    expect(sameCreator({ name: 'A', emailAddress: 'x@y.z' }, { name: 'B', emailAddress: 'X@Y.Z ' })).toBe(true);
    expect(sameCreator({ name: '', emailAddress: '' }, { name: '', emailAddress: '' })).toBe(false);
  });
});

describe('meetings in time', () => {
  it('leaves out meetings without a date and sorts the rest by start', () => {
    const sorted = timedMeetings([meetingAt('late', '2026-11-25T10:00:00Z'), meetingAt('none', undefined), meetingAt('early', '2026-11-23T10:00:00Z')]);
    expect(sorted.map((entry) => entry.id)).toEqual(['early', 'late']);
    expect(sorted[0]!.end.getTime() - sorted[0]!.start.getTime()).toBe(30 * 60_000);
  });

  it('filters by purpose and provider', () => {
    const meeting = meetingAt('m', '2026-11-23T10:00:00Z');
    expect(matchesFilters(meeting, { purpose: '', provider: '' })).toBe(true);
    expect(matchesFilters(meeting, { purpose: 'mortgage', provider: 'in-person' })).toBe(true);
    expect(matchesFilters(meeting, { purpose: 'complaint', provider: '' })).toBe(false);
    expect(matchesFilters(meeting, { purpose: '', provider: 'video' })).toBe(false);
  });

  it('offers the suggestions first, then every other id in use', () => {
    expect(filterOptions(['a', 'b'], ['zeta', 'b', '', 'alpha', 'zeta'])).toEqual(['a', 'b', 'alpha', 'zeta']);
  });
});
