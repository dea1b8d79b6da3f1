import { createDeskSession } from '@/api/resources/desk-staff';
import { startSession } from './session';

/** Signs a staff member in to Customer Desk's own server (issue 9); the session then works like a DirectLogin one. */
export async function signInToDesk(username: string, password: string): Promise<void> {
  startSession(await createDeskSession(username, password));
}
