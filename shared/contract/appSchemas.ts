import { z } from 'zod';
import { CatalogKindSchema } from '../catalog/catalogKinds.js';
import { uiLanguages } from '../catalog/localizedText.js';
import { KeyBindingOverridesSchema } from '../keypad/keypadActions.js';
import { DistrictCodeSchema } from '../geo/districts.js';

// Payload and result schemas of the app-level channels. Service-specific schemas live beside their service.
export const UiLanguageSchema = z.enum(uiLanguages);

export const EmptyInputSchema = z.strictObject({});
export const EmptyOutputSchema = z.strictObject({});

export const textSizes = ['standard', 'large', 'larger', 'largest'] as const;
export const TextSizeSchema = z.enum(textSizes);
export const themes = ['default', 'black_on_white', 'white_on_black', 'yellow_on_black'] as const;
export const ThemeSchema = z.enum(themes);

export const speechEnginePreferences = ['auto', 'host', 'recording'] as const;

export const StationPublicConfigSchema = z.strictObject({
  stationName: z.string().max(60),
  /** Printed and spoken on receipts, so residents know whom to call. */
  stationPhone: z.string().regex(/^[0-9+\- ]{0,20}$/),
  /** Where the station is: "nearest" job sorting measures from this district. */
  districtCode: DistrictCodeSchema,
  defaultLanguage: UiLanguageSchema,
  defaultTextSize: TextSizeSchema,
  defaultTheme: ThemeSchema,
  idleTimeoutSeconds: z.number().int().min(30).max(1800),
  /** 'auto': Web Speech where a voice exists for the language, else the host's espeak-ng; 'host': always espeak-ng; 'recording' is for tests. */
  speechEngine: z.enum(speechEnginePreferences),
  /** Key codes differ between physical keypads (ACCESSIBILITY.md, "Keypad"). */
  keyBindings: KeyBindingOverridesSchema,
  /** EN 301 549 5.8: adjustable double-strike filter; 0 turns it off. */
  doubleStrikeMs: z.number().int().min(0).max(2000),
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

export const screenIds = [
  'home',
  'jobs',
  'job_filters',
  'job_categories',
  'job_detail',
  'job_interest',
  'training',
  'course_filters',
  'course_detail',
  'training_signup',
  'subsidies',
  'policy_list',
  'policy_detail',
  'eligibility_check',
  'status_lookup',
  'policy_inquiry',
  'settings',
  'help',
  'staff',
] as const;
export const ScreenIdSchema = z.enum(screenIds);
export type ScreenId = z.infer<typeof ScreenIdSchema>;

export const VisitStartInputSchema = z.strictObject({ language: UiLanguageSchema });
export const VisitStartOutputSchema = z.strictObject({ visitId: VisitIdSchema });
export const VisitScreenInputSchema = z.strictObject({ visitId: VisitIdSchema, screen: ScreenIdSchema });
export const visitOutcomes = ['completed', 'timed_out', 'abandoned'] as const;
/** Accessibility modes a visit used: anonymous statistics for the station (no personal data). */
export const visitModes = ['audio', 'large_text', 'high_contrast', 'easy_read', 'screen_reader', 'screen_blanked', 'touch_explore', 'english'] as const;
export const VisitModeSchema = z.enum(visitModes);
export type VisitMode = z.infer<typeof VisitModeSchema>;
export const VisitEndInputSchema = z.strictObject({
  visitId: VisitIdSchema,
  outcome: z.enum(visitOutcomes),
  modes: z.array(VisitModeSchema).max(visitModes.length),
});

/** Anonymous per-visit counts (jobs viewed …) for the station statistics. */
export const visitCounters = ['jobs_viewed', 'courses_viewed', 'policies_viewed'] as const;
export const VisitCountInputSchema = z.strictObject({ visitId: VisitIdSchema, counter: z.enum(visitCounters) });

export const HostStatusSchema = z.strictObject({
  /** null until the forwarder has tried the central API at least once. */
  online: z.boolean().nullable(),
  /** Items waiting to be sent (pending in the outbox). */
  queueDepth: z.number().int().nonnegative(),
  /** Items the central API refused for good: kept for staff to look at. */
  needsAttention: z.number().int().nonnegative(),
  /** The central API refused the station's credentials: forwarding stopped until staff act. */
  syncAlert: z.enum(['unauthorized', 'clock_skew']).nullable(),
  /** The last write failed for want of space or permission (issue #17); cleared when a submission is stored again. */
  storageAlert: z.enum(['storage_full', 'storage_read_only']).nullable(),
});
export type HostStatus = z.infer<typeof HostStatusSchema>;

// The host speech engine (espeak-ng in the main process) for languages the browser has no voice for.
export const SpeechSynthesizeInputSchema = z.strictObject({
  text: z.string().min(1).max(500),
  language: UiLanguageSchema,
  rate: z.number().min(0.5).max(2),
  volume: z.number().min(0).max(1),
});
export const SpeechSynthesizeOutputSchema = z.strictObject({
  /** A data:audio/wav;base64 URL the renderer can play under its CSP (media-src data:). */
  audio: z.string().startsWith('data:audio/wav;base64,'),
});

export const StaffCallOutputSchema = z.strictObject({ calledAt: z.iso.datetime({ offset: true }) });

/** printed: false means this shell has no silent printer; the renderer then opens the print page. */
export const ReceiptPrintOutputSchema = z.strictObject({ printed: z.boolean() });
