import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { KycStatusBadge } from '@/components/kyc-badge';
import { UnavailableActions } from '@/components/role-requirement';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/api/resources/customers';
import { sortActions } from '@/lib/gated-actions';
import { usePermission } from '@/lib/permissions';
import { EditableSection } from './editable-section';
import { BranchForm, DataForm, EmailForm, IdentityForm, MobileForm, NumberForm } from './identity-forms';
import './identity.css';
import { AttributeValue } from '@/components/attribute-value';
import { useEnumerationLabel } from '@/lib/enumerations';
import { useFormat } from '@/lib/format';
import { phoneRegion, readablePhoneNumber } from '@/lib/phone-number';

type Props = { bankId: string; customerId: string };
type SectionKey = 'identity' | 'number' | 'branch' | 'email' | 'mobile' | 'data';

/** Headings, Edit actions and saved notices, one group per OBP update. */
const SECTION_TEXT: Record<SectionKey, { title: string; edit: string; saved: string }> = {
  identity: { title: 'identityEdit.section.identity', edit: 'identityEdit.edit.identity', saved: 'identityEdit.saved.identity' },
  number: { title: 'identityEdit.section.number', edit: 'identityEdit.edit.number', saved: 'identityEdit.saved.number' },
  branch: { title: 'identityEdit.section.branch', edit: 'identityEdit.edit.branch', saved: 'identityEdit.saved.branch' },
  email: { title: 'identityEdit.section.email', edit: 'identityEdit.edit.email', saved: 'identityEdit.saved.email' },
  mobile: { title: 'identityEdit.section.mobile', edit: 'identityEdit.edit.mobile', saved: 'identityEdit.saved.mobile' },
  data: { title: 'identityEdit.section.data', edit: 'identityEdit.edit.data', saved: 'identityEdit.saved.data' },
};
type Row = [label: string, value: ReactNode];

function FieldRows({ rows }: { rows: Row[] }) {
  const { t } = useI18n();
  return (
    <dl className="field-list">
      {rows.map(([label, value]) => (
        <div key={label} className="field-list-row">
          <dt>{t(label)}</dt>
          <dd>{value === undefined || value === '' ? <span className="muted">{t('common.notRecorded')}</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A section of one field: its heading names it, so the value stands alone. */
function SingleValue({ value }: { value: string }) {
  const { t } = useI18n();
  return <p className="identity-value">{value === '' ? <span className="muted">{t('common.notRecorded')}</span> : value}</p>;
}

/**
 * A mobile number in the international format; when it was stored written otherwise, that is shown too, since the
 * phone search matches what is stored.
 */
function PhoneValue({ stored, locale }: { stored: string; locale: string }) {
  const { t } = useI18n();
  if (stored === '') return <SingleValue value="" />;
  const readable = readablePhoneNumber(stored, phoneRegion(locale));
  return (
    <p className="identity-value">
      {readable}
      {readable === stored ? null : <span className="muted"> {t('identityEdit.storedAs', { value: stored })}</span>}
    </p>
  );
}

/**
 * Every field OBP keeps of the customer (CustomerWithAttributesJsonV310), each labelled, none hidden, grouped the way
 * OBP updates them (contract §2.13–2.21): each group has its own Edit, enabled only with its operation's role.
 */
export function IdentityTab({ bankId, customerId }: Props) {
  const { t, formatDate } = useI18n();
  const label = useEnumerationLabel();
  const format = useFormat();
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));
  const permissions = {
    identity: usePermission('updateCustomerIdentity', bankId),
    number: usePermission('updateCustomerNumber', bankId),
    branch: usePermission('updateCustomerBranch', bankId),
    email: usePermission('updateCustomerEmail', bankId),
    mobile: usePermission('updateCustomerMobileNumber', bankId),
    data: usePermission('updateCustomerData', bankId),
  };
  // Dates of birth are calendar days: show them in UTC so no time zone moves them to another day.
  const day = (value: string | undefined) => (value ? formatDate(value, { dateStyle: 'long', timeZone: 'UTC' }) : undefined);
  const instant = (value: string | undefined) => (value ? formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }) : undefined);
  const datesRecorded = customer.dobOfDependants.length;

  const editAction = (key: SectionKey) => ({ label: t(SECTION_TEXT[key].edit), permission: permissions[key] });
  // The edits the user's roles never allow are listed once under the heading, not a disabled Edit in every group.
  const actions = sortActions({
    identity: editAction('identity'),
    number: editAction('number'),
    branch: editAction('branch'),
    email: editAction('email'),
    mobile: editAction('mobile'),
    data: editAction('data'),
  });

  const section = (key: SectionKey) => ({
    title: t(SECTION_TEXT[key].title),
    editLabel: t(SECTION_TEXT[key].edit),
    savedMessage: t(SECTION_TEXT[key].saved),
    permission: permissions[key],
    editShown: actions.shown[key],
  });
  const formLabel = (key: SectionKey) => t(SECTION_TEXT[key].edit);

  return (
    <section aria-labelledby="identity-title" className="tab-section">
      <h2 id="identity-title">{t('record.tab.identity')}</h2>
      <UnavailableActions actions={actions.unavailable} />
      <div className="identity-sections">
        <EditableSection
          {...section('identity')}
          wide
          form={(props) => <IdentityForm customer={customer} label={formLabel('identity')} {...props} />}
        >
          <FieldRows
            rows={[
              ['customer.legalName', customer.legalName],
              ['customer.title', customer.title],
              ['customer.nameSuffix', customer.nameSuffix],
              ['customer.dateOfBirth', day(customer.dateOfBirth)],
            ]}
          />
        </EditableSection>

        <EditableSection {...section('number')} form={(props) => <NumberForm customer={customer} label={formLabel('number')} {...props} />}>
          <SingleValue value={customer.customerNumber} />
        </EditableSection>

        <EditableSection {...section('branch')} form={(props) => <BranchForm customer={customer} label={formLabel('branch')} {...props} />}>
          <SingleValue value={customer.branchId} />
        </EditableSection>

        <EditableSection {...section('email')} form={(props) => <EmailForm customer={customer} label={formLabel('email')} {...props} />}>
          <SingleValue value={customer.email} />
        </EditableSection>

        <EditableSection {...section('mobile')} form={(props) => <MobileForm customer={customer} label={formLabel('mobile')} {...props} />}>
          <PhoneValue stored={customer.mobilePhoneNumber} locale={format.locale} />
        </EditableSection>

        <EditableSection {...section('data')} wide form={(props) => <DataForm customer={customer} label={formLabel('data')} {...props} />}>
          <FieldRows
            rows={[
              ['customer.relationshipStatus', label('relationshipStatus', customer.relationshipStatus)],
              ['customer.dependants', customer.dependants === undefined ? undefined : String(customer.dependants)],
              [
                'customer.datesOfBirthOfDependants',
                datesRecorded ? customer.dobOfDependants.map((date) => day(date)).join(', ') : undefined,
              ],
              ['customer.highestEducationAttained', label('education', customer.highestEducationAttained)],
              ['customer.employmentStatus', label('employmentStatus', customer.employmentStatus)],
              ['customer.faceImageUrl', customer.faceImage.url],
              ['customer.faceImageDate', instant(customer.faceImage.date)],
            ]}
          />
          {customer.dependants !== undefined && customer.dependants !== datesRecorded ? (
            <p className="note-warning">
              <strong>{t('identityEdit.warning')}</strong>{' '}
              {t('identityEdit.dependantsMismatch', { count: customer.dependants, dates: datesRecorded })}
            </p>
          ) : null}
        </EditableSection>

        <section aria-labelledby="identity-record-details" className="identity-section identity-section-wide">
          <div className="identity-section-header">
            <h3 id="identity-record-details">{t('identityEdit.section.record')}</h3>
          </div>
          <FieldRows
            rows={[
              ['customer.customerId', <code key="id">{customer.customerId}</code>],
              ['customer.bank', customer.bankId],
              ['customer.kycStatus', <KycStatusBadge key="kyc" bankId={bankId} customer={customer} statuses="fetch" />],
              ['customer.lastOkDate', instant(customer.lastOkDate)],
              [
                'customer.creditRating',
                customer.creditRating.rating || customer.creditRating.source
                  ? t('customer.ratingFromSource', { rating: customer.creditRating.rating, source: customer.creditRating.source })
                  : undefined,
              ],
              [
                'customer.creditLimit',
                customer.creditLimit.amount ? format.money(customer.creditLimit.amount, customer.creditLimit.currency) : undefined,
              ],
            ]}
          />
          <p className="muted">{t('identityEdit.recordNote')}</p>
        </section>
      </div>

      <h3>{t('customer.attributes')}</h3>
      {customer.customerAttributes.length === 0 ? (
        <p className="muted">{t('customer.noAttributes')}</p>
      ) : (
        <dl className="field-list">
          {customer.customerAttributes.map((attribute) => (
            <div key={attribute.customerAttributeId} className="field-list-row">
              <dt>{attribute.name}</dt>
              <dd>
                <AttributeValue attribute={attribute} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
