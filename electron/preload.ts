// Sandboxed preload (Electron security checklist #3, #4): exposes only `window.kiosk`, built from the
// shared contract, and never raw ipcRenderer. Bundled to CommonJS by vite.preload.config.ts.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createKioskApi } from '../shared/contract/kioskApi.js';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from './shell/ipcChannels.js';

const api = createKioskApi({
  invoke: (channel, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input),
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.off(IPC_EVENT_CHANNEL, forward);
    };
  },
});

contextBridge.exposeInMainWorld('kiosk', api);
