import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { CustomerAttribute } from '@/api/wire/attributes';
import { UnreadableRows } from '@/components/unreadable-rows';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorMessage, ErrorText } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { GatedButton, RoleRequirement, UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/api/resources/customers';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { CustomerAttributeForm } from './customer-attribute-form';
import { isAttributeType } from './customer-attribute-form-schema';
import { useDeleteAttribute } from '@/api/resources/attributes';
import { customerAttributeQueries } from '@/api/resources/attributes';
import './customer-attributes.css';

type Props = { bankId: string; customerId: string };

/** What the form is doing: nothing, adding, or editing one attribute. */
type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; attribute: CustomerAttribute };

const editButtonId = (prefix: string, attributeId: string) => `${prefix}-edit-${attributeId}`;

export function CustomerAttributesTab({ bankId, customerId }: Props) {
  const { t, formatDate } = useI18n();
  const idPrefix = useId();
  const addButtonId = `${idPrefix}-add`;
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));
  const canRead = usePermission('getCustomerAttributes', bankId);
  const canCreate = usePermission('createCustomerAttribute', bankId);
  const canUpdate = usePermission('updateCustomerAttribute', bankId);
  const canDelete = usePermission('deleteCustomerAttribute', bankId);
  // What the user's roles never allow is listed once above the table, not a disabled button on every row.
  const actions = sortActions({
    add: { label: t('attributes.add'), permission: canCreate },
    edit: { label: t('attributes.editAction'), permission: canUpdate },
    delete: { label: t('attributes.deleteAction'), permission: canDelete },
  });
  const rowActionsShown = actions.shown.edit || actions.shown.delete;
  const attributes = useQuery({ ...customerAttributeQueries.list(bankId, customerId), enabled: canRead.allowed });
  const remove = useDeleteAttribute(bankId, customerId);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [deleting, setDeleting] = useState<CustomerAttribute | undefined>();
  const [announcement, setAnnouncement] = useState('');

  // Focus moves once the element is on screen again: in an effect after the commit, not in a frame callback.
  const [focusId, focusLater] = useState<string | undefined>();
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    focusLater(undefined);
  }, [focusId]);
  const closeForm = (focusId: string) => {
    setEditing({ mode: 'closed' });
    focusLater(focusId);
  };
  const returnFocusId = editing.mode === 'edit' ? editButtonId(idPrefix, editing.attribute.customerAttributeId) : addButtonId;

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting.customerAttributeId);
      setAnnouncement(t('attributes.deleted', { name: deleting.name }));
      setDeleting(undefined);
      focusLater(addButtonId);
    } catch {
      // The dialog stays open and shows OBP's message.
    }
  };

  const showValue = (attribute: CustomerAttribute) =>
    attribute.type === 'DATE_WITH_DAY' && /^\d{4}-\d{2}-\d{2}$/.test(attribute.value) ? (
      <time dateTime={attribute.value}>{formatDate(`${attribute.value}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}</time>
    ) : (
      attribute.value
    );

  // Without a role to list attributes, the record itself (read with CanGetCustomer) still carries them.
  const fromRecord = !canRead.allowed && !canRead.pending;
  const list: CustomerAttribute[] | undefined = fromRecord ? customer.customerAttributes : attributes.data?.rows;
  const unreadable = fromRecord ? [] : (attributes.data?.unreadable ?? []);

  return (
    <section aria-labelledby="attributes-title" className="tab-section attributes-tab">
      <div className="attributes-header">
        <h2 id="attributes-title">{t('record.tab.attributes')}</h2>
        {editing.mode === 'closed' && actions.shown.add ? (
          <GatedButton
            id={addButtonId}
            permission={canCreate}
            className="button button-primary"
            onClick={() => {
              setAnnouncement('');
              setEditing({ mode: 'add' });
            }}
          >
            {t('attributes.add')}
          </GatedButton>
        ) : null}
      </div>
      <p className="field-hint">{t('attributes.intro')}</p>
      <UnavailableActions actions={actions.unavailable} />
      <p role="status" className="attributes-announcement">
        {announcement}
      </p>
      {editing.mode !== 'closed' ? (
        <CustomerAttributeForm
          key={editing.mode === 'edit' ? editing.attribute.customerAttributeId : 'add'}
          bankId={bankId}
          customerId={customerId}
          attribute={editing.mode === 'edit' ? editing.attribute : undefined}
          onCancel={() => closeForm(returnFocusId)}
          onSaved={(name) => {
            setAnnouncement(t(editing.mode === 'edit' ? 'attributes.updated' : 'attributes.created', { name }));
            closeForm(returnFocusId);
          }}
        />
      ) : null}

      {fromRecord ? (
        <p className="alert alert-info">
          {t('attributes.fromRecord')} <RoleRequirement permission={canRead} />
        </p>
      ) : null}
      {!fromRecord && !canRead.allowed ? (
        <Loading />
      ) : !fromRecord && attributes.isPending ? (
        <Loading label={t('attributes.loading')} />
      ) : !fromRecord && attributes.isError ? (
        <ErrorMessage error={attributes.error} onRetry={() => void attributes.refetch()} />
      ) : !list || (list.length === 0 && unreadable.length === 0) ? (
        <EmptyState>{t('attributes.none')}</EmptyState>
      ) : (
        <>
        <table className="data-table attributes-table">
          <caption className="visually-hidden">{t('attributes.caption', { name: customer.legalName || customer.customerNumber })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attributes.name')}</th>
              <th scope="col">{t('attributes.type')}</th>
              <th scope="col">{t('attributes.value')}</th>
              {rowActionsShown ? <th scope="col">{t('attributes.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.map((attribute) => (
              <tr key={attribute.customerAttributeId}>
                <th scope="row">{attribute.name}</th>
                <td data-label={t('attributes.type')}>{isAttributeType(attribute.type) ? t(`attributes.types.${attribute.type}`) : attribute.type}</td>
                <td data-label={t('attributes.value')} className="attribute-value">
                  {showValue(attribute)}
                </td>
                {rowActionsShown ? (
                <td>
                  <div className="attribute-actions">
                    {actions.shown.edit ? (
                      <GatedButton
                        id={editButtonId(idPrefix, attribute.customerAttributeId)}
                        permission={canUpdate}
                        aria-label={t('attributes.editNamed', { name: attribute.name })}
                        onClick={() => {
                          setAnnouncement('');
                          setEditing({ mode: 'edit', attribute });
                        }}
                      >
                        {t('attributes.edit')}
                      </GatedButton>
                    ) : null}
                    {actions.shown.delete ? (
                      <GatedButton
                        permission={canDelete}
                        className="button button-danger"
                        aria-label={t('attributes.deleteNamed', { name: attribute.name })}
                        onClick={() => {
                          remove.reset();
                          setAnnouncement('');
                          setDeleting(attribute);
                        }}
                      >
                        {t('attributes.delete')}
                      </GatedButton>
                    ) : null}
                  </div>
                </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        <UnreadableRows rows={unreadable} />
        </>
      )}

      <ConfirmDialog
        open={deleting !== undefined}
        title={t('attributes.deleteTitle')}
        confirmLabel={remove.isPending ? t('attributes.deleting') : t('attributes.delete')}
        destructive
        busy={remove.isPending}
        onConfirm={() => void confirmDelete()}
        onCancel={() => {
          if (!remove.isPending) setDeleting(undefined);
        }}
      >
        <p>
          {t('attributes.deleteBody', {
            name: deleting?.name ?? '',
            value: deleting?.value ?? '',
            customer: customer.legalName || customer.customerNumber,
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
