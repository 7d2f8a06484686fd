import { err, ok, type Result } from '../../shared/result.js';
import type { IdCardReader, IdCardReadError, IdCardReading } from './idCardReader.js';

export type SimulatedIdCardReader = IdCardReader & {
  /** Puts a card on the reader; a waiting read gets it at once. */
  insert(card: IdCardReading): void;
  /** Takes the card off the reader. */
  remove(): void;
  /** Makes the reader behave as unplugged ('unavailable') or faulty ('unreadable'); null restores it. */
  fail(error: Exclude<IdCardReadError, 'no_card'> | null): void;
};

type Waiter = { resolve(result: Result<IdCardReading, IdCardReadError>): void; timer: ReturnType<typeof setTimeout> };

/**
 * Stands in for a real reader until the Electron shell passes one (and in tests): a card stays "on the
 * reader" until removed, as on the real device, and a read waits up to timeoutMs for one to be placed.
 */
export function createSimulatedIdCardReader(): SimulatedIdCardReader {
  let card: IdCardReading | null = null;
  let failure: Exclude<IdCardReadError, 'no_card'> | null = null;
  const waiters = new Set<Waiter>();

  function settle(waiter: Waiter, result: Result<IdCardReading, IdCardReadError>): void {
    clearTimeout(waiter.timer);
    waiters.delete(waiter);
    waiter.resolve(result);
  }

  return {
    kind: 'simulated',
    read(timeoutMs) {
      if (failure !== null) return Promise.resolve(err(failure));
      if (card !== null) return Promise.resolve(ok({ ...card }));
      return new Promise((resolve) => {
        const waiter: Waiter = {
          resolve,
          timer: setTimeout(() => settle(waiter, err('no_card')), Math.max(0, timeoutMs)),
        };
        waiters.add(waiter);
      });
    },
    insert(next) {
      card = { ...next };
      if (failure !== null) return;
      for (const waiter of [...waiters]) settle(waiter, ok({ ...next }));
    },
    remove() {
      card = null;
    },
    fail(error) {
      failure = error;
      if (error === null) return;
      for (const waiter of [...waiters]) settle(waiter, err(error));
    },
  };
}
