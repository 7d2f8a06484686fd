import type { IncomingMessage } from 'node:http';

/**
 * The browser shell listens on loopback only, but any web page the station PC opens could still
 * send requests to it. Only requests addressed to our own host:port (defeats DNS rebinding) and,
 * when a browser sends an Origin, from our own origin (defeats cross-site requests) are served.
 */
export function isTrustedRequest(request: IncomingMessage, ownHost: string): boolean {
  if (request.headers.host !== ownHost) return false;
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${ownHost}`;
}
