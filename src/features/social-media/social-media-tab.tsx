import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { UnreadableRows } from '@/components/unreadable-rows';
import { ErrorMessage } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { useServerKeeps } from '@/api/resources/server';
import { GatedButton, UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/api/resources/customers';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { SocialMediaForm } from './social-media-form';
import { socialMediaQueries } from '@/api/resources/social-media';
import './social-media.css';

type Props = { bankId: string; customerId: string };

/** The customer's social-media handles (contract §2.22, §2.27): OBP lets staff list and add them, nothing more. */
export function SocialMediaTab({ bankId, customerId }: Props) {
  const { t, formatDate } = useI18n();
  const idPrefix = useId();
  const headingId = `${idPrefix}-title`;
  const addButtonId = `${idPrefix}-add`;
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));
  const canRead = usePermission('getSocialMediaHandles', bankId);
  const canAdd = usePermission('addSocialMediaHandle', bankId);
  // Never allowed: listed once, not a disabled button. Allowed but blocked for now (no number, one handle kept): disabled.
  const actions = sortActions({ add: { label: t('socialMedia.add'), permission: canAdd } });
  const handles = useQuery({ ...socialMediaQueries.list(bankId, customerId), enabled: canRead.allowed });
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const customerName = customer.legalName || customer.customerNumber;
  const hasNumber = customer.customerNumber.trim() !== '';
  // OBP keeps one handle per customer (a unique index on the customer number); only the sandbox may keep more.
  const keepsMany = useServerKeeps('multiple-social-media-handles');
  // A handle the console cannot read is still the one OBP keeps.
  const oneHandleKept = !keepsMany && (handles.data ? handles.data.rows.length + handles.data.unreadable.length : 0) > 0;

  // Focus moves back to Add after the commit that renders it again.
  const [focusAdd, setFocusAdd] = useState(false);
  useEffect(() => {
    if (!focusAdd) return;
    document.getElementById(addButtonId)?.focus();
    setFocusAdd(false);
  }, [focusAdd, addButtonId]);
  const closeForm = () => {
    setAdding(false);
    setFocusAdd(true);
  };
  const showDate = (value: string | undefined) =>
    value ? <time dateTime={value}>{formatDate(value, { dateStyle: 'medium', timeStyle: 'short' })}</time> : <span className="muted">{t('common.notRecorded')}</span>;

  return (
    <section aria-labelledby={headingId} className="tab-section social-tab">
      <div className="social-header">
        <h2 id={headingId}>{t('record.tab.social-media')}</h2>
        {!adding && actions.shown.add ? (
          <GatedButton
            id={addButtonId}
            permission={canAdd}
            disabled={!hasNumber || oneHandleKept}
            aria-describedby={oneHandleKept ? `${idPrefix}-one-handle` : undefined}
            className="button button-primary"
            onClick={() => {
              setAnnouncement('');
              setAdding(true);
            }}
          >
            {t('socialMedia.add')}
          </GatedButton>
        ) : null}
      </div>
      <UnavailableActions actions={actions.unavailable} />
      {oneHandleKept ? (
        <p id={`${idPrefix}-one-handle`} className="field-hint">
          {t('socialMedia.oneHandleOnly')}
        </p>
      ) : null}
      <p className="field-hint">{hasNumber ? t('socialMedia.intro', { number: customer.customerNumber }) : t('socialMedia.noNumber')}</p>
      <p role="status" className="social-announcement">
        {announcement}
      </p>
      {adding ? (
        <SocialMediaForm
          bankId={bankId}
          customerId={customerId}
          customerNumber={customer.customerNumber}
          onCancel={closeForm}
          onSaved={(saved) => {
            setAnnouncement(t('socialMedia.created', { type: saved.type, handle: saved.handle }));
            closeForm();
          }}
        />
      ) : null}

      {!canRead.allowed ? (
        canRead.pending ? (
          <Loading />
        ) : (
          <p className="alert alert-info">
            {t('socialMedia.readRequires', { roles: canRead.missingRoles.join(t('errors.roleSeparator')), bank: canRead.bankId })}
          </p>
        )
      ) : handles.isPending ? (
        <Loading label={t('socialMedia.loading')} />
      ) : handles.isError ? (
        <ErrorMessage error={handles.error} onRetry={() => void handles.refetch()} />
      ) : handles.data.rows.length === 0 && handles.data.unreadable.length === 0 ? (
        <EmptyState>{t('socialMedia.none')}</EmptyState>
      ) : (
        <>
        <table className="data-table social-table">
          <caption className="visually-hidden">{t('socialMedia.caption', { customer: customerName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('socialMedia.type')}</th>
              <th scope="col">{t('socialMedia.handle')}</th>
              <th scope="col">{t('socialMedia.dateAdded')}</th>
              <th scope="col">{t('socialMedia.dateActivated')}</th>
            </tr>
          </thead>
          <tbody>
            {handles.data.rows.map((handle, index) => (
              <tr key={`${handle.type}-${handle.handle}-${handle.dateAdded ?? ''}-${index}`}>
                <td>{handle.type}</td>
                <th scope="row" className="social-handle">
                  {handle.handle}
                </th>
                <td>{showDate(handle.dateAdded)}</td>
                <td>{showDate(handle.dateActivated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <UnreadableRows rows={handles.data.unreadable} />
        </>
      )}
    </section>
  );
}
