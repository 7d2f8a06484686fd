import http from 'node:http';
import { signatureHeaders } from '../../electron/sync/requestSignature.js';

export type StationCredentials = { readonly baseUrl: string; readonly stationId: string; readonly secret: string };

function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers });
    request.on('error', reject);
    request.on('response', (response) => {
      // Read to the end (the socket is reused only then), but do nothing with the answer.
      response.resume();
      response.on('error', reject);
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.end(body);
  });
}

/**
 * The baseline: the same bodies POSTed one after another on a keep-alive connection, signed because the
 * server insists, and nothing else: no SQLite, no decryption, no validation of the answers beyond 200.
 */
export async function postSequentially(credentials: StationCredentials, path: string, bodies: readonly Buffer[]): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(path, credentials.baseUrl);
  // Strictly increasing, as in centralClient: the server's replay guard refuses a repeated signature.
  let timestampMs = 0;
  try {
    for (const [index, body] of bodies.entries()) {
      timestampMs = Math.max(Date.now(), timestampMs + 1);
      const headers = {
        ...signatureHeaders(credentials.stationId, { method: 'POST', path: url.pathname, timestampMs, body }, credentials.secret),
        accept: 'application/json',
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(body.length),
      };
      const status = await post(agent, url, headers, body);
      if (status !== 200) throw new Error(`raw POST ${index + 1} of ${bodies.length} answered ${status}`);
    }
  } finally {
    agent.destroy();
  }
}
