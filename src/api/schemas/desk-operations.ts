/**
 * Customer Desk's own roles and the one table of what each operation of the OpenWealth (bLink) and bankingservice.ai
 * backends needs (issue 9). Staff accounts and their roles live in Customer Desk's server, not in the backend: the
 * server finds the operation of every forwarded call here (method and path below the backend's base URL) and refuses
 * it without one of the roles; the console disables the same actions before any call. An empty list = signed in only.
 */
export const DESK_ROLES = [
  'DeskReadCustomers',
  'DeskReadKycRecord',
  'DeskWriteAddresses',
  'DeskAddContactDetails',
  'DeskCreateCustomers',
  'DeskUpdateCustomers',
  'DeskDeleteCustomers',
] as const;
export type DeskRole = (typeof DESK_ROLES)[number];

export const DESK_BACKENDS = ['openwealth', 'bankingservice'] as const;
export type DeskBackend = (typeof DESK_BACKENDS)[number];

export type DeskMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type DeskOperation = { method: DeskMethod; path: string; roles: readonly DeskRole[] };

export const DESK_OPERATIONS = {
  // OpenWealth Customer Management 1.2.1 (seed 003), paths below the module's base URL.
  openwealth: {
    getCustomers: { method: 'GET', path: '/customers', roles: ['DeskReadCustomers'] },
    getCustomerByCustomerId: { method: 'GET', path: '/customers/:customerId', roles: ['DeskReadCustomers'] },
    getKycByCustomerId: { method: 'GET', path: '/customers/:customerId/kyc', roles: ['DeskReadKycRecord'] },
    getPersons: { method: 'GET', path: '/persons', roles: ['DeskReadCustomers'] },
    getPersonByPersonId: { method: 'GET', path: '/persons/:personId', roles: ['DeskReadCustomers'] },
    getContactDetailsByPersonId: { method: 'GET', path: '/persons/:personId/contactdetails', roles: ['DeskReadCustomers'] },
    postContactDetailsByPersonId: { method: 'POST', path: '/persons/:personId/contactdetails', roles: ['DeskAddContactDetails'] },
    getAddressByCustomerId: { method: 'GET', path: '/customers/:customerId/addresses', roles: ['DeskReadCustomers'] },
    postAddressByCustomerId: { method: 'POST', path: '/customers/:customerId/addresses', roles: ['DeskWriteAddresses'] },
    putAddressByCustomerId: { method: 'PUT', path: '/customers/:customerId/addresses', roles: ['DeskWriteAddresses'] },
    // bLink's module health check: any signed-in staff member may see whether the backend answers.
    healthCheck: { method: 'GET', path: '/healthcheck', roles: [] },
  },
  // bankingservice.ai customers (seed 002).
  bankingservice: {
    listCustomers: { method: 'GET', path: '/v1/profiles/:profileId/customers', roles: ['DeskReadCustomers'] },
    createCustomer: { method: 'POST', path: '/v1/profiles/:profileId/customers', roles: ['DeskCreateCustomers'] },
    getCustomer: { method: 'GET', path: '/v1/profiles/:profileId/customers/:customerId', roles: ['DeskReadCustomers'] },
    updateCustomer: { method: 'PUT', path: '/v1/profiles/:profileId/customers/:customerId', roles: ['DeskUpdateCustomers'] },
    deleteCustomer: { method: 'DELETE', path: '/v1/profiles/:profileId/customers/:customerId', roles: ['DeskDeleteCustomers'] },
  },
} as const satisfies Record<DeskBackend, Record<string, DeskOperation>>;

export type DeskOperationId<Backend extends DeskBackend = DeskBackend> = { [B in Backend]: keyof (typeof DESK_OPERATIONS)[B] & string }[Backend];

/** The operation a method and path (below the backend's base URL, no query) is, with its path parameters. */
export function matchDeskOperation(
  backend: DeskBackend,
  method: string,
  path: string,
): { operationId: string; operation: DeskOperation; params: Record<string, string> } | undefined {
  const segments = path.split('/').slice(1);
  for (const [operationId, operation] of Object.entries(DESK_OPERATIONS[backend] as Record<string, DeskOperation>)) {
    if (operation.method !== method.toUpperCase()) continue;
    const pattern = operation.path.split('/').slice(1);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index]!;
      if (!part.startsWith(':')) return part === segment;
      // No empty or dot segments: a forwarded path must not climb out of the backend's base URL.
      if (segment === '' || segment === '.' || segment === '..') return false;
      try {
        params[part.slice(1)] = decodeURIComponent(segment);
      } catch {
        return false;
      }
      return params[part.slice(1)] !== '.' && params[part.slice(1)] !== '..';
    });
    if (matches) return { operationId, operation, params };
  }
  return undefined;
}

/** At least one of the operation's roles (none listed: signed in is enough). */
export function deskRolesAllow(held: readonly string[], roles: readonly DeskRole[]): boolean {
  return roles.length === 0 || roles.some((role) => held.includes(role));
}

/** Wire shapes of Customer Desk's own endpoints. */
export type DeskSessionAnswer = { token: string; expires_at: string };
export type DeskMeAnswer = { user_id: string; username: string; display_name: string; roles: DeskRole[]; backend: DeskBackend };
export type DeskHealthAnswer = { backend: DeskBackend; status: 'up' | 'down'; checked_at: string; backend_status?: string; backend_timestamp?: string };
