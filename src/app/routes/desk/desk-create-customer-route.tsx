import { DeskCustomerForm } from '@/features/desk/desk-customer-form';

export function Component() {
  return <DeskCustomerForm />;
}
