/**
 * OBP's meetings have no duration (`CreateMeetingJsonV310` has only a date), so the length chosen when scheduling is
 * kept in this browser tab only: it sizes the meeting in the week view and feeds the conflict check. Other meetings
 * count as 30 minutes. Kept in sessionStorage (ids and minutes, nothing personal) so a reload keeps it.
 */
const STORAGE_KEY = 'customer-desk.meeting-durations';
export const ASSUMED_DURATION = 30;

let durations: Map<string, number> | undefined;

function load(): Map<string, number> {
  if (durations) return durations;
  durations = new Map();
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>;
    for (const [id, minutes] of Object.entries(stored)) {
      if (typeof minutes === 'number' && minutes > 0 && minutes <= 24 * 60) durations.set(id, minutes);
    }
  } catch {
    // Unreadable: start afresh.
  }
  return durations;
}

export function durationOf(meetingId: string): number {
  return load().get(meetingId) ?? ASSUMED_DURATION;
}

/** The duration chosen in this tab, if the meeting was scheduled here. */
export function knownDuration(meetingId: string): number | undefined {
  return load().get(meetingId);
}

export function rememberDuration(meetingId: string, minutes: number): void {
  const map = load();
  map.set(meetingId, minutes);
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(map)));
  } catch {
    // Not kept across a reload: harmless.
  }
}

/** For tests: forget what was loaded. */
export function resetDurations(): void {
  durations = undefined;
}
