import type { KycMedia } from '@/api/wire/kyc';
import { useI18n } from '@/i18n/i18n-context';
import { isWebUrl } from '@/lib/validation';
import { KycItemVersions } from './kyc-item-versions';

type Props = {
  media: readonly KycMedia[] | undefined;
  /** Says which document or check a media item relates to, when it is shown away from it. */
  describeOwner?: (item: KycMedia) => string | undefined;
};

/** The media (scans, photos, recordings) of a document or check: each a link to where it is kept. */
export function KycMediaList({ media, describeOwner }: Props) {
  const { t, formatDate } = useI18n();
  if (!media) return null;
  if (media.length === 0) return <p className="muted kyc-media-empty">{t('kyc.media.noneLinked')}</p>;
  return (
    <ul className="kyc-media-list" aria-label={t('kyc.media.listLabel')}>
      {media.map((item) => {
        const owner = describeOwner?.(item);
        return (
          <li key={item.id}>
            {isWebUrl(item.url) ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.type || t('kyc.media.untitled')}
                <span className="visually-hidden"> {t('kyc.media.opensInNewTab')}</span>
              </a>
            ) : (
              <>
                <span>{item.type || t('kyc.media.untitled')}</span> <code>{item.url}</code>
              </>
            )}
            {item.date ? <span className="muted"> · {formatDate(item.date, { dateStyle: 'medium', timeStyle: 'short' })}</span> : null}
            {owner ? <span className="muted"> · {owner}</span> : null}
            <KycItemVersions kind="media" bankId={item.bankId} customerId={item.customerId} itemId={item.id} />
          </li>
        );
      })}
    </ul>
  );
}
