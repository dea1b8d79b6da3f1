import { useMatch, useParams } from 'react-router';
import { ScheduleMeetingPage } from '@/features/meetings/meeting-form';
import { MeetingPage } from '@/features/meetings/meeting-page';
import { MeetingsPage } from '@/features/meetings/meetings-page';

/** `/banks/:bankId/meetings` (the week), `…/meetings/new` (schedule) and `…/meetings/:meetingId` (one meeting). */
export function Component() {
  const { bankId = '', meetingId } = useParams();
  const scheduling = useMatch('/banks/:bankId/meetings/new') !== null;
  if (scheduling) return <ScheduleMeetingPage key={bankId} bankId={bankId} />;
  if (meetingId) return <MeetingPage key={`${bankId}/${meetingId}`} bankId={bankId} meetingId={meetingId} />;
  return <MeetingsPage key={bankId} bankId={bankId} />;
}
