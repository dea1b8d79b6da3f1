import { describe, expect, it } from 'vitest';
import { newMeetingPath, parseScheduleParams, toScheduleParams, weekOfPath } from './meeting-params';

describe('the scheduler’s URL', () => {
  it('defaults to this week’s calendar', () => {
    expect(parseScheduleParams(new URLSearchParams(), new Date(2026, 10, 25))).toEqual({
      view: 'week',
      week: '2026-11-25',
      purpose: '',
      provider: '',
      mine: false,
      focus: '',
    });
  });

  it('round-trips view, week and filters, and ignores a week that is not a day', () => {
    const state = parseScheduleParams(new URLSearchParams('view=agenda&week=2026-11-23&purpose=mortgage&provider=video&mine=1'));
    expect(state).toMatchObject({ view: 'agenda', week: '2026-11-23', purpose: 'mortgage', provider: 'video', mine: true });
    expect(toScheduleParams(state).toString()).toBe('view=agenda&week=2026-11-23&purpose=mortgage&provider=video&mine=1');
    expect(parseScheduleParams(new URLSearchParams('week=2026-13-01'), new Date(2026, 0, 5)).week).toBe('2026-01-05');
    expect(parseScheduleParams(new URLSearchParams('view=month')).view).toBe('week');
  });

  it('builds links to a week, a new meeting and a booking for a customer', () => {
    expect(weekOfPath('gh.29.uk', '2026-11-24', 'm-1')).toBe('/banks/gh.29.uk/meetings?view=week&week=2026-11-24&focus=m-1');
    expect(newMeetingPath('gh.29.uk')).toBe('/banks/gh.29.uk/meetings/new');
    expect(newMeetingPath('gh.29.uk', 'c/1')).toBe('/banks/gh.29.uk/meetings/new?customerId=c%2F1');
  });
});
