import { z } from 'zod';
import { parseCentralBaseUrl, type EndpointError } from '../../shared/central/endpoint.js';
import { StationIdSchema, StationSecretSchema } from '../../shared/central/syncSettings.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { PersonalDataCipher } from '../crypto/personalDataCipher.js';
import type { KioskDatabase } from './openDatabase.js';

const CONNECTION_KEY = 'central.connection';
/** Bound into the ciphertext so the sealed secret cannot be moved into another row. */
const SECRET_AAD = 'central.secret';

const StoredConnectionSchema = z.strictObject({ baseUrl: z.string(), stationId: z.string(), sealedSecret: z.string() });

export type CentralCredentials = { readonly baseUrl: URL; readonly stationId: string; readonly secret: string };
export type CredentialsError = 'not_provisioned' | 'undecryptable' | EndpointError;
export type ProvisionError = EndpointError | 'invalid_station_id' | 'invalid_secret';

export type CentralCredentialsStore = {
  /** For the forwarder only: the secret never leaves the host process (issue #6). */
  load(): Result<CentralCredentials, CredentialsError>;
  save(input: { baseUrl: string; stationId: string; secret: string }, now: Date): Result<void, ProvisionError>;
  /** What staff screens may show: never the secret, only whether one is set. */
  describe(): { baseUrl: string; stationId: string; hasSecret: boolean } | null;
};

/** The station id and secret staff provisioned. The secret is sealed with the kiosk's data key at rest. */
export function createCentralCredentialsStore(db: KioskDatabase, cipher: PersonalDataCipher): CentralCredentialsStore {
  const read = (): z.infer<typeof StoredConnectionSchema> | undefined => {
    const row = z.object({ value: z.string() }).optional().parse(db.prepare('SELECT value FROM settings WHERE key = ?').get(CONNECTION_KEY));
    if (row === undefined) return undefined;
    const parsed = StoredConnectionSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : undefined;
  };
  return {
    load() {
      const stored = read();
      if (stored === undefined) return err('not_provisioned');
      const url = parseCentralBaseUrl(stored.baseUrl);
      if (!url.ok) return url;
      const secret = cipher.decrypt(Buffer.from(stored.sealedSecret, 'base64'), SECRET_AAD);
      if (!secret.ok) return secret;
      return ok({ baseUrl: url.value, stationId: stored.stationId, secret: secret.value });
    },
    save(input, now) {
      const url = parseCentralBaseUrl(input.baseUrl);
      if (!url.ok) return url;
      if (!StationIdSchema.safeParse(input.stationId).success) return err('invalid_station_id');
      if (!StationSecretSchema.safeParse(input.secret).success) return err('invalid_secret');
      const value: z.infer<typeof StoredConnectionSchema> = {
        baseUrl: url.value.toString(),
        stationId: input.stationId,
        sealedSecret: cipher.encrypt(input.secret, SECRET_AAD).toString('base64'),
      };
      db.prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(CONNECTION_KEY, JSON.stringify(value), now.toISOString());
      return ok(undefined);
    },
    describe() {
      const stored = read();
      return stored === undefined ? null : { baseUrl: stored.baseUrl, stationId: stored.stationId, hasSecret: stored.sealedSecret !== '' };
    },
  };
}
