import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedIdCardReader } from '../../../electron/devices/simulatedIdCardReader.js';

const CARD = { name: '王小明', idNumber: '37170219900307108X' };

afterEach(() => {
  vi.useRealTimers();
});

describe('createSimulatedIdCardReader', () => {
  it('reads a card already on the reader at once, and again until it is removed', async () => {
    const reader = createSimulatedIdCardReader();
    expect(reader.kind).toBe('simulated');
    reader.insert(CARD);
    expect(await reader.read(1000)).toEqual({ ok: true, value: CARD });
    expect(await reader.read(1000)).toEqual({ ok: true, value: CARD });
    reader.remove();
    vi.useFakeTimers();
    const pending = reader.read(50);
    await vi.advanceTimersByTimeAsync(50);
    expect(await pending).toEqual({ ok: false, error: 'no_card' });
  });

  it('waits for a card placed while reading', async () => {
    vi.useFakeTimers();
    const reader = createSimulatedIdCardReader();
    const pending = reader.read(10_000);
    await vi.advanceTimersByTimeAsync(3_000);
    reader.insert(CARD);
    expect(await pending).toEqual({ ok: true, value: CARD });
  });

  it('answers no_card when the timeout passes with no card, not before', async () => {
    vi.useFakeTimers();
    const reader = createSimulatedIdCardReader();
    let settled = false;
    const pending = reader.read(10_000).then((result) => {
      settled = true;
      return result;
    });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ ok: false, error: 'no_card' });
    reader.insert(CARD); // a card placed after the timeout does not reach the finished read
    expect(settled).toBe(true);
  });

  it('reports an unplugged or faulty reader as a value, including to a waiting read', async () => {
    const reader = createSimulatedIdCardReader();
    reader.fail('unavailable');
    expect(await reader.read(1000)).toEqual({ ok: false, error: 'unavailable' });
    reader.fail(null);
    vi.useFakeTimers();
    const pending = reader.read(10_000);
    reader.fail('unreadable');
    expect(await pending).toEqual({ ok: false, error: 'unreadable' });
  });

  it('hands out copies, so a caller cannot change the card on the reader', async () => {
    const reader = createSimulatedIdCardReader();
    reader.insert(CARD);
    const first = await reader.read(10);
    if (first.ok) first.value.name = '改';
    expect(await reader.read(10)).toEqual({ ok: true, value: CARD });
  });
});
