import type { crmEventList } from '@/api/schemas/crm-events';
import type * as z from 'zod/mini';
import type { ObpRoute } from '../http/obp-routes';
import { createStaffAtBankGuard } from '../http/staff-at-bank';
import { crmEventJson } from '../json/crm-event-json';
import type { RouteContext } from './route-context';

/**
 * v1.4.0 getCrmEvents (contract §2.2), served v1.4.0 … v5.1.0. OBP checks only the login and the bank (its code has
 * "TODO Require Role"); the sandbox also asks that the user be staff of the bank, as for its meetings. No bank's
 * events is an empty list, as OBP's mapped provider answers.
 */
export function crmEventRoutes({ repositories, guards }: RouteContext): ObpRoute[] {
  const requireStaffAtBank = createStaffAtBankGuard(repositories);

  return [
    {
      method: 'GET',
      url: '/banks/:bankId/crm-events',
      implementedIn: 'v1.4.0',
      operation: 'getCrmEvents',
      handler: (request) => {
        const { bankId } = request.params as { bankId: string };
        const user = guards.authenticate(request);
        guards.requireBank(bankId);
        requireStaffAtBank(user, bankId, 'getCrmEvents');
        const body: z.infer<typeof crmEventList> = { crm_events: repositories.crmEvents.listAtBank(bankId).map(crmEventJson) };
        return body;
      },
    },
  ];
}
