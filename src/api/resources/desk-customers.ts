import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { activeConnector } from '@/api/connectors/active-connector';
import type { Connector, CustomerPageRequest, DeskAddressInput, DeskContactDetailInput, DeskCustomer, DeskCustomerInput } from '@/api/connectors/connector';
import { ObpError } from '@/api/errors';

/**
 * The customer resources on the OpenWealth and bankingservice.ai backends (issue 9): one key per backend operation,
 * answered by the active connector. A query of a capability the connector lacks is never built (the screen does not
 * show it); calling one anyway fails as "not served" rather than guessing.
 */
const unsupported = () => new ObpError(404, 'DESK-10404', 'This backend does not offer this operation.');
function required<Key extends keyof Connector>(connector: Connector, key: Key): NonNullable<Connector[Key]> {
  const method = connector[key];
  if (!method) throw unsupported();
  return method as NonNullable<Connector[Key]>;
}

export const deskCustomerQueries = {
  all: () => ['desk-customers', activeConnector().backend] as const,
  list: (request: CustomerPageRequest) =>
    queryOptions({
      queryKey: [...deskCustomerQueries.all(), 'list', request.cursor ?? '', request.page ?? 0, request.size] as const,
      queryFn: ({ signal }) => activeConnector().listCustomers(request, { signal }),
    }),
  customer: (customerId: string) => [...deskCustomerQueries.all(), 'customer', customerId] as const,
  detail: (customerId: string) =>
    queryOptions({
      queryKey: [...deskCustomerQueries.customer(customerId), 'detail'] as const,
      queryFn: ({ signal }) => activeConnector().getCustomer(customerId, { signal }),
    }),
  addresses: (customer: DeskCustomer) =>
    queryOptions({
      queryKey: [...deskCustomerQueries.customer(customer.id), 'addresses', customer.addressIds.join(',')] as const,
      queryFn: ({ signal }) => required(activeConnector(), 'getAddresses')(customer, { signal }),
    }),
  kyc: (customerId: string) =>
    queryOptions({
      queryKey: [...deskCustomerQueries.customer(customerId), 'kyc'] as const,
      queryFn: ({ signal }) => required(activeConnector(), 'getKycRecord')(customerId, { signal }),
    }),
  person: (personId: string) =>
    queryOptions({
      queryKey: [...deskCustomerQueries.all(), 'person', personId] as const,
      queryFn: ({ signal }) => required(activeConnector(), 'getPerson')(personId, { signal }),
    }),
  contactDetails: (personId: string) =>
    queryOptions({
      queryKey: [...deskCustomerQueries.all(), 'person', personId, 'contact-details'] as const,
      queryFn: ({ signal }) => required(activeConnector(), 'getContactDetails')(personId, { signal }),
    }),
  health: () =>
    queryOptions({
      queryKey: [...deskCustomerQueries.all(), 'health'] as const,
      queryFn: ({ signal }) => required(activeConnector(), 'health')({ signal }),
      refetchInterval: 60_000,
      staleTime: 30_000,
    }),
};

export function useCreateDeskAddress(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeskAddressInput) => required(activeConnector(), 'createAddress')(customerId, input),
    // The customer's address list grows: the record and its addresses are read again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deskCustomerQueries.customer(customerId) }),
  });
}

export function useUpdateDeskAddress(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ addressId, input }: { addressId: string; input: DeskAddressInput }) => required(activeConnector(), 'updateAddress')(customerId, addressId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deskCustomerQueries.customer(customerId) }),
  });
}

export function useAddDeskContactDetail(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeskContactDetailInput) => required(activeConnector(), 'addContactDetail')(personId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...deskCustomerQueries.all(), 'person', personId] }),
  });
}

export function useCreateDeskCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeskCustomerInput) => required(activeConnector(), 'createCustomer')(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...deskCustomerQueries.all(), 'list'] }),
  });
}

export function useUpdateDeskCustomer(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DeskCustomerInput) => required(activeConnector(), 'updateCustomer')(customerId, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: deskCustomerQueries.customer(customerId) });
      await queryClient.invalidateQueries({ queryKey: [...deskCustomerQueries.all(), 'list'] });
    },
  });
}

export function useDeleteDeskCustomer(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => required(activeConnector(), 'deleteCustomer')(customerId),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: deskCustomerQueries.customer(customerId) });
      await queryClient.invalidateQueries({ queryKey: [...deskCustomerQueries.all(), 'list'] });
    },
  });
}

/** What the connected backend can do, for screens to show only that. */
export const deskCapabilities = () => activeConnector().capabilities;
export const deskConnector = () => activeConnector();
