import { useOutletContext } from 'react-router';
import type { DeskCustomer } from '@/api/connectors/connector';
import { DeskCustomerForm } from '@/features/desk/desk-customer-form';

export function Component() {
  return <DeskCustomerForm customer={useOutletContext<DeskCustomer>()} />;
}
