import { z } from 'zod';
import { CatalogKindSchema } from '../catalog/catalogKinds.js';
import { uiLanguages } from '../catalog/localizedText.js';

// Payload and result schemas of the app-level channels. Service-specific schemas live beside their service.
export const UiLanguageSchema = z.enum(uiLanguages);

export const EmptyInputSchema = z.strictObject({});
export const EmptyOutputSchema = z.strictObject({});

export const textSizes = ['standard', 'large', 'larger', 'largest'] as const;
export const TextSizeSchema = z.enum(textSizes);
export const themes = ['default', 'black_on_white', 'white_on_black', 'yellow_on_black'] as const;
export const ThemeSchema = z.enum(themes);

export const StationPublicConfigSchema = z.strictObject({
  stationName: z.string(),
  defaultLanguage: UiLanguageSchema,
  defaultTextSize: TextSizeSchema,
  defaultTheme: ThemeSchema,
  idleTimeoutSeconds: z.number().int().min(30).max(1800),
});
export type StationPublicConfig = z.infer<typeof StationPublicConfigSchema>;

export const AppInfoSchema = z.strictObject({
  version: z.string(),
  station: StationPublicConfigSchema,
});

export const CatalogSummarySchema = z.strictObject({
  kinds: z.array(
    z.strictObject({
      kind: CatalogKindSchema,
      count: z.number().int().nonnegative(),
      source: z.enum(['seed', 'central', 'none']),
      updatedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
});

// Visit ids are client-generated UUIDv7 (sortable, and usable as idempotency keys at the central API).
export const VisitIdSchema = z.uuid({ version: 'v7' });

export const screenIds = ['home', 'jobs', 'training', 'subsidies', 'settings', 'help', 'staff'] as const;
export const ScreenIdSchema = z.enum(screenIds);
export type ScreenId = z.infer<typeof ScreenIdSchema>;

export const VisitStartInputSchema = z.strictObject({ language: UiLanguageSchema });
export const VisitStartOutputSchema = z.strictObject({ visitId: VisitIdSchema });
export const VisitScreenInputSchema = z.strictObject({ visitId: VisitIdSchema, screen: ScreenIdSchema });
export const visitOutcomes = ['completed', 'timed_out', 'abandoned'] as const;
export const VisitEndInputSchema = z.strictObject({
  visitId: VisitIdSchema,
  outcome: z.enum(visitOutcomes),
});

export const HostStatusSchema = z.strictObject({
  /** null until the forwarder has tried the central API at least once. */
  online: z.boolean().nullable(),
  queueDepth: z.number().int().nonnegative(),
});
export type HostStatus = z.infer<typeof HostStatusSchema>;
