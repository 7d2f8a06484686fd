import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/contract/channels.js';
import { KioskErrorSchema } from '../../../shared/errors.js';
import { startTestHost } from '../../support/testHost.js';

// Payloads of the wrong shape, sent to every channel of the contract. Each must come back as a typed
// invalid_input error value, and the host must keep answering afterwards (ISSUE #2, DESIGN.md "router").
const malformedPayloads: ReadonlyArray<readonly [string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string', 'hello'],
  ['an array', [1, 2, 3]],
  ['an object with an unknown key', { unexpected: '😀'.repeat(1000) }],
  ['a prototype-pollution attempt', JSON.parse('{"__proto__": {"polluted": true}, "visitId": 1}')],
];

describe('router: malformed payloads on every channel', () => {
  let test: ReturnType<typeof startTestHost>;
  beforeAll(() => {
    test = startTestHost();
  });
  afterAll(() => test.close());

  for (const channel of channelNames) {
    for (const [description, payload] of malformedPayloads) {
      // Channels that take an empty object accept nothing else either, so every case is an error.
      it(`${channel} refuses ${description}`, async () => {
        const response = await test.host.router.dispatch(channel, payload);
        expect(response.ok).toBe(false);
        if (response.ok) return;
        expect(KioskErrorSchema.parse(response.error).code).toBe('invalid_input');
        expect(response.error.messageKey).toBe('errors.invalid_input');
        expect(response.error.fields.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      });
    }
  }

  it('names the missing and the wrong field', async () => {
    const response = await test.host.router.dispatch('visit.end', { visitId: 'not-a-uuid' });
    expect(response).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        messageKey: 'errors.invalid_input',
        fields: [
          { path: 'visitId', messageKey: 'errors.field.invalid' },
          { path: 'outcome', messageKey: 'errors.field.required' },
          { path: 'modes', messageKey: 'errors.field.required' },
        ],
      },
    });
  });

  it('answers an unknown channel with a typed error', async () => {
    for (const channel of ['nope', '', 42, null, 'constructor', '__proto__', 'toString']) {
      const response = await test.host.router.dispatch(channel, {});
      expect(response).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('still serves good calls after all the bad ones', async () => {
    const response = await test.host.router.dispatch('app.getInfo', {});
    expect(response).toMatchObject({ ok: true, value: { version: 'test' } });
  });
});
