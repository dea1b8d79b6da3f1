import { useSuspenseQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { GatedButton, UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/api/resources/customers';
import { useEnumerationLabel } from '@/lib/enumerations';
import { useFormat } from '@/lib/format';
import { sortActions } from '@/lib/gated-actions';
import { usePermission, type Permission } from '@/lib/permissions';
import { useDisclosure } from '@/lib/use-disclosure';
import { CreditLimitForm, CreditRatingForm, useCurrencyName } from './credit-forms';
import { CreditLimitRequestsSection } from './credit-limit-requests-section';
import './credit.css';

type Props = { bankId: string; customerId: string };

/** Rating and source, limit (both from the record, both editable) and the credit-limit requests where served. */
export function CreditTab({ bankId, customerId }: Props) {
  const { t } = useI18n();
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));
  const canRate = usePermission('updateCustomerCreditRatingAndSource', bankId);
  const canLimit = usePermission('updateCustomerCreditLimit', bankId);
  const canRequest = usePermission('createCreditLimitRequest', bankId);
  // The edits the user's roles never allow are listed once under the heading, not a disabled button in each part.
  const actions = sortActions({
    rate: { label: t('credit.rating.edit'), permission: canRate },
    limit: { label: t('credit.limit.edit'), permission: canLimit },
    request: { label: t('credit.requests.add'), permission: canRequest },
  });
  const currencyName = useCurrencyName();
  const format = useFormat();
  const label = useEnumerationLabel();
  const { rating, source } = customer.creditRating;
  const { amount, currency } = customer.creditLimit;
  const named = currency ? currencyName(currency) : undefined;

  return (
    <section aria-labelledby="credit-title" className="tab-section credit-tab">
      <h2 id="credit-title">{t('record.tab.credit')}</h2>
      <UnavailableActions actions={actions.unavailable} />
      <CreditPart
        title={t('credit.rating.title')}
        editLabel={t('credit.rating.edit')}
        savedMessage={t('credit.rating.saved')}
        permission={canRate}
        editShown={actions.shown.rate}
        rows={[
          [t('credit.rating.rating'), rating],
          [t('credit.rating.source'), label('creditRatingAgency', source)],
        ]}
        form={(close, saved) => <CreditRatingForm bankId={bankId} customer={customer} onCancel={close} onSaved={saved} />}
      />
      <CreditPart
        title={t('credit.limit.title')}
        editLabel={t('credit.limit.edit')}
        savedMessage={t('credit.limit.saved')}
        permission={canLimit}
        editShown={actions.shown.limit}
        rows={[
          [
            t('credit.limit.limit'),
            amount ? (
              <>
                <span className="credit-amount">{format.money(amount, currency)}</span>
                {named ? <span className="muted"> ({named})</span> : null}
              </>
            ) : (
              ''
            ),
          ],
        ]}
        form={(close, saved) => <CreditLimitForm bankId={bankId} customer={customer} onCancel={close} onSaved={saved} />}
      />
      <CreditLimitRequestsSection bankId={bankId} customer={customer} canCreate={canRequest} createShown={actions.shown.request} />
    </section>
  );
}

type PartProps = {
  title: string;
  editLabel: string;
  savedMessage: string;
  permission: Permission;
  /** False when the user's roles never allow the edit: the tab lists it instead. */
  editShown: boolean;
  rows: Array<[string, ReactNode]>;
  form: (close: () => void, saved: () => void) => ReactNode;
};

/** One editable part of the record: its values, and an inline form opened by a button gated on the role. */
function CreditPart({ title, editLabel, savedMessage, permission, editShown, rows, form }: PartProps) {
  const { t } = useI18n();
  const headingId = useId();
  const disclosure = useDisclosure();
  const [announcement, setAnnouncement] = useState('');
  return (
    <section aria-labelledby={headingId} className="credit-section">
      <div className="credit-section-header">
        <h3 id={headingId}>{title}</h3>
        {disclosure.open || !editShown ? null : (
          <GatedButton
            id={disclosure.toggleId}
            permission={permission}
            onClick={() => {
              setAnnouncement('');
              disclosure.show();
            }}
          >
            {editLabel}
          </GatedButton>
        )}
      </div>
      <dl className="field-list">
        {rows.map(([label, value]) => (
          <div key={label} className="field-list-row">
            <dt>{label}</dt>
            <dd>{value === '' ? <span className="muted">{t('common.notRecorded')}</span> : value}</dd>
          </div>
        ))}
      </dl>
      <p role="status" className="credit-announcement">
        {announcement}
      </p>
      {disclosure.open
        ? form(disclosure.hide, () => {
            setAnnouncement(savedMessage);
            disclosure.hide();
          })
        : null}
    </section>
  );
}
