import type { Logger } from '../../electron/logging/logger.js';

/**
 * Silent, but counts warnings and errors by event, so the bench can say when a drain did not go
 * straight through (a retry or a rejection would make its time meaningless).
 */
export function createCountingLogger(): Logger & { problems(eventPrefix: string): string[] } {
  const counts = new Map<string, number>();
  const count = (event: string): void => {
    counts.set(event, (counts.get(event) ?? 0) + 1);
  };
  return {
    info: () => undefined,
    warn: count,
    error: count,
    problems: (eventPrefix) => [...counts].filter(([event]) => event.startsWith(eventPrefix)).map(([event, n]) => `${event} ×${n}`),
  };
}
