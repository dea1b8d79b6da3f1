import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import type { TaxResidence } from '@/api/wire/tax-residences';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { UnreadableRows } from '@/components/unreadable-rows';
import { ErrorMessage, ErrorText } from '@/components/error-message';
import { EmptyState, Loading } from '@/components/loading';
import { GatedButton, UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/api/resources/customers';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { TaxResidenceForm } from './tax-residence-form';
import { domainLabel, sortTaxResidences } from './tax-residence-form-schema';
import { useDeleteTaxResidence } from '@/api/resources/tax-residences';
import { taxResidenceQueries } from '@/api/resources/tax-residences';
import './tax-residences.css';

type Props = { bankId: string; customerId: string };

/** Where the customer is resident for tax, and their tax number there (contract §2.4, §2.9, §2.26). */
export function TaxResidencesTab({ bankId, customerId }: Props) {
  const { t, language } = useI18n();
  const idPrefix = useId();
  const headingId = `${idPrefix}-title`;
  const addButtonId = `${idPrefix}-add`;
  const deleteButtonId = (residence: TaxResidence) => `${idPrefix}-delete-${residence.taxResidenceId}`;
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));
  const canRead = usePermission('getTaxResidences', bankId);
  const canCreate = usePermission('createTaxResidence', bankId);
  const canDelete = usePermission('deleteTaxResidence', bankId);
  const residences = useQuery({ ...taxResidenceQueries.list(bankId, customerId), enabled: canRead.allowed });
  const remove = useDeleteTaxResidence(bankId, customerId);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<TaxResidence | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const customerName = customer.legalName || customer.customerNumber;

  // Focus moves after the commit that renders its target, and after the dialog's own close has restored focus.
  const [focusTarget, setFocusTarget] = useState<string | undefined>();
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);
  const focusLater = (id: string) => setFocusTarget(id);
  const focusStart = () => focusLater(canCreate.allowed ? addButtonId : headingId);
  const closeForm = () => {
    setAdding(false);
    focusLater(addButtonId);
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting.taxResidenceId);
      setAnnouncement(t('taxResidences.deleted', { domain: domainLabel(deleting.domain, language), number: deleting.taxNumber }));
      setDeleting(undefined);
      focusStart();
    } catch {
      // The dialog stays open and shows OBP's message.
    }
  };

  // What the user's roles never allow is listed once under the heading, not a disabled Delete on every row.
  const actions = sortActions({
    add: { label: t('taxResidences.add'), permission: canCreate },
    delete: { label: t('taxResidences.deleteAction'), permission: canDelete },
  });
  const list = residences.data ? sortTaxResidences(residences.data.rows, language) : [];
  const unreadable = residences.data?.unreadable ?? [];

  return (
    <section aria-labelledby={headingId} className="tab-section tax-tab">
      <div className="tax-header">
        <h2 id={headingId} tabIndex={-1}>
          {t('record.tab.tax')}
        </h2>
        {!adding && actions.shown.add ? (
          <GatedButton
            id={addButtonId}
            permission={canCreate}
            className="button button-primary"
            onClick={() => {
              setAnnouncement('');
              setAdding(true);
            }}
          >
            {t('taxResidences.add')}
          </GatedButton>
        ) : null}
      </div>
      <p className="field-hint">{t('taxResidences.intro')}</p>
      <UnavailableActions actions={actions.unavailable} />
      <p role="status" className="tax-announcement">
        {announcement}
      </p>
      {adding ? (
        <TaxResidenceForm
          bankId={bankId}
          customerId={customerId}
          onCancel={closeForm}
          onSaved={(saved) => {
            setAnnouncement(t('taxResidences.created', { domain: domainLabel(saved.domain, language), number: saved.taxNumber }));
            closeForm();
          }}
        />
      ) : null}

      {!canRead.allowed ? (
        canRead.pending ? (
          <Loading />
        ) : (
          <p className="alert alert-info">
            {t('taxResidences.readRequires', { roles: canRead.missingRoles.join(t('errors.roleSeparator')), bank: canRead.bankId })}
          </p>
        )
      ) : residences.isPending ? (
        <Loading label={t('taxResidences.loading')} />
      ) : residences.isError ? (
        <ErrorMessage error={residences.error} onRetry={() => void residences.refetch()} />
      ) : list.length === 0 && unreadable.length === 0 ? (
        <EmptyState>{t('taxResidences.none')}</EmptyState>
      ) : (
        <>
        <table className="data-table tax-table">
          <caption className="visually-hidden">{t('taxResidences.caption', { customer: customerName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('taxResidences.domain')}</th>
              <th scope="col">{t('taxResidences.taxNumber')}</th>
              {actions.shown.delete ? <th scope="col">{t('taxResidences.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.map((residence) => {
              const domain = domainLabel(residence.domain, language);
              return (
                <tr key={residence.taxResidenceId}>
                  <th scope="row">{domain}</th>
                  <td className="tax-number">{residence.taxNumber}</td>
                  {actions.shown.delete ? (
                    <td>
                      <GatedButton
                        id={deleteButtonId(residence)}
                        permission={canDelete}
                        className="button button-danger"
                        aria-label={t('taxResidences.deleteNamed', { domain, number: residence.taxNumber })}
                        onClick={() => {
                          remove.reset();
                          setAnnouncement('');
                          setDeleting(residence);
                        }}
                      >
                        {t('taxResidences.delete')}
                      </GatedButton>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
        <UnreadableRows rows={unreadable} />
        </>
      )}

      <ConfirmDialog
        open={deleting !== undefined}
        title={t('taxResidences.deleteTitle')}
        confirmLabel={remove.isPending ? t('taxResidences.deleting') : t('taxResidences.delete')}
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
          {t('taxResidences.deleteBody', {
            domain: deleting ? domainLabel(deleting.domain, language) : '',
            number: deleting?.taxNumber ?? '',
            customer: customerName,
            customerNumber: customer.customerNumber,
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
