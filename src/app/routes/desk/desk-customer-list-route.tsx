import { DeskCustomerList } from '@/features/desk/desk-customer-list';

export function Component() {
  return <DeskCustomerList />;
}
