import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CatalogResponseSchema } from '../../shared/central/catalogPull.js';
import type { CatalogKind } from '../../shared/catalog/catalogKinds.js';
import { err, ok, type Result } from '../../shared/result.js';

export type CatalogSnapshot = { readonly version: string; readonly items: readonly unknown[] };
export type CatalogReadError = 'missing' | 'unreadable';

export type CatalogSource = {
  /** Serve these items under this version instead of the file (tests serve invalid records on purpose). */
  set(kind: CatalogKind, items: readonly unknown[], version: string): void;
  read(kind: CatalogKind): Promise<Result<CatalogSnapshot, CatalogReadError>>;
};

const VersionSchema = CatalogResponseSchema.shape.version;

/** The version of a catalog file: its content hash, so any edit of the file is a new version. */
export function versionOfText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function isMissingFile(thrown: unknown): boolean {
  return typeof thrown === 'object' && thrown !== null && 'code' in thrown && (thrown.code === 'ENOENT' || thrown.code === 'ENOTDIR');
}

export function createCatalogSource(catalogDir: string): CatalogSource {
  const overrides = new Map<CatalogKind, CatalogSnapshot>();
  return {
    set(kind, items, version) {
      // A version outside the contract would make every answer malformed: that is a bug in the test.
      overrides.set(kind, { version: VersionSchema.parse(version), items: [...items] });
    },
    async read(kind) {
      const override = overrides.get(kind);
      if (override !== undefined) return ok(override);
      let text: string;
      try {
        // Read on every request, so editing the file during a pilot publishes a new version.
        text = await readFile(join(catalogDir, `${kind}.json`), 'utf8');
      } catch (thrown) {
        return err(isMissingFile(thrown) ? 'missing' : 'unreadable');
      }
      let items: unknown;
      try {
        items = JSON.parse(text);
      } catch {
        return err('unreadable');
      }
      return Array.isArray(items) ? ok({ version: versionOfText(text), items }) : err('unreadable');
    },
  };
}
