import { useEffect } from 'react';
import { useI18n } from '@/i18n/i18n-context';

/** "Eveline Tripman · KYC — Customer Desk": what the page shows first, then where in it, then the product. */
export function documentTitle(parts: readonly (string | undefined)[], product: string): string {
  const page = parts.filter((part): part is string => Boolean(part?.trim())).join(' · ');
  return page ? `${page} — ${product}` : product;
}

/** Names the browser tab after the route, so many open tabs of the console can be told apart. */
export function useDocumentTitle(...parts: (string | undefined)[]): void {
  const { t } = useI18n();
  const title = documentTitle(parts, t('common.productName'));
  useEffect(() => {
    document.title = title;
  }, [title]);
}
