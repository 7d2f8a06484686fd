import { describe, expect, it } from 'vitest';
import { createRouter, type ChannelHandlers, type RouterDeps } from '../../../electron/router/createRouter.js';
import { createMemoryLogger, type Logger } from '../../../electron/logging/logger.js';
import { channelNames } from '../../../shared/contract/channels.js';
import { kioskError } from '../../../shared/errors.js';
import { err, ok } from '../../../shared/result.js';

const VISIT_ID = '019a8f3e-7c4b-7def-8abc-0123456789ab';

// Resident channels never ask the staff gate; one that did would turn into an `internal` answer here.
function routerDeps(logger: Logger = createMemoryLogger()): RouterDeps {
  return {
    logger,
    gate: {
      check: () => {
        throw new Error('resident channels never ask the staff gate');
      },
    },
  };
}

// Handlers whose behaviour each test chooses, to exercise the router's own guarantees.
function handlersWith(overrides: Partial<ChannelHandlers>): ChannelHandlers {
  const unused = (): never => {
    throw new Error('not used in this test');
  };
  const all = Object.fromEntries(channelNames.map((channel) => [channel, unused])) as unknown as ChannelHandlers;
  return { ...all, ...overrides };
}

describe('createRouter', () => {
  it('passes the parsed input to the handler and returns its validated output', async () => {
    const seen: unknown[] = [];
    const router = createRouter(
      handlersWith({
        'visit.start': (input) => {
          seen.push(input);
          return ok({ visitId: VISIT_ID });
        },
      }),
      routerDeps(),
    );
    await expect(router.dispatch('visit.start', { language: 'en' })).resolves.toEqual({ ok: true, value: { visitId: VISIT_ID } });
    expect(seen).toEqual([{ language: 'en' }]);
  });

  it('turns a thrown handler error into a typed internal error and logs it without the payload', async () => {
    const logger = createMemoryLogger();
    const router = createRouter(
      handlersWith({
        'visit.start': () => {
          throw new TypeError('boom');
        },
      }),
      routerDeps(logger),
    );
    await expect(router.dispatch('visit.start', { language: 'zh-CN' })).resolves.toEqual({ ok: false, error: kioskError('internal') });
    expect(logger.lines).toEqual([expect.objectContaining({ level: 'error', event: 'router.handler_threw' })]);
  });

  it('turns a rejected promise into a typed internal error', async () => {
    const router = createRouter(handlersWith({ 'visit.start': () => Promise.reject(new Error('later')) }), routerDeps());
    await expect(router.dispatch('visit.start', { language: 'zh-CN' })).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses output that breaks the contract', async () => {
    const router = createRouter(
      handlersWith({ 'visit.start': () => ok({ visitId: 'not-a-uuid' }) }),
      routerDeps(),
    );
    await expect(router.dispatch('visit.start', { language: 'zh-CN' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_output' } });
  });

  it('passes expected failures through unchanged', async () => {
    const failure = kioskError('not_found', [{ path: 'visitId', messageKey: 'errors.visit.notFound' }]);
    const router = createRouter(handlersWith({ 'visit.end': () => err(failure) }), routerDeps());
    await expect(router.dispatch('visit.end', { visitId: VISIT_ID, outcome: 'completed', modes: [] })).resolves.toEqual({ ok: false, error: failure });
  });
});
