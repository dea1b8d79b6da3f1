/**
 * Tracks activity and calls `onWarn` `warningMs` before `timeoutMs` of inactivity, then `onTimeout`.
 * Plain timers, so tests (and Playwright's clock) can drive it.
 */
export type IdleTimerOptions = {
  timeoutMs: number;
  warningMs: number;
  onWarn: (deadline: number) => void;
  onTimeout: () => void;
  now?: () => number;
};

export type IdleTimer = { reset: () => void; stop: () => void };

export function startIdleTimer(options: IdleTimerOptions): IdleTimer {
  const now = options.now ?? Date.now;
  const warningMs = Math.min(options.warningMs, options.timeoutMs);
  let warnTimer: ReturnType<typeof setTimeout> | undefined;
  let endTimer: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
  };
  const reset = () => {
    clear();
    const deadline = now() + options.timeoutMs;
    warnTimer = setTimeout(() => options.onWarn(deadline), options.timeoutMs - warningMs);
    endTimer = setTimeout(options.onTimeout, options.timeoutMs);
  };
  reset();
  return { reset, stop: clear };
}
