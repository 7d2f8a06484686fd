import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { signatureHeaders } from '../../electron/sync/requestSignature.js';
import { err, ok, type Result } from '../../shared/result.js';

// A minimal signed HTTP client for the reference server: used by its tests, the CLI smoke check and
// benchmarks. Not the kiosk's forwarder: it neither retries nor validates answers.

export type HttpAnswer = { readonly status: number; readonly headers: IncomingHttpHeaders; readonly text: string };
/** timeout: no answer within timeoutMs (the request was abandoned); socket_error: the connection failed or was cut. */
export type RequestFailure = 'timeout' | 'socket_error';

export type RawRequest = {
  readonly method: string;
  /** Path and optional query, e.g. /v1/health. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer | string;
  /** Default 5000 ms. */
  readonly timeoutMs?: number;
};

/** One request on a fresh connection, so a socket a fault destroyed never affects the next request. */
export function rawRequest(baseUrl: string, init: RawRequest): Promise<Result<HttpAnswer, RequestFailure>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: Result<HttpAnswer, RequestFailure>): void => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        resolve(result);
      }
    };
    const body = init.body ?? '';
    const request = httpRequest(new URL(init.path, baseUrl), {
      method: init.method,
      agent: false,
      headers: {
        ...(Buffer.byteLength(body) > 0 ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
        'content-length': String(Buffer.byteLength(body)),
      },
    });
    const timer = setTimeout(() => {
      settle(err('timeout'));
      request.destroy();
    }, init.timeoutMs ?? 5000);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', () => settle(err('socket_error')));
      response.on('end', () =>
        settle(ok({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') })),
      );
    });
    request.on('error', () => settle(err('socket_error')));
    request.end(body);
  });
}

export type SignedRequest = RawRequest & {
  readonly stationId: string;
  readonly secret: string;
  /** Default now; set it to test stale timestamps. */
  readonly timestampMs?: number;
};

/** Signs method, path (without query), timestamp and body the way the kiosk's forwarder does. */
export function signedRequest(baseUrl: string, init: SignedRequest): Promise<Result<HttpAnswer, RequestFailure>> {
  const body = init.body ?? '';
  const parts = { method: init.method, path: new URL(init.path, baseUrl).pathname, timestampMs: init.timestampMs ?? Date.now(), body };
  return rawRequest(baseUrl, { ...init, body, headers: { ...init.headers, ...signatureHeaders(init.stationId, parts, init.secret) } });
}
