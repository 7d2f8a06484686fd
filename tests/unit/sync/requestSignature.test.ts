import { describe, expect, it } from 'vitest';
import { createReplayGuard, REPLAY_WINDOW_MS, signatureHeaders, verifyRequest } from '../../../electron/sync/requestSignature.js';

const SECRET = 'station-secret-0123456789';
const secretOf = (station: string): string | undefined => (station === 'HZ-0001' ? SECRET : undefined);
const NOW = 1_790_000_000_000;
const body = JSON.stringify({ items: [{ id: '019a8f3e-7c4b-7def-8abc-0123456789ab' }] });

function signed(overrides: { method?: string; path?: string; body?: string; timestampMs?: number; secret?: string; station?: string } = {}) {
  const parts = { method: 'POST', path: '/v1/submissions', timestampMs: overrides.timestampMs ?? NOW, body };
  return {
    method: overrides.method ?? 'POST',
    path: overrides.path ?? '/v1/submissions',
    body: overrides.body ?? body,
    headers: signatureHeaders(overrides.station ?? 'HZ-0001', parts, overrides.secret ?? SECRET),
  };
}

describe('request signatures (HMAC-SHA256 over method, path, timestamp, body hash)', () => {
  it('accepts a correctly signed request and names its station', () => {
    expect(verifyRequest(signed(), secretOf, NOW, createReplayGuard())).toEqual({ ok: true, value: 'HZ-0001' });
  });

  it.each([
    ['a tampered body', { body: body.replace('019a', '019b') }],
    ['another path', { path: '/v1/visits' }],
    ['another method', { method: 'PUT' }],
    ['the wrong secret', { secret: 'guess' }],
  ])('refuses %s', (_name, change) => {
    expect(verifyRequest(signed(change), secretOf, NOW, createReplayGuard())).toEqual({ ok: false, error: 'bad_signature' });
  });

  it('refuses an unknown station, missing headers, and timestamps outside the replay window', () => {
    expect(verifyRequest(signed({ station: 'XX-9999' }), secretOf, NOW, createReplayGuard())).toEqual({ ok: false, error: 'unknown_station' });
    expect(verifyRequest({ ...signed(), headers: {} }, secretOf, NOW, createReplayGuard())).toEqual({ ok: false, error: 'missing_headers' });
    expect(verifyRequest(signed({ timestampMs: NOW - REPLAY_WINDOW_MS - 1 }), secretOf, NOW, createReplayGuard())).toEqual({ ok: false, error: 'stale' });
    expect(verifyRequest(signed({ timestampMs: NOW + REPLAY_WINDOW_MS + 1 }), secretOf, NOW, createReplayGuard())).toEqual({ ok: false, error: 'stale' });
  });

  it('refuses the same signed request sent twice inside the window', () => {
    const guard = createReplayGuard();
    const request = signed();
    expect(verifyRequest(request, secretOf, NOW, guard).ok).toBe(true);
    expect(verifyRequest(request, secretOf, NOW + 1000, guard)).toEqual({ ok: false, error: 'replayed' });
  });

  it('never puts the secret in the headers', () => {
    expect(JSON.stringify(signed().headers)).not.toContain(SECRET);
  });
});
