import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DeskContactDetail, DeskCustomer } from '@/api/connectors/connector';
import { deskCapabilities, deskConnector, deskCustomerQueries, useDeleteDeskCustomer } from '@/api/resources/desk-customers';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorMessage, ErrorText } from '@/components/error-message';
import { useI18n } from '@/i18n/i18n-context';
import { useDeskPermission } from '@/lib/desk-permissions';
import { sortActions } from '@/lib/gated-actions';
import { DeskGatedButton, DeskUnavailableActions } from './desk-role-note';
import { formatStructuredAddress } from './desk-format';

/** The person who holds the contract: its account owner, else its first person (OpenWealth). */
export const holderOf = (customer: DeskCustomer) => customer.persons.find((person) => person.relation === 'accountOwner') ?? customer.persons[0];
const firstOf = (details: readonly DeskContactDetail[] | undefined, medium: string) => details?.find((detail) => detail.medium === medium)?.content;

/**
 * Identity: name, company, email, phone, created. On bankingservice.ai they are the customer's own members (and the
 * record can be edited or deleted, as the staff member's roles allow); on OpenWealth the email, phone and company come
 * from the contract's holder (their contact details; a legal person's name is the company).
 */
export function DeskIdentityTab({ customer }: { customer: DeskCustomer }) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const navigate = useNavigate();
  const capabilities = deskCapabilities();
  const connector = deskConnector();
  const holder = capabilities.has('persons') ? holderOf(customer) : undefined;
  const person = useQuery({ ...deskCustomerQueries.person(holder?.id ?? ''), enabled: Boolean(holder) });
  const contacts = useQuery({ ...deskCustomerQueries.contactDetails(holder?.id ?? ''), enabled: Boolean(holder) && capabilities.has('contact-details') });
  const updatePermission = useDeskPermission(connector.backend, connector.operations.update);
  const deletePermission = useDeskPermission(connector.backend, connector.operations.delete);
  const remove = useDeleteDeskCustomer(customer.id);
  // What the backend offers but the staff member's roles never allow is listed once, not a row of disabled buttons.
  const actions = sortActions({
    edit: capabilities.has('update-customer') && { label: t('desk.identity.edit'), permission: updatePermission },
    delete: capabilities.has('delete-customer') && { label: t('desk.identity.delete'), permission: deletePermission },
  });
  const [confirming, setConfirming] = useState(false);

  const company = customer.company ?? (person.data?.personType === 'legalPerson' ? person.data.fullName : undefined);
  const email = customer.email ?? firstOf(contacts.data, 'email');
  const phone = customer.phone ?? firstOf(contacts.data, 'phone');
  const value = (text: string | undefined) => text ?? t('common.notRecorded');
  const name = customer.name ?? company ?? t('desk.noName');

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('desk.tab.identity')}</h2>
      <dl className="field-list">
        <div>
          <dt>{t('desk.field.name')}</dt>
          <dd>{value(customer.name)}</dd>
        </div>
        {customer.firstName !== undefined || capabilities.has('company') ? (
          <>
            <div>
              <dt>{t('desk.field.firstName')}</dt>
              <dd>{value(customer.firstName)}</dd>
            </div>
            <div>
              <dt>{t('desk.field.lastName')}</dt>
              <dd>{value(customer.lastName)}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t('desk.field.company')}</dt>
          <dd>{value(company)}</dd>
        </div>
        <div>
          <dt>{t('desk.field.email')}</dt>
          <dd>{value(email)}</dd>
        </div>
        <div>
          <dt>{t('desk.field.phone')}</dt>
          <dd className="phone">{value(phone)}</dd>
        </div>
        <div>
          <dt>{t(customer.status ? 'desk.field.openingDate' : 'desk.field.created')}</dt>
          <dd>{customer.created ? formatDate(customer.created, customer.status ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' }) : t('common.notRecorded')}</dd>
        </div>
        {customer.referenceCurrency ? (
          <div>
            <dt>{t('desk.field.referenceCurrency')}</dt>
            <dd>{customer.referenceCurrency}</dd>
          </div>
        ) : null}
        {capabilities.has('structured-address') ? (
          <div>
            <dt>{t('desk.field.address')}</dt>
            <dd className="desk-address-lines">{customer.address ? formatStructuredAddress(customer.address) : t('common.notRecorded')}</dd>
          </div>
        ) : null}
      </dl>
      {holder && capabilities.has('contact-details') ? <p className="muted">{t('desk.identity.fromHolder', { person: holder.id })}</p> : null}
      {contacts.isError ? <ErrorMessage error={contacts.error} onRetry={() => void contacts.refetch()} /> : null}
      {actions.shown.edit || actions.shown.delete ? (
        <div className="desk-actions">
          {actions.shown.edit ? (
            <DeskGatedButton permission={updatePermission} className="button" onClick={() => void navigate('../edit')}>
              {t('desk.identity.edit')}
            </DeskGatedButton>
          ) : null}
          {actions.shown.delete ? (
            <DeskGatedButton permission={deletePermission} className="button button-danger" onClick={() => setConfirming(true)}>
              {t('desk.identity.delete')}
            </DeskGatedButton>
          ) : null}
        </div>
      ) : null}
      <DeskUnavailableActions actions={actions.unavailable} />
      <ConfirmDialog
        open={confirming}
        title={t('desk.identity.deleteTitle', { name })}
        confirmLabel={remove.isPending ? t('desk.identity.deleting') : t('desk.identity.deleteConfirm')}
        destructive
        busy={remove.isPending}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
        onConfirm={() => {
          remove.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              void navigate(`/customers?deleted=${encodeURIComponent(name)}`, { replace: true });
            },
          });
        }}
      >
        <p>{t('desk.identity.deleteBody', { name })}</p>
        {remove.isError ? (
          <div role="alert" className="alert alert-error">
            <ErrorText error={remove.error} />
          </div>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
