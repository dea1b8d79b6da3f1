import type { customerIdList, customerListWithAttributesV300 } from '@/api/schemas/customers';
import type * as z from 'zod/mini';
import type { ObpRoute } from '../http/obp-routes';
import { customerJsonV300, withAttributes } from '../json/customer-json';
import { userJsonV300 } from '../json/user-json';
import type { RouteContext } from './route-context';

/** The signed-in user: who they are, their entitlements, the customers linked to them (contract §G, §2.28). */
export function userRoutes({ repositories, guards }: RouteContext): ObpRoute[] {
  return [
    {
      method: 'GET',
      url: '/users/current',
      implementedIn: 'v3.0.0',
      operation: 'getCurrentUser',
      handler: (request) => {
        const user = guards.authenticate(request);
        return userJsonV300(user, repositories.users.entitlements(user.userId));
      },
    },
    {
      method: 'GET',
      url: '/users/current/customers',
      implementedIn: 'v3.0.0',
      operation: 'getCustomersForCurrentUser',
      handler: (request) => {
        const user = guards.authenticate(request);
        const customers = repositories.userCustomerLinks.customersOfUser(user.userId);
        const attributes = repositories.customerAttributes.ofCustomers(customers.map((customer) => customer.customerId));
        const body: z.infer<typeof customerListWithAttributesV300> = {
          customers: customers.map((customer) => withAttributes(customerJsonV300(customer), attributes.get(customer.customerId)!)),
        };
        return body;
      },
    },
    {
      method: 'GET',
      url: '/users/current/customers/customer_ids',
      implementedIn: 'v5.1.0',
      operation: 'getCustomerIdsForCurrentUser',
      handler: (request) => {
        const user = guards.authenticate(request);
        const body: z.infer<typeof customerIdList> = {
          customers: repositories.userCustomerLinks.customerIdsOfUser(user.userId).map((id) => ({ id })),
        };
        return body;
      },
    },
  ];
}
