import type { Meeting } from '@/api/wire/meetings';
import { normalisedEmail } from '@/lib/contact-match';
import { addMinutes } from './calendar';
import { durationOf } from './meeting-durations';

export const DURATIONS = [15, 30, 45, 60, 90, 120] as const;
export const DEFAULT_DURATION = 30;
/** A creator's meetings closer together than this are worth a warning. */
export const CONFLICT_WINDOW_MINUTES = 30;

export type TimedMeeting = { id: string; start: Date; end: Date; meeting: Meeting };

/** A meeting placed in time: OBP has no duration, so the one chosen in this tab (else 30 minutes) gives its end. */
export function timed(meeting: Meeting): TimedMeeting | undefined {
  if (!meeting.when) return undefined;
  const start = new Date(meeting.when);
  if (Number.isNaN(start.getTime())) return undefined;
  return { id: meeting.meetingId, start, end: addMinutes(start, durationOf(meeting.meetingId)), meeting };
}

export function timedMeetings(meetings: readonly Meeting[]): TimedMeeting[] {
  return meetings.flatMap((meeting) => timed(meeting) ?? []).sort((a, b) => a.start.getTime() - b.start.getTime());
}

export type MeetingFilters = { purpose: string; provider: string };

export function matchesFilters(meeting: Meeting, filters: MeetingFilters): boolean {
  return (!filters.purpose || meeting.purposeId === filters.purpose) && (!filters.provider || meeting.providerId === filters.provider);
}

/** The filter choices: the suggestions, then every other id the bank's meetings use. */
export function filterOptions(known: readonly string[], used: Iterable<string>): string[] {
  const others = [...new Set(used)].filter((id) => id && !known.includes(id)).sort((a, b) => a.localeCompare(b));
  return [...known, ...others];
}

const normalisedName = (value: string) => value.trim().replace(/\s+/g, ' ').toLowerCase();

/** The same creator: by email when both have one, else by name. */
export function sameCreator(a: { name: string; emailAddress: string }, b: { name: string; emailAddress: string }): boolean {
  const emailA = normalisedEmail(a.emailAddress);
  const emailB = normalisedEmail(b.emailAddress);
  if (emailA && emailB && emailA === emailB) return true;
  const nameA = normalisedName(a.name);
  return nameA !== '' && nameA === normalisedName(b.name);
}

export type Proposed = { start: Date; durationMinutes: number; creator: { name: string; emailAddress: string } };

/**
 * The creator's meetings that start within 30 minutes of the proposed start or overlap the proposed meeting.
 * A warning only: a manager may well mean to double-book.
 */
export function findConflicts(meetings: readonly Meeting[], proposed: Proposed): TimedMeeting[] {
  const start = proposed.start.getTime();
  const end = addMinutes(proposed.start, proposed.durationMinutes).getTime();
  const window = CONFLICT_WINDOW_MINUTES * 60_000;
  return timedMeetings(meetings).filter((existing) => {
    if (!sameCreator(existing.meeting.creator, proposed.creator)) return false;
    const near = Math.abs(existing.start.getTime() - start) < window;
    const overlaps = existing.start.getTime() < end && start < existing.end.getTime();
    return near || overlaps;
  });
}
