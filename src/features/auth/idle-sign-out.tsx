import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { announceActivity, onActivityElsewhere } from '@/lib/session-sharing';
import { startIdleTimer, type IdleTimer } from './idle-timer';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

type Props = { timeoutMinutes: number; warningSeconds: number; onTimeout: () => void };

/** Signs the user out after a quiet period, warning first with a countdown and a way to stay. */
export function IdleSignOut({ timeoutMinutes, warningSeconds, onTimeout }: Props) {
  const { t } = useI18n();
  const [deadline, setDeadline] = useState<number | undefined>();
  const [now, setNow] = useState(() => Date.now());
  const timerRef = useRef<IdleTimer | undefined>(undefined);
  const stayRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onTimeoutRef = useRef(onTimeout);
  onTimeoutRef.current = onTimeout;

  useEffect(() => {
    const timer = startIdleTimer({
      timeoutMs: timeoutMinutes * 60_000,
      warningMs: warningSeconds * 1000,
      onWarn: (at) => {
        setNow(Date.now());
        setDeadline(at);
      },
      onTimeout: () => {
        setDeadline(undefined);
        onTimeoutRef.current();
      },
    });
    timerRef.current = timer;
    let lastReset = 0;
    let lastAnnounced = 0;
    const onActivity = () => {
      // While the warning shows, only its button keeps the session: a stray key must not hide the warning unread.
      if (dialogRef.current?.open) return;
      const current = Date.now();
      if (current - lastReset < 1000) return;
      lastReset = current;
      timer.reset();
      // The other tabs share the session: they hear of it (at most every 30 s), so none of them times it out.
      if (current - lastAnnounced >= 30_000) {
        lastAnnounced = current;
        announceActivity();
      }
    };
    const stopListening = onActivityElsewhere(() => {
      setDeadline(undefined);
      timer.reset();
    });
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      timer.stop();
      stopListening();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [timeoutMinutes, warningSeconds]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (deadline === undefined) {
      if (dialog.open) dialog.close();
      return;
    }
    if (!dialog.open) dialog.showModal();
    stayRef.current?.focus();
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [deadline]);

  const stay = () => {
    setDeadline(undefined);
    timerRef.current?.reset();
  };
  const secondsLeft = deadline === undefined ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onCancel={(event) => {
        event.preventDefault();
        stay();
      }}
    >
      <h2 id="idle-title">{t('auth.idleTitle')}</h2>
      <p id="idle-body">{t('auth.idleBody', { count: secondsLeft })}</p>
      <div className="dialog-actions">
        <button ref={stayRef} type="button" className="button button-primary" onClick={stay}>
          {t('auth.staySignedIn')}
        </button>
      </div>
    </dialog>
  );
}
