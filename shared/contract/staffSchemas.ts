import { z } from 'zod';
import { catalogKinds } from '../catalog/catalogKinds.js';
import { ServiceContactKindSchema } from '../central/serviceRecord.js';
import { submissionKinds } from '../central/submissionKinds.js';
import { SyncSettingsSchema } from '../central/syncSettings.js';
import { keypadActions } from '../keypad/keypadActions.js';
import {
  StationPublicConfigSchema,
  TextSizeSchema,
  ThemeSchema,
  UiLanguageSchema,
  VisitIdSchema,
  speechEnginePreferences,
  visitModes,
  visitOutcomes,
} from './appSchemas.js';

// Payloads of the staff-mode channels (issue #8). Every staff channel but `staff.status`, `staff.signIn`
// and the first `staff.setPin` carries the session token the host issued at sign-in; the host checks it.
const IsoDateTimeSchema = z.iso.datetime({ offset: true });
const CountSchema = z.number().int().nonnegative();

/** 32 random bytes as hex, held only in renderer memory and dropped on exit or time-out. */
export const StaffTokenSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const StaffTokenInputSchema = z.strictObject({ token: StaffTokenSchema });
export const StaffTokenOutputSchema = z.strictObject({ token: StaffTokenSchema });

// The PIN's format is checked by the handler (shared/staff/pinRules.ts), so a bad PIN gets a
// field-named message rather than the router's generic one.
const PinTextSchema = z.string().max(32);

export const StaffStatusOutputSchema = z.strictObject({
  /** false on a new kiosk: staff entry then forces setting a PIN first. */
  pinSet: z.boolean(),
  /** Entry is locked after repeated wrong PINs until this time. */
  lockedUntil: IsoDateTimeSchema.nullable(),
});

/** Without a token only while no PIN exists (first start); changing a PIN needs a staff session. */
export const StaffSetPinInputSchema = z.strictObject({ pin: PinTextSchema, token: StaffTokenSchema.optional() });
export const StaffSignInInputSchema = z.strictObject({ pin: PinTextSchema });
export const StaffSignInOutputSchema = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('signed_in'), token: StaffTokenSchema }),
  z.strictObject({ outcome: z.literal('wrong_pin'), attemptsLeft: CountSchema }),
  z.strictObject({ outcome: z.literal('locked'), lockedUntil: IsoDateTimeSchema }),
  z.strictObject({ outcome: z.literal('no_pin') }),
]);
export type StaffSignInOutput = z.infer<typeof StaffSignInOutputSchema>;

/** exit: back to a fresh resident visit; timed_out: staff mode idled out; handed_back: an assisted visit ended. */
export const staffSignOutReasons = ['exit', 'timed_out', 'handed_back'] as const;
export const StaffSignOutInputSchema = z.strictObject({ token: StaffTokenSchema, reason: z.enum(staffSignOutReasons) });

/** Marks the visit staff-assisted: every submission in it is then marked too. */
export const StaffAssistInputSchema = z.strictObject({ token: StaffTokenSchema, visitId: VisitIdSchema });

export const serviceAreas = ['jobs', 'training', 'subsidies'] as const;

/** One local day of anonymous statistics: counts only, no personal data (issue #8, 统计台账). */
export const DailyCountsSchema = z.strictObject({
  date: z.iso.date(),
  visits: z.strictObject({
    total: CountSchema,
    assisted: CountSchema,
    byService: z.record(z.enum(serviceAreas), CountSchema),
    byOutcome: z.record(z.enum(visitOutcomes), CountSchema),
  }),
  submissions: z.strictObject({
    total: CountSchema,
    assisted: CountSchema,
    byKind: z.record(z.enum(submissionKinds), CountSchema),
  }),
  /** How many visits used each accessibility mode. */
  modes: z.record(z.enum(visitModes), CountSchema),
});
export type DailyCounts = z.infer<typeof DailyCountsSchema>;

export const outboxItemKinds = ['submission', 'visit', 'audit'] as const;

export const RejectedItemSchema = z.strictObject({
  outboxId: z.number().int().positive(),
  itemKind: z.enum(outboxItemKinds),
  /** For submissions: what it was and the reference the resident was told (no personal data). */
  submissionKind: z.enum(submissionKinds).nullable(),
  reference: z.string().nullable(),
  /** The central API's reason code (central:closed …) or the kiosk's own (local:invalid …). */
  reason: z.string(),
  attempts: CountSchema,
  createdAt: IsoDateTimeSchema,
  note: z.string().nullable(),
  noteAt: IsoDateTimeSchema.nullable(),
});
export type RejectedItem = z.infer<typeof RejectedItemSchema>;

export const ForwardingReportSchema = z.strictObject({
  online: z.boolean().nullable(),
  alert: z.enum(['unauthorized', 'clock_skew']).nullable(),
  /** With the clock_skew alert: how many minutes this kiosk's clock is ahead of the central API's (behind: negative). */
  clockOffsetMinutes: z.number().int().nullable(),
  /** Outbox depth: items still to be delivered. */
  pending: CountSchema,
  rejected: CountSchema,
  oldestPending: z.strictObject({ itemKind: z.enum(outboxItemKinds), createdAt: IsoDateTimeSchema }).nullable(),
  lastDeliveredAt: IsoDateTimeSchema.nullable(),
  /** The latest reason an item is waiting for a retry (network, http_503 …). */
  lastError: z.strictObject({ reason: z.string(), items: CountSchema }).nullable(),
  rejectedItems: z.array(RejectedItemSchema).max(100),
});
export type ForwardingReport = z.infer<typeof ForwardingReportSchema>;

export const StaffCallsSchema = z.strictObject({ pending: CountSchema, lastCalledAt: IsoDateTimeSchema.nullable() });

export const StaffDashboardSchema = z.strictObject({
  today: DailyCountsSchema,
  forwarding: ForwardingReportSchema,
  calls: StaffCallsSchema,
});
export type StaffDashboard = z.infer<typeof StaffDashboardSchema>;

export const StaffSyncNowOutputSchema = z.strictObject({
  delivered: CountSchema,
  rejected: CountSchema,
  retried: CountSchema,
  stoppedBy: z.enum(['empty', 'retry_later', 'unauthorized', 'not_provisioned', 'stopped']),
});
export const catalogRefreshOutcomes = ['replaced', 'unchanged', 'invalid', 'unavailable', 'unauthorized', 'not_provisioned'] as const;
export const StaffCatalogRefreshOutputSchema = z.strictObject({
  results: z.array(z.strictObject({ kind: z.enum(catalogKinds), outcome: z.enum(catalogRefreshOutcomes) })),
});

export const StaffOutboxItemInputSchema = z.strictObject({ token: StaffTokenSchema, outboxId: z.number().int().positive() });
/** A staff note on a rejected item ("已电话联系居民重新登记"); the screen asks for no personal data in it. */
export const StaffAnnotateInputSchema = z.strictObject({
  token: StaffTokenSchema,
  outboxId: z.number().int().positive(),
  note: z.string().max(200),
});

export const StaffReportInputSchema = z.strictObject({ token: StaffTokenSchema, date: z.iso.date().optional() });
export const StaffReportSchema = z.strictObject({
  generatedAt: IsoDateTimeSchema,
  station: z.strictObject({ name: z.string(), stationId: z.string().nullable(), districtCode: z.string() }),
  counts: DailyCountsSchema,
});
export type StaffReport = z.infer<typeof StaffReportSchema>;

/**
 * A 12333 service staff delivered outside any form (a career-guidance talk, a policy explained at the
 * desk), for the resident with this 身份证号 (鲁就办〔2023〕13号 item 16). The number's format is checked by
 * the handler, so a typo gets the same field-named message as on the resident forms.
 */
export const StaffRecordServiceInputSchema = z.strictObject({
  token: StaffTokenSchema,
  idNumber: z.string().max(40),
  service: ServiceContactKindSchema,
});

/** Actions that happen only in the renderer but still belong in the audit log. */
export const staffRendererActions = ['speech_tested', 'report_printed'] as const;
export const StaffRecordActionInputSchema = z.strictObject({ token: StaffTokenSchema, action: z.enum(staffRendererActions) });

export const PrinterSettingsSchema = z.strictObject({
  /** The printer receipts and reports go to; '' is the system default. */
  deviceName: z.string().max(200),
});
export type PrinterSettings = z.infer<typeof PrinterSettingsSchema>;

/**
 * The station settings form as staff filled it in. Types only: ranges, formats and duplicate keys are
 * checked by shared/staff/checkStaffSettings.ts on both sides, so each problem gets a message naming
 * its field instead of the router's generic one.
 */
export const StaffSettingsDraftSchema = z.strictObject({
  station: z.strictObject({
    stationName: z.string().max(500),
    stationPhone: z.string().max(500),
    districtCode: z.string().max(20),
    defaultLanguage: UiLanguageSchema,
    defaultTextSize: TextSizeSchema,
    defaultTheme: ThemeSchema,
    idleTimeoutSeconds: z.number(),
    speechEngine: z.enum(speechEnginePreferences),
    keyBindings: z.partialRecord(z.enum(keypadActions), z.array(z.string().max(100)).max(20)),
    doubleStrikeMs: z.number(),
  }),
  sync: z.strictObject({ retentionDays: z.number(), catalogRefreshMinutes: z.number() }),
  printer: z.strictObject({ deviceName: z.string().max(500) }),
  /** The secret is write-only: '' keeps the one stored; it is never sent back to any screen. */
  central: z.strictObject({ baseUrl: z.string().max(500), stationId: z.string().max(200), secret: z.string().max(500) }),
});
export type StaffSettingsDraft = z.infer<typeof StaffSettingsDraftSchema>;

export const StaffSettingsSaveInputSchema = z.strictObject({ token: StaffTokenSchema, settings: StaffSettingsDraftSchema });
export const StaffSettingsSaveOutputSchema = z.strictObject({ station: StationPublicConfigSchema });

export const CentralConnectionViewSchema = z.strictObject({ baseUrl: z.string(), stationId: z.string(), hasSecret: z.boolean() });

export const StaffSettingsSchema = z.strictObject({
  station: StationPublicConfigSchema,
  sync: SyncSettingsSchema,
  printer: PrinterSettingsSchema,
  /** Never the secret, only whether one is stored. */
  central: CentralConnectionViewSchema.nullable(),
  /** Printers the shell can see (Electron); empty in the browser shell, which prints through the print page. */
  printers: z.array(z.string().max(200)).max(50),
});
export type StaffSettings = z.infer<typeof StaffSettingsSchema>;
