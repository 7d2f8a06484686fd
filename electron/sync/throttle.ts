/**
 * Calls `action` at most once per `intervalMs`, with a trailing call so the last change is never lost.
 * The status area does not need every batch of a fast drain, and each update counts the outbox.
 */
export function throttle(action: () => void, intervalMs: number): { (): void; cancel(): void } {
  let lastMs = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  const run = (): void => {
    timer = undefined;
    lastMs = Date.now();
    action();
  };
  const throttled = (): void => {
    if (timer !== undefined) return;
    const wait = lastMs + intervalMs - Date.now();
    if (wait <= 0) run();
    else {
      timer = setTimeout(run, wait);
      timer.unref();
    }
  };
  throttled.cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  return throttled;
}
