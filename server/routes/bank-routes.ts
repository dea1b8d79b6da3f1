import type { ObpRoute } from '../http/obp-routes';
import { bankJson400, bankJson500 } from '../json/bank-json';
import type { RouteContext } from './route-context';

/** Banks are public in OBP (no login needed), as here. */
export function bankRoutes({ repositories, guards }: RouteContext): ObpRoute[] {
  return [
    {
      method: 'GET',
      url: '/banks',
      implementedIn: 'v4.0.0',
      operation: 'getBanks',
      handler: () => ({ banks: repositories.banks.list().map(bankJson400) }),
    },
    {
      method: 'GET',
      url: '/banks/:bankId',
      implementedIn: 'v5.0.0',
      operation: 'getBank',
      handler: (request) => bankJson500(guards.requireBank((request.params as { bankId: string }).bankId)),
    },
  ];
}
