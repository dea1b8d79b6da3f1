import { useTranslation } from '@/i18n/i18n-context';

/** A tab whose content is not built yet says so plainly instead of pretending. */
export function ComingNext({ tab }: { tab: string }) {
  const t = useTranslation();
  return (
    <section aria-labelledby={`tab-${tab}-title`}>
      <h2 id={`tab-${tab}-title`}>{t(`record.tab.${tab}`)}</h2>
      <p className="empty-state">{t('record.comingNext')}</p>
    </section>
  );
}
