import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { KycBadge } from '@/components/kyc-badge';
import { useI18n } from '@/i18n/i18n-context';
import { customerQueries } from '@/lib/customers';

type Props = { bankId: string; customerId: string };

/** Every field OBP keeps of the customer (CustomerWithAttributesJsonV310), each labelled, none hidden. */
export function IdentityTab({ bankId, customerId }: Props) {
  const { t, formatDate } = useI18n();
  const { data: customer } = useSuspenseQuery(customerQueries.detail(bankId, customerId));
  // Dates of birth are calendar days: show them in UTC so no time zone moves them to another day.
  const day = (value: string | null) => (value ? formatDate(value, { dateStyle: 'long', timeZone: 'UTC' }) : undefined);
  const instant = (value: string | null) => (value ? formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }) : undefined);

  const rows: Array<[string, ReactNode]> = [
    ['customer.legalName', customer.legal_name],
    ['customer.title', customer.title],
    ['customer.nameSuffix', customer.name_suffix],
    ['customer.dateOfBirth', day(customer.date_of_birth)],
    ['customer.customerNumber', customer.customer_number],
    ['customer.customerId', <code key="id">{customer.customer_id}</code>],
    ['customer.bank', customer.bank_id],
    ['customer.branch', customer.branch_id],
    ['customer.email', customer.email],
    ['customer.mobilePhoneNumber', customer.mobile_phone_number],
    ['customer.relationshipStatus', customer.relationship_status],
    ['customer.dependants', String(customer.dependants)],
    [
      'customer.datesOfBirthOfDependants',
      customer.dob_of_dependants.length ? customer.dob_of_dependants.map((date) => day(date)).join(', ') : undefined,
    ],
    ['customer.highestEducationAttained', customer.highest_education_attained],
    ['customer.employmentStatus', customer.employment_status],
    ['customer.faceImageUrl', customer.face_image.url],
    ['customer.faceImageDate', instant(customer.face_image.date)],
    ['customer.kycStatus', <KycBadge key="kyc" ok={customer.kyc_status} />],
    ['customer.lastOkDate', instant(customer.last_ok_date)],
    [
      'customer.creditRating',
      customer.credit_rating.rating || customer.credit_rating.source
        ? t('customer.ratingFromSource', { rating: customer.credit_rating.rating, source: customer.credit_rating.source })
        : undefined,
    ],
    [
      'customer.creditLimit',
      customer.credit_limit.amount ? `${customer.credit_limit.amount} ${customer.credit_limit.currency}`.trim() : undefined,
    ],
  ];

  return (
    <section aria-labelledby="identity-title" className="tab-section">
      <h2 id="identity-title">{t('record.tab.identity')}</h2>
      <dl className="field-list">
        {rows.map(([label, value]) => (
          <div key={label} className="field-list-row">
            <dt>{t(label)}</dt>
            <dd>{value === undefined || value === '' ? <span className="muted">{t('common.notRecorded')}</span> : value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('customer.attributes')}</h3>
      {customer.customer_attributes.length === 0 ? (
        <p className="muted">{t('customer.noAttributes')}</p>
      ) : (
        <dl className="field-list">
          {customer.customer_attributes.map((attribute) => (
            <div key={attribute.customer_attribute_id} className="field-list-row">
              <dt>{attribute.name}</dt>
              <dd>
                {attribute.value} <span className="muted">({attribute.type})</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
