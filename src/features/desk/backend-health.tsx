import { useQuery } from '@tanstack/react-query';
import { deskCapabilities, deskCustomerQueries } from '@/api/resources/desk-customers';
import { useI18n } from '@/i18n/i18n-context';

/** The backend's own health check (bLink's `/healthcheck`), where the backend has one; nothing where it has none. */
export function BackendHealth() {
  const { t, formatDate } = useI18n();
  const hasHealthCheck = deskCapabilities().has('health-check');
  const health = useQuery({ ...deskCustomerQueries.health(), enabled: hasHealthCheck });
  if (!hasHealthCheck) return null;
  const state = health.isPending ? 'checking' : health.isError ? 'unknown' : health.data.status;
  const badge = state === 'up' ? 'badge-ok' : state === 'down' ? 'badge-danger' : 'badge-warning';
  return (
    <p className="backend-health" role="status">
      <span className={`badge ${badge}`}>{t(`desk.health.${state}`)}</span>
      {health.data ? <span className="visually-hidden"> {t('desk.health.checkedAt', { time: formatDate(health.data.checkedAt, { timeStyle: 'short' }) })}</span> : null}
    </p>
  );
}
