import { useOutletContext } from 'react-router';
import type { DeskCustomer } from '@/api/connectors/connector';
import { DeskKycTab } from '@/features/desk/desk-kyc-tab';

export function Component() {
  return <DeskKycTab customer={useOutletContext<DeskCustomer>()} />;
}
