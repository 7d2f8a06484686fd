import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The source documents in ../shared/seeds, beside the repository (CI clones main next to a copy of
// shared/). SEEDS_DIR overrides. Tests that quote them must run in CI: seedsOrFail says so loudly.

export const seedsDir = process.env.SEEDS_DIR ?? fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/**
 * The texts break lines (and, in 鲁就办〔2023〕13号, put spaces) inside sentences, so comparisons drop all
 * whitespace; every other character, punctuation included, must match exactly.
 */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Document numbers are printed with 〔〕 or [] (the 鲁就办 text uses []); the catalog uses 〔〕. */
export function normalizeBrackets(text: string): string {
  return text.replace(/[[［]/gu, '〔').replace(/[\]］]/gu, '〕');
}

export type SeedDocument = { readonly file: string; readonly text: string };

/** Every source document (the README is an index, not a source); null when the folder is absent. */
export function readSeedDocuments(): SeedDocument[] | null {
  if (!existsSync(seedsDir)) return null;
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(seedsDir, file), 'utf8') }));
}

/** The document a catalog cites by number (or, for the Qingdao plan, by title): the one whose text names it. */
export function findDocument(documents: readonly SeedDocument[], cited: string): SeedDocument | undefined {
  const wanted = withoutWhitespace(normalizeBrackets(cited));
  return documents.find((document) => withoutWhitespace(normalizeBrackets(document.text)).includes(wanted));
}
