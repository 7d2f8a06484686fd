import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Compiled files live in dist/node/electron/config/, sources in electron/config/: both are three
// levels below the project root once "dist/node" is skipped, so we walk up until package.json.
function findProjectRoot(start: string): string {
  let dir = start;
  for (let i = 0; i < 8; i += 1) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  throw new Error(`package.json not found above ${start}`);
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const assetsDir = resolve(projectRoot, 'assets');
export const rendererDistDir = resolve(projectRoot, 'dist', 'renderer');
export const bridgesDistDir = resolve(projectRoot, 'dist', 'bridges');

export const appVersion = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'))).version;
