// Electron's binary download fails on machines without internet (our build machines).
// npm install must stay green there, so we try the download and only warn when it fails.
// Kiosks with internet still get Electron; without it, `npm start` falls back to the browser shell.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const installer = 'node_modules/electron/install.js';
if (!existsSync(installer)) {
  process.exit(0);
}
const result = spawnSync(process.execPath, [installer], { stdio: 'inherit', timeout: 120_000 });
if (result.status !== 0) {
  console.warn(
    '[kiosk] Electron binary could not be downloaded; `npm start` will use the browser shell instead.',
  );
}
process.exit(0);
