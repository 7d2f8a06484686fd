import type { KioskApi } from '../shared/contract/kioskApi.js';

declare global {
  interface Window {
    /** Set by the Electron preload or the browser-shell bridge before the renderer runs. */
    readonly kiosk: KioskApi;
  }
}

/** The renderer's only door to the host (DESIGN.md: renderer knows only `window.kiosk`). */
export function kioskApi(): KioskApi {
  return window.kiosk;
}
