import { z } from 'zod';

// Station-level forwarding settings, changed by staff (issue #8 settings screen).
export const SyncSettingsSchema = z.strictObject({
  /**
   * Days a delivered submission keeps its personal data on the kiosk before it is erased. The central
   * API holds the record; the kiosk keeps it only long enough for staff to answer "did my form go
   * through?" (个人信息保护法 Art. 19: kept no longer than the purpose needs).
   */
  retentionDays: z.number().int().min(1).max(365),
  /** How often the catalog (jobs, courses, policies) is pulled from the central API. */
  catalogRefreshMinutes: z.number().int().min(5).max(1440),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const defaultSyncSettings: SyncSettings = { retentionDays: 30, catalogRefreshMinutes: 60 };

/** Staff provision these; the secret is write-only (never read back to any screen). */
export const StationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{3,64}$/);
export const StationSecretSchema = z.string().min(16).max(256);
