import { useTranslation } from '@/i18n/i18n-context';

type Props = {
  page: number;
  pageSize: number;
  /** Known total, or undefined when the server does not say (then `hasNext` decides). */
  total?: number | undefined;
  hasNext: boolean;
  onPage: (page: number) => void;
  label: string;
};

export function Pagination({ page, pageSize, total, hasNext, onPage, label }: Props) {
  const t = useTranslation();
  const pages = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.previousPage')}
      </button>
      <span aria-live="polite">
        {pages === undefined ? t('common.pageNumber', { page }) : t('common.pageOf', { page, pages })}
      </span>
      <button type="button" className="button" disabled={!hasNext} onClick={() => onPage(page + 1)}>
        {t('common.nextPage')}
      </button>
    </nav>
  );
}
