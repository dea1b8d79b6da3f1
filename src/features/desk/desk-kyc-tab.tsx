import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { Amount, DeskCustomer } from '@/api/connectors/connector';
import { deskConnector, deskCustomerQueries } from '@/api/resources/desk-customers';
import { ErrorMessage } from '@/components/error-message';
import { Loading } from '@/components/loading';
import { useI18n } from '@/i18n/i18n-context';
import { useDeskPermission } from '@/lib/desk-permissions';
import { enumLabel } from './desk-format';
import { DeskRoleNote } from './desk-role-note';

/** The customer's KYC record (OpenWealth `GET /customers/{id}/kyc`): read only, as the standard offers no write. */
export function DeskKycTab({ customer }: { customer: DeskCustomer }) {
  const { t, formatDate } = useI18n();
  const headingId = useId();
  const connector = deskConnector();
  const permission = useDeskPermission(connector.backend, connector.operations.kyc);
  const kyc = useQuery({ ...deskCustomerQueries.kyc(customer.id), enabled: permission.allowed });
  const text = (value: string | undefined) => value ?? t('common.notRecorded');
  const money = (amount: Amount | undefined) => (amount ? `${amount.amount}${amount.currency ? ` ${amount.currency}` : ''}` : t('common.notRecorded'));

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('desk.tab.kyc')}</h2>
      <p className="muted">{t('desk.kyc.readOnly')}</p>
      {!permission.allowed ? <DeskRoleNote permission={permission} /> : null}
      {permission.allowed && kyc.isPending ? <Loading /> : null}
      {kyc.isError ? <ErrorMessage error={kyc.error} onRetry={() => void kyc.refetch()} /> : null}
      {kyc.data ? (
        <>
          <h3>{t('desk.kyc.nonFinancial')}</h3>
          <dl className="field-list">
            <div>
              <dt>{t('desk.kyc.profession')}</dt>
              <dd>{text(kyc.data.profession)}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.employingCompany')}</dt>
              <dd>{text(kyc.data.employingCompany)}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.function')}</dt>
              <dd>{text(kyc.data.function)}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.typeOfEmployment')}</dt>
              <dd>{kyc.data.typeOfEmployment ? enumLabel(t, `desk.employment.${kyc.data.typeOfEmployment}`, kyc.data.typeOfEmployment) : t('common.notRecorded')}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.educationLevel')}</dt>
              <dd>{text(kyc.data.educationLevel)}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.sector')}</dt>
              <dd>{text(kyc.data.sector)}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.riskDomicile')}</dt>
              <dd>{text(kyc.data.riskDomicile)}</dd>
            </div>
          </dl>
          <h3>{t('desk.kyc.financial')}</h3>
          <dl className="field-list">
            <div>
              <dt>{t('desk.kyc.income')}</dt>
              <dd>{money(kyc.data.incomeCurrentPeriod)}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.sourceOfIncome')}</dt>
              <dd>{kyc.data.sourceOfIncome ? enumLabel(t, `desk.incomeSource.${kyc.data.sourceOfIncome}`, kyc.data.sourceOfIncome) : t('common.notRecorded')}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.annualTurnover')}</dt>
              <dd>{money(kyc.data.annualTurnover)}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.monetaryWealth')}</dt>
              <dd>{money(kyc.data.monetaryWealth)}</dd>
            </div>
            <div>
              <dt>{t('desk.kyc.priorBank')}</dt>
              <dd>{text(kyc.data.priorBank)}</dd>
            </div>
          </dl>
          <h3>{t('desk.kyc.sourcesOfWealth')}</h3>
          {kyc.data.sourcesOfWealth.length === 0 ? (
            <p className="empty-state">{t('common.notRecorded')}</p>
          ) : (
            <ul>
              {kyc.data.sourcesOfWealth.map((source, index) => (
                <li key={index}>
                  {source.source ? enumLabel(t, `desk.wealthSource.${source.source}`, source.source) : t('common.notRecorded')}: {money(source.amount)}
                  {source.dateOfReceipt ? ` · ${formatDate(source.dateOfReceipt)}` : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
