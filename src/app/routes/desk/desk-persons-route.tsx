import { useOutletContext } from 'react-router';
import type { DeskCustomer } from '@/api/connectors/connector';
import { DeskPersonsTab } from '@/features/desk/desk-persons-tab';

export function Component() {
  return <DeskPersonsTab customer={useOutletContext<DeskCustomer>()} />;
}
