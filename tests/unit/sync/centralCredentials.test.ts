import { describe, expect, it } from 'vitest';
import { takeCentralFromEnv } from '../../../electron/config/centralFromEnv.js';
import { createPersonalDataCipher } from '../../../electron/crypto/personalDataCipher.js';
import { createCentralCredentialsStore } from '../../../electron/store/centralCredentialsStore.js';
import { openDatabase } from '../../../electron/store/openDatabase.js';

const SECRET = 'a-long-station-secret-3f9c2b7e';

describe('central API credentials', () => {
  it('keeps the secret sealed at rest and never describes it', () => {
    const opened = openDatabase(':memory:');
    if (!opened.ok) throw new Error(opened.error.code);
    const db = opened.value;
    const store = createCentralCredentialsStore(db, createPersonalDataCipher(Buffer.alloc(32, 3)));
    expect(store.load()).toEqual({ ok: false, error: 'not_provisioned' });
    expect(store.save({ baseUrl: 'https://jy.example/api', stationId: 'JN-lixia-01', secret: SECRET }, new Date())).toEqual({ ok: true, value: undefined });

    const loaded = store.load();
    expect(loaded.ok && loaded.value.secret).toBe(SECRET);
    expect(JSON.stringify(db.prepare('SELECT * FROM settings').all())).not.toContain(SECRET);
    expect(JSON.stringify(store.describe())).not.toContain(SECRET);
    expect(store.describe()).toEqual({ baseUrl: 'https://jy.example/api', stationId: 'JN-lixia-01', hasSecret: true });

    // Another kiosk's key cannot open it.
    const other = createCentralCredentialsStore(db, createPersonalDataCipher(Buffer.alloc(32, 4)));
    expect(other.load()).toEqual({ ok: false, error: 'undecryptable' });
    db.close();
  });

  it.each([
    [{ baseUrl: 'http://jy.example', stationId: 'JN-01x', secret: SECRET }, 'https_required'],
    [{ baseUrl: 'https://jy.example', stationId: 'a b', secret: SECRET }, 'invalid_station_id'],
    [{ baseUrl: 'https://jy.example', stationId: 'JN-01x', secret: 'short' }, 'invalid_secret'],
  ])('refuses %o', (input, error) => {
    const opened = openDatabase(':memory:');
    if (!opened.ok) throw new Error(opened.error.code);
    const store = createCentralCredentialsStore(opened.value, createPersonalDataCipher(Buffer.alloc(32, 3)));
    expect(store.save(input, new Date())).toEqual({ ok: false, error });
    expect(store.load()).toEqual({ ok: false, error: 'not_provisioned' });
  });

  it('takes pilot credentials from the environment and removes the secret from it', () => {
    const env: NodeJS.ProcessEnv = { KIOSK_CENTRAL_URL: 'http://127.0.0.1:47900', KIOSK_STATION_ID: 'demo-station', KIOSK_STATION_SECRET: SECRET };
    expect(takeCentralFromEnv(env)).toEqual({ baseUrl: 'http://127.0.0.1:47900', stationId: 'demo-station', secret: SECRET });
    expect(env['KIOSK_STATION_SECRET']).toBeUndefined();
    expect(takeCentralFromEnv({ KIOSK_CENTRAL_URL: 'http://127.0.0.1:1' })).toBeUndefined();
  });
});
