import { z } from 'zod';

// Catalog text ships in both UI languages; the easy-read variant is optional per field
// and falls back to the plain zh-CN/en text (ACCESSIBILITY.md, "Cognitive").
export const LocalizedTextSchema = z.object({
  'zh-CN': z.string().min(1).max(4000),
  en: z.string().min(1).max(4000),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const uiLanguages = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];
