import { afterEach, describe, expect, it } from 'vitest';
import { createVisitTracker } from '../../../renderer/app/visitTracker.js';
import { createKioskApi } from '../../../shared/contract/kioskApi.js';
import { startTestHost } from '../../support/testHost.js';

const hosts: { close(): void }[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.close()));

// The renderer's visit tracker against the real router and SQLite file, through createKioskApi
// with an in-process transport in place of IPC/HTTP.
function trackerOnRealHost() {
  const test = startTestHost();
  hosts.push(test);
  const api = createKioskApi({
    invoke: (channel, input) => test.host.router.dispatch(channel, input),
    subscribe: () => () => undefined,
  });
  return { test, tracker: createVisitTracker(api) };
}

describe('visit tracker', () => {
  it('records nothing before the first action', async () => {
    const { test, tracker } = trackerOnRealHost();
    tracker.screen('jobs');
    await tracker.end('timed_out');
    expect(test.host.db.prepare('SELECT COUNT(*) AS n FROM visits').get()).toEqual({ n: 0 });
  });

  it('records screens in order and the modes used, once, when the visit ends', async () => {
    const { test, tracker } = trackerOnRealHost();
    tracker.begin('zh-CN', 'home');
    tracker.screen('jobs');
    tracker.mode('audio');
    tracker.screen('home');
    tracker.mode('large_text');
    tracker.mode('audio');
    await tracker.end('timed_out');
    expect(test.host.db.prepare('SELECT screens, modes, outcome FROM visits').all()).toEqual([
      { screens: '["home","jobs","home"]', modes: '["audio","large_text"]', outcome: 'timed_out' },
    ]);
    expect(test.host.db.prepare(`SELECT item_kind FROM outbox WHERE item_kind != 'audit'`).all()).toEqual([{ item_kind: 'visit' }]);
  });
});
