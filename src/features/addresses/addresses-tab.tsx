import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { CustomerAddress } from '@/api/wire/addresses';
import { UnreadableRows } from '@/components/unreadable-rows';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorMessage, ErrorText } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { GatedButton, UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/api/resources/customers';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { AddressCard } from './address-card';
import { AddressForm } from './address-form';
import { addressSummary, addressTitle } from './address-format';
import { sortAddresses } from './address-form-schema';
import { useDeleteAddress } from '@/api/resources/addresses';
import { addressQueries } from '@/api/resources/addresses';
import './addresses.css';

type Props = { bankId: string; customerId: string };

/** What the form is doing: nothing, adding, or editing one address (shown in that address's place). */
type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; address: CustomerAddress };
type Notice = { text: string; statusReplaced?: { sent: string; saved: string } };

/** A customer's addresses (contract §2.8, §2.10, §2.14, §2.25): list, add, edit, delete, each gated by its own role. */
export function AddressesTab({ bankId, customerId }: Props) {
  const { t, language } = useI18n();
  const idPrefix = useId();
  const headingId = `${idPrefix}-title`;
  const addButtonId = `${idPrefix}-add`;
  const editButtonId = (address: CustomerAddress) => `${idPrefix}-edit-${address.customerAddressId}`;
  const deleteButtonId = (address: CustomerAddress) => `${idPrefix}-delete-${address.customerAddressId}`;
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));
  const canRead = usePermission('getCustomerAddresses', bankId);
  const canCreate = usePermission('createCustomerAddress', bankId);
  const canUpdate = usePermission('updateCustomerAddress', bankId);
  const canDelete = usePermission('deleteCustomerAddress', bankId);
  const addresses = useQuery({ ...addressQueries.list(bankId, customerId), enabled: canRead.allowed });
  const remove = useDeleteAddress(bankId, customerId);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<CustomerAddress | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const customerName = customer.legalName || customer.customerNumber;

  // Focus moves after the commit that renders its target, and after the dialog's own close has restored focus.
  const [focusTarget, setFocusTarget] = useState<string | undefined>();
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);
  const focusLater = (id: string) => setFocusTarget(id);
  // A disabled Add button cannot take focus: the heading can.
  const focusStart = () => focusLater(canCreate.allowed ? addButtonId : headingId);
  const returnFocusId = () => (editing.mode === 'edit' ? editButtonId(editing.address) : addButtonId);
  const closeForm = () => {
    const target = returnFocusId();
    setEditing({ mode: 'closed' });
    focusLater(target);
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting.customerAddressId);
      setNotice({ text: t('addresses.deleted', { address: addressSummary(deleting, language) }) });
      setDeleting(undefined);
      focusStart();
    } catch {
      // The dialog stays open and shows OBP's message.
    }
  };

  const startEditing = (next: Editing) => {
    setNotice(undefined);
    setEditing(next);
  };

  const form = (address?: CustomerAddress) => (
    <AddressForm
      key={address?.customerAddressId ?? 'add'}
      bankId={bankId}
      customerId={customerId}
      address={address}
      addressName={address ? addressTitle(address, language) : undefined}
      onCancel={closeForm}
      onSaved={(sent, saved) => {
        const title = addressTitle(saved, language);
        setNotice({
          text: t(address ? 'addresses.updated' : 'addresses.created', { address: title }),
          statusReplaced: saved.status === sent.status ? undefined : { sent: sent.status, saved: saved.status },
        });
        closeForm();
      }}
    />
  );

  // What the user's roles never allow is listed once under the heading, not a disabled button on every card.
  const actions = sortActions({
    add: { label: t('addresses.add'), permission: canCreate },
    edit: { label: t('addresses.editAction'), permission: canUpdate },
    delete: { label: t('addresses.deleteAction'), permission: canDelete },
  });
  const list = addresses.data ? sortAddresses(addresses.data.rows) : [];
  const unreadable = addresses.data?.unreadable ?? [];

  return (
    <section aria-labelledby={headingId} className="tab-section addresses-tab">
      <div className="addresses-header">
        <h2 id={headingId} tabIndex={-1}>
          {t('record.tab.addresses')}
        </h2>
        {editing.mode !== 'add' && actions.shown.add ? (
          <GatedButton id={addButtonId} permission={canCreate} className="button button-primary" onClick={() => startEditing({ mode: 'add' })}>
            {t('addresses.add')}
          </GatedButton>
        ) : null}
      </div>
      <UnavailableActions actions={actions.unavailable} />
      <div role="status" className="addresses-notice">
        {notice ? <p className="addresses-announcement">{notice.text}</p> : null}
        {notice?.statusReplaced ? (
          <p className="alert alert-info">
            {t('addresses.statusReplaced', { sent: notice.statusReplaced.sent, saved: notice.statusReplaced.saved })}
          </p>
        ) : null}
      </div>
      {editing.mode === 'add' ? form() : null}

      {!canRead.allowed ? (
        canRead.pending ? (
          <Loading />
        ) : (
          <p className="alert alert-info">
            {t('addresses.readRequires', { roles: canRead.missingRoles.join(t('errors.roleSeparator')), bank: canRead.bankId })}
          </p>
        )
      ) : addresses.isPending ? (
        <Loading label={t('addresses.loading')} />
      ) : addresses.isError ? (
        <ErrorMessage error={addresses.error} onRetry={() => void addresses.refetch()} />
      ) : list.length === 0 && unreadable.length === 0 ? (
        <EmptyState>{t('addresses.none')}</EmptyState>
      ) : (
        <>
          <p className="muted">{t('addresses.count', { count: list.length })}</p>
          <ul className="address-list" aria-label={t('addresses.listLabel', { customer: customerName })}>
            {list.map((address) => {
              const title = addressTitle(address, language);
              return (
                <li key={address.customerAddressId}>
                  {editing.mode === 'edit' && editing.address.customerAddressId === address.customerAddressId ? (
                    form(address)
                  ) : (
                    <AddressCard
                      address={address}
                      title={title}
                      titleId={`${idPrefix}-address-${address.customerAddressId}`}
                      actions={
                        actions.shown.edit || actions.shown.delete ? (
                          <>
                            {actions.shown.edit ? (
                              <GatedButton
                                id={editButtonId(address)}
                                permission={canUpdate}
                                aria-label={t('addresses.editNamed', { address: title })}
                                onClick={() => startEditing({ mode: 'edit', address })}
                              >
                                {t('addresses.edit')}
                              </GatedButton>
                            ) : null}
                            {actions.shown.delete ? (
                              <GatedButton
                                id={deleteButtonId(address)}
                                permission={canDelete}
                                className="button button-danger"
                                aria-label={t('addresses.deleteNamed', { address: title })}
                                onClick={() => {
                                  remove.reset();
                                  setNotice(undefined);
                                  setDeleting(address);
                                }}
                              >
                                {t('addresses.delete')}
                              </GatedButton>
                            ) : null}
                          </>
                        ) : undefined
                      }
                    />
                  )}
                </li>
              );
            })}
          </ul>
          <UnreadableRows rows={unreadable} />
        </>
      )}

      <ConfirmDialog
        open={deleting !== undefined}
        title={t('addresses.deleteTitle')}
        confirmLabel={remove.isPending ? t('addresses.deleting') : t('addresses.delete')}
        destructive
        busy={remove.isPending}
        onConfirm={() => void confirmDelete()}
        onCancel={() => {
          if (remove.isPending || !deleting) return;
          const target = deleteButtonId(deleting);
          setDeleting(undefined);
          focusLater(target);
        }}
      >
        <p>
          {t('addresses.deleteBody', {
            address: deleting ? addressSummary(deleting, language) : '',
            customer: customerName,
            number: customer.customerNumber,
          })}
        </p>
        {remove.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={remove.error} />
          </div>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
