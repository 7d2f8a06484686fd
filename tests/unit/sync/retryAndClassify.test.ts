import { describe, expect, it } from 'vitest';
import { classifyBatchResponse } from '../../../electron/sync/classifyBatchResponse.js';
import { retryDelayMs } from '../../../electron/sync/retryDelay.js';
import { parseCentralBaseUrl } from '../../../shared/central/endpoint.js';
import { ok, err } from '../../../shared/result.js';

const ID_A = '019a8f3e-7c4b-7def-8abc-0123456789ab';
const ID_B = '019a8f3e-7c4b-7def-8abc-0123456789ac';
const NOW = new Date('2026-11-23T09:00:00Z');
const answer = (status: number, body: unknown) =>
  ok({ status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('retry delay: exponential with equal jitter', () => {
  const policy = { baseMs: 1_000, maxMs: 60_000 };
  it('doubles per attempt, between half and all of the exponential step', () => {
    expect(retryDelayMs(1, policy, () => 0)).toBe(500);
    expect(retryDelayMs(1, policy, () => 1)).toBe(1_000);
    expect(retryDelayMs(3, policy, () => 0)).toBe(2_000);
    expect(retryDelayMs(3, policy, () => 1)).toBe(4_000);
  });
  it('never exceeds the cap, however many attempts', () => {
    expect(retryDelayMs(50, policy, () => 1)).toBe(60_000);
    expect(retryDelayMs(50, policy, () => 0)).toBe(30_000);
  });
});

describe('what an upload answer means', () => {
  it('is answered only when every item sent has exactly one result', () => {
    const results = [
      { id: ID_A, outcome: 'accepted', centralReference: 'SD-1' },
      { id: ID_B, outcome: 'rejected', reason: 'closed', detail: 'course closed' },
    ];
    expect(classifyBatchResponse(answer(200, { results }), [ID_A, ID_B], NOW)).toMatchObject({ kind: 'answered' });
    expect(classifyBatchResponse(answer(200, { results: results.slice(0, 1) }), [ID_A, ID_B], NOW)).toEqual({
      kind: 'retry',
      reason: 'incomplete_response',
      reachable: true,
    });
    expect(classifyBatchResponse(answer(200, { results: [results[0], results[0]] }), [ID_A, ID_B], NOW).kind).toBe('retry');
  });

  it.each([
    ['invalid JSON', answer(200, '{"results": [')],
    ['the wrong shape', answer(200, { ok: true })],
    ['a 500', answer(500, { error: { code: 'internal_error', message: 'x' } })],
    ['a 503', answer(503, '')],
    ['a 429', answer(429, '')],
  ])('retries after %s (the server may or may not have the items)', (_name, response) => {
    expect(classifyBatchResponse(response, [ID_A], NOW).kind).toBe('retry');
  });

  it('retries after a network failure or a timeout, as unreachable', () => {
    expect(classifyBatchResponse(err({ kind: 'network', message: 'ECONNREFUSED' }), [ID_A], NOW)).toEqual({ kind: 'retry', reason: 'network', reachable: false });
    expect(classifyBatchResponse(err({ kind: 'timeout' }), [ID_A], NOW)).toEqual({ kind: 'retry', reason: 'timeout', reachable: false });
  });

  it('stops on 401 and 403, and calls other 4xx a refusal of the request itself', () => {
    expect(classifyBatchResponse(answer(401, ''), [ID_A], NOW)).toEqual({ kind: 'unauthorized' });
    expect(classifyBatchResponse(answer(403, ''), [ID_A], NOW)).toEqual({ kind: 'unauthorized' });
    expect(classifyBatchResponse(answer(400, ''), [ID_A], NOW)).toEqual({ kind: 'refused', status: 400 });
    expect(classifyBatchResponse(answer(413, ''), [ID_A], NOW)).toEqual({ kind: 'refused', status: 413 });
  });

  it('calls a 401 clock_skew a clock problem with the offset the server saw, not a credentials problem (issue #17)', () => {
    const tenMinutesBehind = answer(401, { error: { code: 'clock_skew', message: 'x', serverTime: '2026-11-23T09:10:00Z' } });
    expect(classifyBatchResponse(tenMinutesBehind, [ID_A], NOW)).toEqual({ kind: 'clock_skew', offsetMs: -600_000 });
    // Without the server's time it cannot say by how much, so it is the credentials answer.
    expect(classifyBatchResponse(answer(401, { error: { code: 'clock_skew', message: 'x' } }), [ID_A], NOW)).toEqual({ kind: 'unauthorized' });
  });
});

describe('central API address', () => {
  it('requires HTTPS except to loopback', () => {
    expect(parseCentralBaseUrl('https://jy.shandong.example/api').ok).toBe(true);
    expect(parseCentralBaseUrl('http://127.0.0.1:47900').ok).toBe(true);
    expect(parseCentralBaseUrl('http://localhost:47900').ok).toBe(true);
    expect(parseCentralBaseUrl('http://[::1]:47900').ok).toBe(true);
    expect(parseCentralBaseUrl('http://jy.shandong.example')).toEqual({ ok: false, error: 'https_required' });
    expect(parseCentralBaseUrl('http://127.0.0.1.example.com')).toEqual({ ok: false, error: 'https_required' });
    expect(parseCentralBaseUrl('ftp://127.0.0.1')).toEqual({ ok: false, error: 'invalid_url' });
    expect(parseCentralBaseUrl('https://user:pw@jy.example')).toEqual({ ok: false, error: 'invalid_url' });
    expect(parseCentralBaseUrl('not a url')).toEqual({ ok: false, error: 'invalid_url' });
  });
});
