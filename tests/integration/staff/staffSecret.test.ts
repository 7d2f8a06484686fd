import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/contract/channels.js';
import { defaultSyncSettings } from '../../../shared/central/syncSettings.js';
import { defaultStationConfig } from '../../../shared/station/defaultStationConfig.js';
import { readVisitUploadItems } from '../../../electron/store/outboxReaders/visitUploadItems.js';
import { runScriptedVisits, threeVisits } from '../../support/scriptedVisits.js';
import { signInStaff } from '../../support/staffSession.js';
import { startTestHost } from '../../support/testHost.js';

const SECRET = 'Very-Secret-Station-Key-7f3a9c';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('the central secret staff type in (issue #8)', () => {
  it('never appears in anything the renderer receives, in the logs, in the audit log or reports, or in the database file', async () => {
    const kiosk = startTestHost();
    cleanups.push(() => kiosk.close());
    const { router, db, events } = kiosk.host;
    const sent: unknown[] = [];
    cleanups.push(events.subscribe((event) => sent.push(event)));
    const token = await signInStaff(router);
    const settings = {
      station: { ...defaultStationConfig, keyBindings: {} },
      sync: defaultSyncSettings,
      printer: { deviceName: '' },
      // Loopback: nothing answers on port 9, so forwarding fails fast and logs its failure.
      central: { baseUrl: 'http://127.0.0.1:9/', stationId: 'JN-lixia-01', secret: SECRET },
    };
    const saved = await router.dispatch('staff.saveSettings', { token, settings });
    expect(saved.ok).toBe(true);
    sent.push(saved);
    await runScriptedVisits(router, threeVisits);
    sent.push(await router.dispatch('staff.syncNow', { token }));
    sent.push(await router.dispatch('staff.refreshCatalog', { token }));

    // Everything a screen could ask for, with the token: the settings say only that a secret is stored.
    const view = await router.dispatch('staff.settings', { token });
    expect(view).toMatchObject({ ok: true, value: { central: { baseUrl: 'http://127.0.0.1:9/', stationId: 'JN-lixia-01', hasSecret: true } } });
    // (idCard.read is left out: it waits 10 s for a card and has nothing to do with the secret.)
    for (const channel of channelNames.filter((name) => name !== 'idCard.read')) {
      sent.push(await router.dispatch(channel, { token }), await router.dispatch(channel, {}));
    }
    sent.push(await router.dispatch('staff.report', { token }), view);
    // A failed save echoes field errors, never the values typed.
    sent.push(await router.dispatch('staff.saveSettings', { token, settings: { ...settings, central: { ...settings.central, baseUrl: 'http://remote.example.cn/' } } }));
    expect(JSON.stringify(sent)).not.toContain(SECRET);

    expect(JSON.stringify(kiosk.logger.lines)).not.toContain(SECRET);
    const audit = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    expect(audit).not.toContain(SECRET);
    expect(audit).toContain('central.secret'); // which setting changed is recorded
    // What is forwarded to the central API with the statistics.
    const visitIds = (db.prepare(`SELECT item_id FROM outbox WHERE item_kind = 'visit'`).all() as { item_id: string }[]).map((row) => row.item_id);
    expect(JSON.stringify(readVisitUploadItems(db, visitIds))).not.toContain(SECRET);

    // At rest it is sealed: not in any file of the data directory, WAL included.
    db.pragma('wal_checkpoint(PASSIVE)');
    for (const file of readdirSync(kiosk.dataDir)) {
      expect(readFileSync(join(kiosk.dataDir, file)).includes(Buffer.from(SECRET)), file).toBe(false);
    }
  });
});
