/**
 * Runs async tasks one after another. PIN checks go through one of these, so two attempts sent at
 * once cannot both read "4 failures" and slip past the lock-out together.
 */
export function serially(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
