import { useEffect, useRef, useState } from 'react';

// WCAG 2.2.1: the warning gives at least 20 s to answer, and one action extends; there is no limit
// on how many times (at least 10 are required).
export const IDLE_WARNING_SECONDS = 30;

/**
 * Counts down after the resident's last action. When `timeoutSeconds` pass with no action, a warning
 * starts (returned as the seconds left); any key or touch cancels it and restarts the full timeout.
 * When the warning runs out, `onExpire` ends the visit.
 */
export function useIdleTimeout(options: { active: boolean; timeoutSeconds: number; onWarn: () => void; onExpire: () => void }): number | null {
  const { active, timeoutSeconds } = options;
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const callbacks = useRef(options);
  callbacks.current = options;

  useEffect(() => {
    if (!active) return undefined;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    let countdown: ReturnType<typeof setInterval> | undefined;

    const startWarning = (): void => {
      let left = IDLE_WARNING_SECONDS;
      setSecondsLeft(left);
      callbacks.current.onWarn();
      countdown = setInterval(() => {
        left -= 1;
        if (left <= 0) {
          clearInterval(countdown);
          countdown = undefined;
          setSecondsLeft(null);
          callbacks.current.onExpire();
        } else {
          setSecondsLeft(left);
        }
      }, 1000);
    };
    const restart = (): void => {
      if (idleTimer !== undefined) clearTimeout(idleTimer);
      if (countdown !== undefined) {
        clearInterval(countdown);
        countdown = undefined;
        setSecondsLeft(null);
      }
      idleTimer = setTimeout(startWarning, timeoutSeconds * 1000);
    };

    restart();
    window.addEventListener('keydown', restart, { capture: true });
    window.addEventListener('pointerdown', restart, { capture: true });
    return () => {
      if (idleTimer !== undefined) clearTimeout(idleTimer);
      if (countdown !== undefined) clearInterval(countdown);
      window.removeEventListener('keydown', restart, { capture: true });
      window.removeEventListener('pointerdown', restart, { capture: true });
    };
  }, [active, timeoutSeconds]);

  return secondsLeft;
}
