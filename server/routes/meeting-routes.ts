import { randomUUID } from 'node:crypto';
import { postMeeting, type meetingList } from '@/api/schemas/meetings';
import type * as z from 'zod/mini';
import { CREATE_MEETING_JSON, meetingNotFound } from '../errors/meeting-error-messages';
import { badRequest } from '../errors/obp-error';
import type { ObpRoute } from '../http/obp-routes';
import { extractBody } from '../http/request-body';
import { createStaffAtBankGuard } from '../http/staff-at-bank';
import { meetingJsonV310 } from '../json/meeting-json';
import { formatObpDate, isValidObpDate } from '../json/obp-dates';
import type { MeetingRecord } from '../repositories/meeting-repository';
import { crmEventRoutes } from './crm-event-routes';
import { checkMeetingFields } from './meeting-input';
import type { RouteContext } from './route-context';

/** The meetings (contract §2.32–2.34) and CRM events (§2.2) of a bank: what a relationship manager plans and records. */
export function meetingAndCrmEventRoutes(context: RouteContext): ObpRoute[] {
  return [...meetingRoutes(context), ...crmEventRoutes(context)];
}

/**
 * OBP checks only the login and the bank here; the sandbox also asks that the user be staff of the bank (any role at
 * it, or at any bank), as it does for the bank's CRM events.
 */
export function meetingRoutes({ repositories, guards, config }: RouteContext): ObpRoute[] {
  const requireStaffAtBank = createStaffAtBankGuard(repositories);

  return [
    {
      method: 'POST',
      url: '/banks/:bankId/meetings',
      implementedIn: 'v3.1.0',
      operation: 'createMeeting',
      handler: (request, reply) => {
        const { bankId } = request.params as { bankId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        requireStaffAtBank(user, bankId, 'createMeeting');
        // OBP's v3.1.0 code names the v2.0.0 class in this message; lift-json cannot read a date that does not exist.
        const body = extractBody(request.body, postMeeting, CREATE_MEETING_JSON, (value) => isValidObpDate(value.date));
        checkMeetingFields(body);
        const toContact = (contact: (typeof body)['creator']) => ({
          name: contact.name,
          mobilePhone: contact.mobile_phone,
          emailAddress: contact.email_address,
        });
        const meeting: MeetingRecord = {
          meetingId: randomUUID(),
          bankId,
          providerId: body.provider_id,
          purposeId: body.purpose_id,
          customerUserId: user.userId,
          // Stricter and fuller than OBP, which never sets it: the staff user who booked the meeting.
          staffUserId: user.userId,
          sessionId: '',
          customerToken: '',
          staffToken: '',
          when: body.date,
          creator: toContact(body.creator),
          invitees: body.invitees.map((invitee) => ({ contactDetails: toContact(invitee.contact_details), status: invitee.status })),
        };
        repositories.meetings.create(meeting, formatObpDate(config.now()));
        return reply.code(201).send(meetingJsonV310(meeting));
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/meetings',
      implementedIn: 'v3.1.0',
      operation: 'getMeetings',
      handler: (request) => {
        const { bankId } = request.params as { bankId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        requireStaffAtBank(user, bankId, 'getMeetings');
        const body: z.infer<typeof meetingList> = { meetings: repositories.meetings.listAtBank(bankId).map(meetingJsonV310) };
        return body;
      },
    },
    {
      method: 'GET',
      url: '/banks/:bankId/meetings/:meetingId',
      implementedIn: 'v3.1.0',
      operation: 'getMeeting',
      handler: (request) => {
        const { bankId, meetingId } = request.params as { bankId: string; meetingId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        requireStaffAtBank(user, bankId, 'getMeeting');
        // OBP answers an unknown meeting, or one of another bank, with 400 (not 404).
        const meeting = repositories.meetings.findAtBank(bankId, meetingId);
        if (!meeting) throw badRequest(meetingNotFound(meetingId));
        return meetingJsonV310(meeting);
      },
    },
  ];
}
