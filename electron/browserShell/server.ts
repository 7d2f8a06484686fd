import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KioskResponse } from '../../shared/contract/kioskApi.js';
import { kioskError } from '../../shared/errors.js';
import type { EventBus } from '../events/eventBus.js';
import type { Router } from '../router/createRouter.js';
import type { Logger } from '../logging/logger.js';
import { contentSecurityPolicy } from '../shell/contentSecurityPolicy.js';
import { openEventStream } from './eventStream.js';
import { isJsonContentType, readJsonBody } from './readJsonBody.js';
import { isTrustedRequest } from './requestGuard.js';
import { readStaticFile } from './staticFiles.js';

export const INVOKE_PREFIX = '/__kiosk/invoke/';

/** The channel named in the path, or undefined when it does not decode ("%", "%E0%A4%A"). */
function decodedChannel(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

function refused(messageKey: string): KioskResponse<unknown> {
  return { ok: false, error: kioskError('invalid_input', [{ path: '', messageKey }]) };
}
export const EVENTS_PATH = '/__kiosk/events';
export const BRIDGE_PATH = '/__kiosk/bridge.js';
const MAX_BODY_BYTES = 256 * 1024;

export type BrowserShellServerOptions = {
  readonly router: Router;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly rendererDir: string;
  readonly bridgesDir: string;
  /** 0 picks a free port. */
  readonly port: number;
};

export type BrowserShellServer = { readonly url: string; close(): Promise<void> };

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

// The fallback kiosk and the e2e surface: serves the built renderer and mounts the same router
// the Electron shell uses, on loopback only (DESIGN.md, "The browser shell").
export async function startBrowserShellServer(options: BrowserShellServerOptions): Promise<BrowserShellServer> {
  let ownHost = '';
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((thrown: unknown) => {
      options.logger.error('browser_shell.request_failed', { error: thrown instanceof Error ? thrown.message : 'unknown' });
      if (!response.headersSent) response.writeHead(500, securityHeaders);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isTrustedRequest(request, ownHost)) {
      response.writeHead(403, securityHeaders).end();
      return;
    }
    const path = new URL(request.url ?? '/', `http://${ownHost}`).pathname;
    if (request.method === 'POST' && path.startsWith(INVOKE_PREFIX)) {
      await handleInvoke(request, response, decodedChannel(path.slice(INVOKE_PREFIX.length)));
      return;
    }
    if (request.method !== 'GET') {
      response.writeHead(405, securityHeaders).end();
      return;
    }
    if (path === EVENTS_PATH) {
      openEventStream(response, options.events);
      return;
    }
    if (path === '/' || path === '/index.html') {
      await serveIndex(response);
      return;
    }
    const file =
      path === BRIDGE_PATH
        ? await readStaticFile(options.bridgesDir, 'browserBridge.js')
        : await readStaticFile(options.rendererDir, path);
    if (file === undefined) {
      response.writeHead(404, securityHeaders).end();
      return;
    }
    response.writeHead(200, { ...securityHeaders, 'content-type': file.contentType, 'cache-control': 'no-cache' });
    response.end(file.body);
  }

  async function handleInvoke(request: IncomingMessage, response: ServerResponse, channel: string | undefined): Promise<void> {
    const result = await answerInvoke(request, channel);
    // Always 200 with a typed envelope: the bridge treats transport failures separately from answers.
    response.writeHead(200, { ...securityHeaders, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(JSON.stringify(result));
  }

  // Every request gets a typed answer (issue #17): a channel name that does not decode, a body that does not
  // say it is JSON (a form post or text/plain from any page must not reach a channel such as staff.call),
  // a body that is not UTF-8, not JSON or too large.
  async function answerInvoke(request: IncomingMessage, channel: string | undefined): Promise<KioskResponse<unknown>> {
    if (channel === undefined) return { ok: false, error: kioskError('unknown_channel') };
    if (!isJsonContentType(request.headers['content-type'])) return refused('errors.field.invalid');
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return refused(body.error === 'too_large' ? 'errors.field.tooLong' : 'errors.field.invalid');
    return options.router.dispatch(channel, body.value);
  }

  async function serveIndex(response: ServerResponse): Promise<void> {
    const index = await readStaticFile(options.rendererDir, 'index.html');
    if (index === undefined) {
      response.writeHead(503, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' });
      response.end('The renderer is not built. Run `npm run build` first. / 界面尚未构建，请先运行 npm run build。');
      return;
    }
    // The browser-shell counterpart of the preload script runs before the renderer's module script.
    const html = index.body
      .toString('utf8')
      .replace('<script type="module"', `<script src="${BRIDGE_PATH}"></script>\n    <script type="module"`);
    response.writeHead(200, { ...securityHeaders, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  ownHost = `127.0.0.1:${port}`;

  return {
    url: `http://${ownHost}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
