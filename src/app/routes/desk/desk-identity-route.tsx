import { useOutletContext } from 'react-router';
import type { DeskCustomer } from '@/api/connectors/connector';
import { DeskIdentityTab } from '@/features/desk/desk-identity-tab';

export function Component() {
  return <DeskIdentityTab customer={useOutletContext<DeskCustomer>()} />;
}
