// Runs in the page before the renderer, like preload.ts does in Electron: it builds `window.kiosk`
// from the same contract, over HTTP + server-sent events. The renderer cannot tell the shells apart.
import { createKioskApi, type KioskTransport } from '../../shared/contract/kioskApi.js';

const transport: KioskTransport = {
  async invoke(channel, input) {
    const response = await fetch(`/__kiosk/invoke/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? null),
    });
    return (await response.json()) as unknown;
  },
  subscribe(listener) {
    const source = new EventSource('/__kiosk/events');
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        listener(JSON.parse(message.data) as unknown);
      } catch {
        // A malformed event is dropped; createKioskApi validates the rest.
      }
    };
    return () => source.close();
  },
};

Object.defineProperty(window, 'kiosk', { value: Object.freeze(createKioskApi(transport)), writable: false });
