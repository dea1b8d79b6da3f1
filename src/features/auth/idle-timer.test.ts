import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleTimer } from './idle-timer';

describe('startIdleTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('warns before the timeout and then times out', () => {
    const onWarn = vi.fn();
    const onTimeout = vi.fn();
    startIdleTimer({ timeoutMs: 60_000, warningMs: 10_000, onWarn, onTimeout });
    vi.advanceTimersByTime(49_999);
    expect(onWarn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onWarn).toHaveBeenCalledTimes(1);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('starts over on activity', () => {
    const onTimeout = vi.fn();
    const timer = startIdleTimer({ timeoutMs: 60_000, warningMs: 10_000, onWarn: vi.fn(), onTimeout });
    vi.advanceTimersByTime(59_000);
    timer.reset();
    vi.advanceTimersByTime(59_000);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });

  it('never fires once stopped', () => {
    const onTimeout = vi.fn();
    const timer = startIdleTimer({ timeoutMs: 1_000, warningMs: 500, onWarn: vi.fn(), onTimeout });
    timer.stop();
    vi.advanceTimersByTime(5_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
