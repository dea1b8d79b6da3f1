import type { UnreadableRow } from '@/api/wire/tolerant';
import { useTranslation } from '@/i18n/i18n-context';

/**
 * The rows of a list the console could not read, each by its id and what was wrong: one bad row never blanks the
 * list, and never hides either. Shown under the rows that could be read (the search results show theirs in place).
 */
export function UnreadableRows({ rows }: { rows: readonly UnreadableRow[] }) {
  const t = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div className="alert alert-info unreadable-rows">
      <p className="alert-title">{t('common.unreadableRows', { count: rows.length })}</p>
      <ul>
        {rows.map((row, index) => (
          <li key={`${row.id}-${index}`} className="row-unreadable">
            {row.id ? t('common.unreadableRow', { id: row.id }) : t('common.unreadableRowWithoutId')}{' '}
            <span className="muted">{t('common.unreadableProblem', { problem: row.problem })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
