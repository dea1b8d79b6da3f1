import type { ReactNode } from 'react';
import type { CustomerAddress } from '@/api/wire/addresses';
import { useI18n } from '@/i18n/i18n-context';
import { countryName, isCountryCode } from '@/lib/countries';
import { isAddressStatus } from './address-form-schema';

const STATUS_BADGE = { current: 'badge badge-ok', previous: 'badge', unverified: 'badge badge-warning' } as const;

/** The status in words (a badge's colour only repeats what its text says). */
export function AddressStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  if (status === '') return <span className="muted">{t('common.notRecorded')}</span>;
  if (!isAddressStatus(status)) return <span className="badge">{status}</span>;
  return <span className={STATUS_BADGE[status]}>{t(`addresses.statuses.${status}`)}</span>;
}

type Props = { address: CustomerAddress; title: string; titleId: string; actions?: ReactNode };

/** One address as a card: its lines as written, then each other field labelled, empty ones said to be empty. */
export function AddressCard({ address, title, titleId, actions }: Props) {
  const { t, language, formatDate } = useI18n();
  const lines = [address.line1, address.line2, address.line3].filter((line) => line.trim() !== '');
  const country = isCountryCode(address.countryCode)
    ? `${countryName(address.countryCode, language)} (${address.countryCode})`
    : address.countryCode;
  const rows: Array<[string, ReactNode]> = [
    ['addresses.city', address.city],
    ['addresses.county', address.county],
    ['addresses.state', address.state],
    ['addresses.postcode', address.postcode],
    ['addresses.country', country],
  ];
  return (
    <article className="address-card" aria-labelledby={titleId}>
      <div className="address-card-header">
        <h3 id={titleId}>{title}</h3>
        <AddressStatusBadge status={address.status} />
      </div>
      <dl className="address-fields">
        <div className="address-field address-lines">
          <dt>{t('addresses.lines')}</dt>
          <dd>
            {lines.length === 0 ? (
              <span className="muted">{t('common.notRecorded')}</span>
            ) : (
              lines.map((line, index) => (
                <span key={index} className="address-line">
                  {line}
                </span>
              ))
            )}
          </dd>
        </div>
        {rows.map(([label, value]) => (
          <div key={label} className="address-field">
            <dt>{t(label)}</dt>
            <dd>{value === '' ? <span className="muted">{t('common.notRecorded')}</span> : value}</dd>
          </div>
        ))}
        <div className="address-field">
          <dt>{t('addresses.tags.label')}</dt>
          <dd>
            {address.tags.filter(Boolean).length === 0 ? (
              <span className="muted">{t('addresses.tags.none')}</span>
            ) : (
              <ul className="tag-list">
                {address.tags.filter(Boolean).map((tag) => (
                  <li key={tag} className="tag-chip">
                    {tag}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="address-field">
          <dt>{t('addresses.added')}</dt>
          <dd>
            {address.insertDate ? (
              <time dateTime={address.insertDate}>{formatDate(address.insertDate, { dateStyle: 'medium', timeStyle: 'short' })}</time>
            ) : (
              <span className="muted">{t('common.notRecorded')}</span>
            )}
          </dd>
        </div>
      </dl>
      {actions ? <div className="address-actions">{actions}</div> : null}
    </article>
  );
}
