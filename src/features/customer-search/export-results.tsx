import { memo, useEffect, useRef, useState } from 'react';
import type { CustomerSearch } from '@/api/resources/customers';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/i18n/i18n-context';

type Progress = { state: 'idle' } | { state: 'running'; rows: number } | { state: 'done'; rows: number } | { state: 'failed'; message: string };

/**
 * "Download CSV": every page of the applied search, as the table shows it; says how far it got and can be left. Not
 * rendered again while an answer's rows arrive (same bank, same search).
 */
export const ExportResults = memo(function ExportResults({ bankId, search }: { bankId: string; search: CustomerSearch }) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  const searchKey = JSON.stringify([bankId, search]);

  // A new search, or leaving the page, stops an export that is still reading pages.
  useEffect(() => {
    setProgress({ state: 'idle' });
    return () => running.current?.abort();
  }, [searchKey]);

  const start = async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setProgress({ state: 'running', rows: 0 });
    try {
      // The export's code loads with the first click (export-csv.ts): the page's first paint needs only the button.
      const { downloadSearchCsv } = await import('./export-csv');
      const rows = await downloadSearchCsv(bankId, search, t, controller.signal, (read) => setProgress({ state: 'running', rows: read }));
      setProgress({ state: 'done', rows });
    } catch (error) {
      if (controller.signal.aborted) return;
      setProgress({ state: 'failed', message: describeError(error, t) });
    }
  };

  return (
    <div className="export-results">
      <button type="button" className="button" onClick={() => void start()} disabled={progress.state === 'running'}>
        {t('search.exportCsv')}
      </button>
      <span aria-live="polite" className="muted">
        {progress.state === 'running'
          ? t('search.exportRunning', { count: progress.rows })
          : progress.state === 'done'
            ? t('search.exportDone', { count: progress.rows })
            : progress.state === 'failed'
              ? t('search.exportFailed', { reason: progress.message })
              : ''}
      </span>
    </div>
  );
});
