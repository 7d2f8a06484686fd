import { z } from 'zod';
import { LocalizedTextSchema } from './localizedText.js';

// Physical accessibility of a workplace or training venue, so residents know before they travel.
export const SiteAccessibilitySchema = z.object({
  stepFree: z.boolean(),
  accessibleToilet: z.boolean(),
  signLanguage: z.boolean(),
  notes: LocalizedTextSchema.optional(),
});
export type SiteAccessibility = z.infer<typeof SiteAccessibilitySchema>;
