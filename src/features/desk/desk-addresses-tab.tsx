import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { DeskCustomer } from '@/api/connectors/connector';
import { deskConnector, deskCustomerQueries } from '@/api/resources/desk-customers';
import { ErrorMessage } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { useI18n } from '@/i18n/i18n-context';
import { useDeskPermission } from '@/lib/desk-permissions';
import { sortActions } from '@/lib/gated-actions';
import { DeskAddressForm } from './desk-address-form';
import { formatDeskAddress } from './desk-format';
import { DeskGatedButton, DeskUnavailableActions } from './desk-role-note';

/** The customer's OpenWealth addresses (its `addressList`, read one by one), with create and update. */
export function DeskAddressesTab({ customer }: { customer: DeskCustomer }) {
  const { t } = useI18n();
  const headingId = useId();
  const connector = deskConnector();
  const addresses = useQuery(deskCustomerQueries.addresses(customer));
  const createPermission = useDeskPermission(connector.backend, connector.operations.createAddress);
  const updatePermission = useDeskPermission(connector.backend, connector.operations.updateAddress);
  // What the staff member's roles never allow is listed once under the heading, not a disabled button on every card.
  const actions = sortActions({
    add: { label: t('desk.addresses.add'), permission: createPermission },
    edit: { label: t('desk.addresses.editAction'), permission: updatePermission },
  });
  const [editing, setEditing] = useState<string | 'new' | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const done = (message: string) => {
    setEditing(undefined);
    setSaved(message);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('desk.tab.addresses')}</h2>
      {saved ? (
        <p role="status" className="alert alert-info">
          {saved}
        </p>
      ) : null}
      <DeskUnavailableActions actions={actions.unavailable} />
      {editing === 'new' ? (
        <DeskAddressForm customerId={customer.id} onDone={done} onCancel={() => setEditing(undefined)} />
      ) : actions.shown.add ? (
        <DeskGatedButton
          permission={createPermission}
          className="button button-primary"
          onClick={() => {
            setSaved(undefined);
            setEditing('new');
          }}
        >
          {t('desk.addresses.add')}
        </DeskGatedButton>
      ) : null}
      {addresses.isPending ? <Loading /> : null}
      {addresses.isError ? <ErrorMessage error={addresses.error} onRetry={() => void addresses.refetch()} /> : null}
      {addresses.data && addresses.data.length === 0 ? <EmptyState>{t('desk.addresses.empty')}</EmptyState> : null}
      <ul className="desk-cards">
        {addresses.data?.map((address) => (
          <li key={address.id} className="desk-card">
            {editing === address.id ? (
              <DeskAddressForm customerId={customer.id} address={address} onDone={done} onCancel={() => setEditing(undefined)} />
            ) : (
              <>
                <h3>{address.name ?? t('desk.addresses.numbered', { id: address.id })}</h3>
                <p>{formatDeskAddress(address) || t('common.notRecorded')}</p>
                <p className="desk-flags">
                  {address.isDomicile ? <span className="badge badge-ok">{t('desk.addresses.domicile')}</span> : null}
                  {address.isMailingAddress ? <span className="badge badge-warning">{t('desk.addresses.mailing')}</span> : null}
                </p>
                {actions.shown.edit ? (
                  <DeskGatedButton
                    permission={updatePermission}
                    aria-label={t('desk.addresses.editNamed', { name: address.name ?? address.id })}
                    onClick={() => {
                      setSaved(undefined);
                      setEditing(address.id);
                    }}
                  >
                    {t('desk.addresses.edit')}
                  </DeskGatedButton>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
