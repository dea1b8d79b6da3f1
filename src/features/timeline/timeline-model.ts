import type { CrmEvent } from '@/api/wire/crm-events';
import type { Customer } from '@/api/wire/customers';
import type { KycCheck, KycDocument, KycStatus } from '@/api/wire/kyc';
import type { Meeting, MeetingInvitee } from '@/api/wire/meetings';
import { sameContact } from '@/lib/contact-match';

/** What a customer's story is made of, one kind per OBP source. */
export const TIMELINE_KINDS = ['meeting', 'crm-event', 'kyc-check', 'kyc-status', 'kyc-document'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineEntry =
  | { kind: 'meeting'; id: string; date: string | undefined; meeting: Meeting; invitee: MeetingInvitee }
  | { kind: 'crm-event'; id: string; date: string | undefined; event: CrmEvent }
  | { kind: 'kyc-check'; id: string; date: string | undefined; check: KycCheck }
  | { kind: 'kyc-status'; id: string; date: string | undefined; status: KycStatus }
  | { kind: 'kyc-document'; id: string; date: string | undefined; document: KycDocument };

type Person = Pick<Customer, 'email' | 'mobilePhoneNumber'>;

/** Meetings that invite the customer, by email or by the digits of the mobile number (OBP links them by nothing else). */
export function meetingEntries(meetings: readonly Meeting[], customer: Person): TimelineEntry[] {
  const person = { email: customer.email, mobile: customer.mobilePhoneNumber };
  return meetings.flatMap((meeting) => {
    const invitee = meeting.invitees.find((candidate) =>
      sameContact({ email: candidate.contactDetails.emailAddress, mobile: candidate.contactDetails.mobilePhone }, person),
    );
    return invitee ? [{ kind: 'meeting' as const, id: `meeting:${meeting.meetingId}`, date: meeting.when, meeting, invitee }] : [];
  });
}

/** CRM events carry the customer's number (and name), not their id. */
export function crmEntries(events: readonly CrmEvent[], customerNumber: string): TimelineEntry[] {
  if (!customerNumber) return [];
  return events
    .filter((event) => event.customerNumber === customerNumber)
    .map((event) => ({ kind: 'crm-event' as const, id: `crm:${event.id}`, date: event.actualDate ?? event.scheduledDate, event }));
}

export const checkEntries = (checks: readonly KycCheck[]): TimelineEntry[] =>
  checks.map((check) => ({ kind: 'kyc-check' as const, id: `check:${check.id}`, date: check.date, check }));

export const statusEntries = (statuses: readonly KycStatus[]): TimelineEntry[] =>
  statuses.map((status, index) => ({ kind: 'kyc-status' as const, id: `status:${status.date ?? ''}:${index}`, date: status.date, status }));

export const documentEntries = (documents: readonly KycDocument[]): TimelineEntry[] =>
  documents.map((document) => ({ kind: 'kyc-document' as const, id: `document:${document.id}`, date: document.issueDate, document }));

const timeOf = (entry: TimelineEntry) => (entry.date ? new Date(entry.date).getTime() : Number.NaN);

/** Newest first; entries OBP has no date for come last, in the order they came. */
export function newestFirst(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((entry, index) => ({ entry, index, time: timeOf(entry) }))
    .sort((a, b) => {
      const aDated = !Number.isNaN(a.time);
      const bDated = !Number.isNaN(b.time);
      if (aDated && bDated && a.time !== b.time) return b.time - a.time;
      if (aDated !== bDated) return aDated ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ entry }) => entry);
}

/** Kinds the user chose to hide, from the URL (`?hide=kyc-status,kyc-document`). */
export function hiddenKinds(params: URLSearchParams): Set<TimelineKind> {
  const values = (params.get('hide') ?? '').split(',');
  return new Set(TIMELINE_KINDS.filter((kind) => values.includes(kind)));
}

export function withHidden(params: URLSearchParams, hidden: ReadonlySet<TimelineKind>): URLSearchParams {
  const next = new URLSearchParams(params);
  const list = TIMELINE_KINDS.filter((kind) => hidden.has(kind));
  if (list.length) next.set('hide', list.join(','));
  else next.delete('hide');
  return next;
}
