import { useTranslation } from '@/i18n/i18n-context';

/**
 * Something is on its way: grey placeholder lines where it will appear (a skeleton, so the page does not jump and
 * nothing flashes unstyled), and the words for screen readers in a status.
 */
export function Loading({ label, lines = 3 }: { label?: string; lines?: number }) {
  const t = useTranslation();
  return (
    <div role="status" className="loading skeleton">
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span key={index} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
