import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { err, ok, type Result } from '../../shared/result.js';

// Kiosk → central API authentication (issue #6): every request carries the station id, a timestamp and
// an HMAC-SHA256 over method, path, timestamp and the body's hash, keyed by the station's secret.
// Plain Node, so the kiosk's forwarder and the reference server under tests/ share it.
export const SIGNATURE_HEADERS = {
  station: 'x-kiosk-station',
  timestamp: 'x-kiosk-timestamp',
  signature: 'x-kiosk-signature',
} as const;

/** How far a request's clock may be from the server's, and how long a seen signature is remembered. */
export const REPLAY_WINDOW_MS = 5 * 60_000;

export type SignedRequestParts = {
  readonly method: string;
  readonly path: string;
  readonly timestampMs: number;
  readonly body: Buffer | string;
};

function canonical(parts: SignedRequestParts): string {
  const bodyHash = createHash('sha256').update(parts.body).digest('hex');
  return [parts.method.toUpperCase(), parts.path, String(parts.timestampMs), bodyHash].join('\n');
}

export function signRequest(parts: SignedRequestParts, secret: string): string {
  return createHmac('sha256', secret).update(canonical(parts)).digest('hex');
}

/** The headers the forwarder sends; the secret itself never leaves the host process. */
export function signatureHeaders(stationId: string, parts: SignedRequestParts, secret: string): Record<string, string> {
  return {
    [SIGNATURE_HEADERS.station]: stationId,
    [SIGNATURE_HEADERS.timestamp]: String(parts.timestampMs),
    [SIGNATURE_HEADERS.signature]: signRequest(parts, secret),
  };
}

export type SignatureError = 'missing_headers' | 'unknown_station' | 'stale' | 'bad_signature' | 'replayed';

export type ReplayGuard = { seen(signature: string, nowMs: number): boolean };

/** Remembers signatures inside the window, so a captured request cannot be sent again. */
export function createReplayGuard(windowMs: number = REPLAY_WINDOW_MS): ReplayGuard {
  const seenAt = new Map<string, number>();
  return {
    seen(signature, nowMs) {
      for (const [key, at] of seenAt) if (nowMs - at > windowMs * 2) seenAt.delete(key);
      if (seenAt.has(signature)) return true;
      seenAt.set(signature, nowMs);
      return false;
    },
  };
}

export function verifyRequest(
  request: { method: string; path: string; headers: Readonly<Record<string, string | string[] | undefined>>; body: Buffer | string },
  secretOf: (stationId: string) => string | undefined,
  nowMs: number,
  replay: ReplayGuard,
): Result<string, SignatureError> {
  const header = (name: string): string | undefined => {
    const value = request.headers[name];
    return typeof value === 'string' ? value : undefined;
  };
  const stationId = header(SIGNATURE_HEADERS.station);
  const timestamp = header(SIGNATURE_HEADERS.timestamp);
  const signature = header(SIGNATURE_HEADERS.signature);
  if (stationId === undefined || timestamp === undefined || signature === undefined || !/^\d{1,15}$/.test(timestamp)) {
    return err('missing_headers');
  }
  const secret = secretOf(stationId);
  if (secret === undefined) return err('unknown_station');
  const timestampMs = Number(timestamp);
  const expected = Buffer.from(signRequest({ method: request.method, path: request.path, timestampMs, body: request.body }, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return err('bad_signature');
  // Checked after the signature, so only a station holding the secret learns that its clock is off.
  if (Math.abs(nowMs - timestampMs) > REPLAY_WINDOW_MS) return err('stale');
  if (replay.seen(signature, nowMs)) return err('replayed');
  return ok(stationId);
}
