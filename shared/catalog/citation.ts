import { z } from 'zod';

/**
 * A claim's footing (issue #13): the document it rests on and the exact sentence, copied verbatim from the
 * source text in ../shared/seeds (whitespace aside: the texts break lines inside sentences). A unit test
 * finds every quote in its document, so a catalog fact without a sentence behind it cannot ship.
 */
export const CitationSchema = z.strictObject({
  /** The document number as the catalog cites it, e.g. 鲁就办〔2023〕13号 (the Qingdao plan, which has none, by its title). */
  document: z.string().min(1).max(100),
  quote: z.string().min(4).max(1000),
});
export type Citation = z.infer<typeof CitationSchema>;
