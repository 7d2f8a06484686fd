import type { ServerResponse } from 'node:http';
import type { EventBus } from '../events/eventBus.js';

const HEARTBEAT_MS = 15_000;

/** Server-sent events: the browser shell's counterpart of webContents.send. */
export function openEventStream(response: ServerResponse, events: EventBus): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = events.subscribe((event) => {
    response.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
  response.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
