import http from 'node:http';
import https from 'node:https';
import { err, ok, type Result } from '../../shared/result.js';
import type { CentralCredentials, CredentialsError } from '../store/centralCredentialsStore.js';
import { signatureHeaders } from './requestSignature.js';

export type CentralRequest = {
  readonly method: 'GET' | 'POST';
  /** A route from shared/central/paths.ts; any path prefix of the base URL is put in front of it. */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Overrides the client's deadline: a resident waiting at the screen should not wait as long as a background drain. */
  readonly timeoutMs?: number;
};

export type CentralResponse = { readonly status: number; readonly headers: http.IncomingHttpHeaders; readonly body: string };

/** Why no HTTP answer arrived. Credentials problems are the station's, not the network's. */
export type TransportFailure =
  | { readonly kind: 'network'; readonly message: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'too_large' }
  | { readonly kind: 'credentials'; readonly error: CredentialsError };

export type CentralClient = {
  send(request: CentralRequest): Promise<Result<CentralResponse, TransportFailure>>;
  close(): void;
};

/** More than this behind the last timestamp used: the clock was set back, not a burst of requests in one millisecond. */
const CLOCK_SET_BACK_MS = 1_000;

/** Catalogs of 100k listings are tens of MB; anything far beyond that is not a catalog. */
const MAX_RESPONSE_BYTES = 128 * 1024 * 1024;

/**
 * Signed HTTP(S) requests to the central API. Credentials are read on every request, so staff changes
 * apply at once; the secret only ever goes into the HMAC, never into a header, a log line or an error.
 */
export function createCentralClient(options: {
  credentials: () => Result<CentralCredentials, CredentialsError>;
  clock: () => Date;
  timeoutMs: number;
}): CentralClient {
  // Keep-alive: a drain sends many small batches; a new TLS handshake for each would dominate.
  const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 4 }), https: new https.Agent({ keepAlive: true, maxSockets: 4 }) };
  // Strictly increasing timestamps: two requests with the same path and body in the same millisecond
  // would otherwise carry the same signature, and the server's replay guard would refuse the second.
  // A clock set back (staff fixing a fast clock, issue #17) starts again from the new time: keeping the old,
  // future timestamps would keep every request outside the server's window.
  let lastTimestampMs = 0;
  const nextTimestamp = (): number => {
    const nowMs = options.clock().getTime();
    lastTimestampMs = nowMs < lastTimestampMs - CLOCK_SET_BACK_MS ? nowMs : Math.max(nowMs, lastTimestampMs + 1);
    return lastTimestampMs;
  };
  return {
    send(request) {
      const credentials = options.credentials();
      if (!credentials.ok) return Promise.resolve(err({ kind: 'credentials', error: credentials.error }));
      const { baseUrl, stationId, secret } = credentials.value;
      const path = `${baseUrl.pathname.replace(/\/$/, '')}${request.path}`;
      const body = request.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(request.body), 'utf8');
      const headers: Record<string, string> = {
        ...request.headers,
        ...signatureHeaders(stationId, { method: request.method, path, timestampMs: nextTimestamp(), body }, secret),
        accept: 'application/json',
      };
      if (request.body !== undefined) {
        headers['content-type'] = 'application/json; charset=utf-8';
        headers['content-length'] = String(body.length);
      }
      const isHttps = baseUrl.protocol === 'https:';
      const send = isHttps ? https.request : http.request;
      return new Promise((resolve) => {
        let settled = false;
        const finish = (result: Result<CentralResponse, TransportFailure>): void => {
          if (settled) return;
          settled = true;
          clearTimeout(deadline);
          resolve(result);
        };
        const outgoing = send({
          protocol: baseUrl.protocol,
          hostname: baseUrl.hostname.replace(/^\[|\]$/g, ''),
          port: baseUrl.port === '' ? undefined : Number(baseUrl.port),
          method: request.method,
          path,
          headers,
          agent: isHttps ? agents.https : agents.http,
        });
        // One deadline for the whole exchange (connect, upload, answer), not just socket idleness.
        const deadline = setTimeout(() => {
          outgoing.destroy();
          finish(err({ kind: 'timeout' }));
        }, request.timeoutMs ?? options.timeoutMs);
        outgoing.on('error', (error) => finish(err({ kind: 'network', message: error.message })));
        outgoing.on('response', (incoming) => {
          const chunks: Buffer[] = [];
          let size = 0;
          incoming.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_RESPONSE_BYTES) {
              outgoing.destroy();
              finish(err({ kind: 'too_large' }));
              return;
            }
            chunks.push(chunk);
          });
          incoming.on('error', (error) => finish(err({ kind: 'network', message: error.message })));
          incoming.on('aborted', () => finish(err({ kind: 'network', message: 'response aborted' })));
          incoming.on('end', () =>
            finish(ok({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') })),
          );
        });
        outgoing.end(body);
      });
    },
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
