import { useOutletContext } from 'react-router';
import type { DeskCustomer } from '@/api/connectors/connector';
import { DeskAddressesTab } from '@/features/desk/desk-addresses-tab';

export function Component() {
  return <DeskAddressesTab customer={useOutletContext<DeskCustomer>()} />;
}
