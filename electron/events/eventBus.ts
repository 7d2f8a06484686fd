import type { KioskEvent } from '../../shared/contract/events.js';

export type EventBus = {
  publish(event: KioskEvent): void;
  subscribe(listener: (event: KioskEvent) => void): () => void;
};

// In-process fan-out of host events; each shell forwards them on its own stream.
export function createEventBus(): EventBus {
  const listeners = new Set<(event: KioskEvent) => void>();
  return {
    publish(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
