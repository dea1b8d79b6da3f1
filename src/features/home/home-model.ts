import type { Meeting } from '@/api/wire/meetings';

/** The meetings of one member of staff: the ones they set up (OBP's `present.staff_user_id`) or created by name. */
export function meetingsOf(meetings: readonly Meeting[], user: { userId: string; username: string }): Meeting[] {
  return meetings.filter((meeting) => meeting.present.staffUserId === user.userId || meeting.creator.name === user.username);
}

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

/**
 * Today's meetings and those of the next six days (in the user's own calendar), each list by time. Meetings without
 * a date, or already over before today, are left out.
 */
export function upcoming(meetings: readonly Meeting[], now = new Date()): { today: Meeting[]; week: Meeting[] } {
  const today = startOfDay(now).getTime();
  const tomorrow = startOfDay(new Date(today + 36 * 3_600_000)).getTime();
  const weekEnd = startOfDay(new Date(today + 7.5 * 86_400_000)).getTime();
  const dated = meetings
    .flatMap((meeting) => (meeting.when ? [{ meeting, at: new Date(meeting.when).getTime() }] : []))
    .filter(({ at }) => at >= today && at < weekEnd)
    .sort((left, right) => left.at - right.at);
  return {
    today: dated.filter(({ at }) => at < tomorrow).map(({ meeting }) => meeting),
    week: dated.filter(({ at }) => at >= tomorrow).map(({ meeting }) => meeting),
  };
}

/** A calendar day OBP keeps at midnight UTC ("2026-03-10T00:00:00Z") → its day number, to compare days, not instants. */
const dayNumber = (value: string) => Math.floor(Date.parse(value) / 86_400_000);
const todayNumber = (now: Date) => Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);

/** Days from today to an expiry day when it is within `within` days (0 = today), else undefined; past ones too. */
export function daysToExpiry(expiryDate: string | null | undefined, now = new Date(), within = 30): number | undefined {
  if (!expiryDate || Number.isNaN(Date.parse(expiryDate))) return undefined;
  const days = dayNumber(expiryDate) - todayNumber(now);
  return days >= 0 && days <= within ? days : undefined;
}
