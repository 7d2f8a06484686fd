import { useCallback, useState } from 'react';
import { useSession } from './sessionContext.js';

/** The session's memory object: a new one per visit, so everything kept against it goes with the visit. */
type VisitMemory = object;

/**
 * One kind of thing kept for the visit (a job search, the answers already given, a flow's reference), typed
 * once where it is defined. Values live in the slot's own WeakMap keyed by the visit's memory object, so
 * nothing is read back through a cast, and a new visit starts empty (issue #14; WCAG 3.3.7 within a visit).
 */
export type VisitSlot<T> = {
  readonly name: string;
  read(memory: VisitMemory, id: string): T;
  write(memory: VisitMemory, id: string, value: T): void;
};

export function defineVisitSlot<T>(name: string, initial: T): VisitSlot<T> {
  const visits = new WeakMap<VisitMemory, Map<string, T>>();
  return {
    name,
    read(memory, id) {
      const values = visits.get(memory);
      return values !== undefined && values.has(id) ? (values.get(id) ?? initial) : initial;
    },
    write(memory, id, value) {
      const values = visits.get(memory) ?? new Map<string, T>();
      values.set(id, value);
      visits.set(memory, values);
    },
  };
}

/**
 * State that outlives a screen but not the visit. `id` tells apart values of one slot (one per job, say).
 * Ending the visit (or the walk-away reset) mounts a new session with a new memory object, which clears it.
 */
export function useVisitMemory<T>(slot: VisitSlot<T>, id = ''): [T, (value: T) => void] {
  const { memory } = useSession();
  const [value, setValue] = useState<T>(() => slot.read(memory, id));
  const update = useCallback(
    (next: T) => {
      slot.write(memory, id, next);
      setValue(next);
    },
    [memory, slot, id],
  );
  return [value, update];
}
