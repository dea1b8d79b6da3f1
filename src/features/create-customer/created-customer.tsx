import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { isObpError } from '@/api/errors';
import type { Customer } from '@/api/wire/customers';
import type { UserCustomerLink } from '@/api/wire/user-customer-links';
import { TextField } from '@/components/field';
import { RoleRequirement, UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { useCurrentUser } from '@/api/resources/users';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { fieldMessage } from '@/lib/validation';
import { linkUserSchema } from './link-user-form-schema';
import { useCreateUserCustomerLink } from '@/api/resources/user-customer-links';
import { ErrorText } from '@/components/error-message';

type Props = { bankId: string; customer: Customer; onCreateAnother: () => void };

/** The success step: what OBP created (with the number it generated), open it, and optionally link it to users. */
export function CreatedCustomer({ bankId, customer, onCreateAnother }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const recordUrl = `/banks/${encodeURIComponent(bankId)}/customers/${encodeURIComponent(customer.customerId)}/identity`;

  // The form the user was in is gone: put them on the result.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="page create-customer" aria-labelledby={headingId}>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('createCustomer.createdTitle')}
      </h1>
      <p className="alert alert-info">
        {t('createCustomer.createdMessage', { name: customer.legalName, number: customer.customerNumber, bank: bankId })}
      </p>
      <dl className="field-list">
        <div className="field-list-row">
          <dt>{t('createCustomer.field.legalName')}</dt>
          <dd>{customer.legalName}</dd>
        </div>
        <div className="field-list-row">
          <dt>{t('createCustomer.field.customerNumber')}</dt>
          <dd>{customer.customerNumber}</dd>
        </div>
        <div className="field-list-row">
          <dt>{t('createCustomer.customerId')}</dt>
          <dd>
            <code>{customer.customerId}</code>
          </dd>
        </div>
        <div className="field-list-row">
          <dt>{t('createCustomer.field.mobile')}</dt>
          <dd>{customer.mobilePhoneNumber}</dd>
        </div>
      </dl>
      <div className="form-actions">
        <Link className="button button-primary" to={recordUrl}>
          {t('createCustomer.openNewCustomer')}
        </Link>
        <button type="button" className="button" onClick={onCreateAnother}>
          {t('createCustomer.createAnother')}
        </button>
      </div>
      <LinkToUser bankId={bankId} customer={customer} />
    </section>
  );
}

function LinkToUser({ bankId, customer }: { bankId: string; customer: Customer }) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const permission = usePermission('createUserCustomerLink', bankId);
  // Without the role to link, ever: one closed note naming it, instead of a form of disabled fields.
  const actions = sortActions({ link: { label: t('createCustomer.link.submit'), permission } });
  const { data: me } = useCurrentUser();
  const mutation = useCreateUserCustomerLink(bankId, customer.customerId);
  const [links, setLinks] = useState<UserCustomerLink[]>([]);
  const [notice, setNotice] = useState('');
  const form = useForm({ resolver: zodResolver(linkUserSchema), defaultValues: { userId: '' } });
  const { errors } = form.formState;
  const linkedToMe = Boolean(me && links.some((link) => link.userId === me.userId));

  const link = (userId: string, clearInput: boolean) => {
    setNotice('');
    mutation.mutate(userId, {
      onSuccess: (answer) => {
        // Linked, even when OBP's answer could not be read: what was asked for is what was stored.
        const created = answer ?? {
          userCustomerLinkId: '',
          customerId: customer.customerId,
          userId: userId,
          dateInserted: undefined,
          isActive: undefined,
        };
        setLinks((previous) => [...previous, created]);
        setNotice(t('createCustomer.link.linked', { user: created.userId || userId }));
        if (clearInput) form.reset({ userId: '' });
      },
    });
  };

  const failedUser = mutation.variables ?? '';
  const errorLead = !isObpError(mutation.error)
    ? undefined
    : mutation.error.code === 'OBP-20057'
      ? t('createCustomer.link.userNotFound', { user: failedUser })
      : mutation.error.code === 'OBP-30007'
        ? t('createCustomer.link.alreadyLinked', { user: failedUser })
        : undefined;

  return (
    <section className="link-user" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('createCustomer.link.title')}</h2>
      <p className="muted">{t('createCustomer.link.intro')}</p>
      <UnavailableActions actions={actions.unavailable} />
      {permission.allowed || !actions.shown.link ? null : (
        <p className="alert alert-info">
          <RoleRequirement permission={permission} />
        </p>
      )}
      <form noValidate aria-labelledby={headingId} onSubmit={form.handleSubmit((values) => link(values.userId, true))} hidden={!actions.shown.link}>
        <fieldset disabled={mutation.isPending || !permission.allowed}>
          <div className="link-user-row">
            <TextField
              label={t('createCustomer.link.userId')}
              hint={t('createCustomer.link.userIdHint')}
              autoComplete="off"
              spellCheck={false}
              error={fieldMessage(t, errors.userId?.message)}
              {...form.register('userId')}
            />
            <button type="submit" className="button button-primary">
              {t('createCustomer.link.submit')}
            </button>
          </div>
          <p>
            <button type="button" className="button" disabled={!me || linkedToMe} onClick={() => me && link(me.userId, false)}>
              {t('createCustomer.link.toMe', { user: me?.username ?? '…' })}
            </button>{' '}
            <span className="muted">{t('createCustomer.link.toMeHint')}</span>
          </p>
        </fieldset>
        <p role="status" className="muted form-progress">
          {mutation.isPending ? t('createCustomer.link.linking') : notice}
        </p>
        {mutation.error ? (
          <div role="alert" className="alert alert-error">
            {errorLead ? <p className="alert-title">{errorLead}</p> : null}
            <ErrorText error={mutation.error} />
          </div>
        ) : null}
      </form>
      {links.length > 0 ? (
        <table className="data-table">
          <caption>{t('createCustomer.link.created')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('createCustomer.link.userId')}</th>
              <th scope="col">{t('createCustomer.link.linkId')}</th>
              <th scope="col">{t('createCustomer.link.linkedOn')}</th>
              <th scope="col">{t('createCustomer.link.active')}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((created, index) => (
              <tr key={`${created.userCustomerLinkId}-${index}`}>
                <th scope="row">
                  <code>{created.userId}</code>
                  {me && created.userId === me.userId ? <span className="muted"> {t('createCustomer.link.you', { user: me.username })}</span> : null}
                </th>
                <td>
                  {created.userCustomerLinkId ? <code>{created.userCustomerLinkId}</code> : <span className="muted">{t('common.notRecorded')}</span>}
                </td>
                <td>{created.dateInserted ? formatDate(created.dateInserted, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}</td>
                <td>
                  {created.isActive === undefined
                    ? t('common.notRecorded')
                    : created.isActive
                      ? t('createCustomer.link.yes')
                      : t('createCustomer.link.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
