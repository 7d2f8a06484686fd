import type { z } from 'zod';
import {
  AppInfoSchema,
  CatalogSummarySchema,
  EmptyInputSchema,
  EmptyOutputSchema,
  HostStatusSchema,
  ReceiptPrintOutputSchema,
  SpeechSynthesizeInputSchema,
  SpeechSynthesizeOutputSchema,
  StaffCallOutputSchema,
  VisitCountInputSchema,
  VisitEndInputSchema,
  VisitScreenInputSchema,
  VisitStartInputSchema,
  VisitStartOutputSchema,
} from './appSchemas.js';
import { JobGetInputSchema, JobGetOutputSchema, JobSearchInputSchema, JobSearchOutputSchema, SubmissionReceiptSchema } from './jobSchemas.js';
import { JobInterestInputSchema } from '../forms/jobInterest.js';
import {
  CourseGetInputSchema,
  CourseGetOutputSchema,
  CourseSearchInputSchema,
  CourseSearchOutputSchema,
  IdCardReadingSchema,
  TrainingSignUpInputSchema,
  TrainingSignUpOutputSchema,
} from './trainingSchemas.js';
import { PoliciesListOutputSchema, StatusLookupOutputSchema } from './subsidySchemas.js';
import { PolicyInquiryInputSchema, StatusLookupInputSchema } from '../forms/subsidyForms.js';
import {
  StaffAnnotateInputSchema,
  StaffAssistInputSchema,
  StaffCatalogRefreshOutputSchema,
  StaffDashboardSchema,
  StaffOutboxItemInputSchema,
  StaffRecordActionInputSchema,
  StaffRecordServiceInputSchema,
  StaffReportInputSchema,
  StaffReportSchema,
  StaffSetPinInputSchema,
  StaffSettingsSaveInputSchema,
  StaffSettingsSaveOutputSchema,
  StaffSettingsSchema,
  StaffSignInInputSchema,
  StaffSignInOutputSchema,
  StaffSignOutInputSchema,
  StaffStatusOutputSchema,
  StaffSyncNowOutputSchema,
  StaffTokenInputSchema,
  StaffTokenOutputSchema,
} from './staffSchemas.js';

// The one seam between the sandboxed renderer and the host (DESIGN.md, "Processes").
// Every channel names its input and output schema; the router validates both directions,
// and the static types below are derived from these schemas, never written by hand.
export type ChannelDefinition = { readonly input: z.ZodType; readonly output: z.ZodType };

export const channels = {
  'app.getInfo': { input: EmptyInputSchema, output: AppInfoSchema },
  'catalog.getSummary': { input: EmptyInputSchema, output: CatalogSummarySchema },
  'status.get': { input: EmptyInputSchema, output: HostStatusSchema },
  'visit.start': { input: VisitStartInputSchema, output: VisitStartOutputSchema },
  'visit.recordScreen': { input: VisitScreenInputSchema, output: EmptyOutputSchema },
  'visit.end': { input: VisitEndInputSchema, output: EmptyOutputSchema },
  'visit.count': { input: VisitCountInputSchema, output: EmptyOutputSchema },
  'jobs.search': { input: JobSearchInputSchema, output: JobSearchOutputSchema },
  'jobs.get': { input: JobGetInputSchema, output: JobGetOutputSchema },
  /** Stored with its outbox entry in one transaction; answered with the short reference. */
  'jobs.registerInterest': { input: JobInterestInputSchema, output: SubmissionReceiptSchema },
  'courses.search': { input: CourseSearchInputSchema, output: CourseSearchOutputSchema },
  'courses.get': { input: CourseGetInputSchema, output: CourseGetOutputSchema },
  /** A full session is accepted as a waitlist entry when the resident agreed; answered with the reference (T…). */
  'training.signUp': { input: TrainingSignUpInputSchema, output: TrainingSignUpOutputSchema },
  /** Waits up to 10 s for a 二代身份证 on the station's reader; the form can always take the number typed instead. */
  'idCard.read': { input: EmptyInputSchema, output: IdCardReadingSchema },
  /** Silent printing of the current page where the shell has a printer (Electron); else the renderer's print page. */
  'receipt.print': { input: EmptyInputSchema, output: ReceiptPrintOutputSchema },
  'speech.synthesize': { input: SpeechSynthesizeInputSchema, output: SpeechSynthesizeOutputSchema },
  /** Subsidy policies that have started (ended ones included, see subsidyHandlers), with their eligibility rules; the check runs in the renderer. */
  'policies.list': { input: EmptyInputSchema, output: PoliciesListOutputSchema },
  /** Application status and 12333 progress, asked of the central API; 'unavailable' when it cannot answer. */
  'subsidies.lookupStatus': { input: StatusLookupInputSchema, output: StatusLookupOutputSchema },
  /** Offline or failed lookup: a stored status request that staff follow up (forwarded like any submission). */
  'subsidies.requestStatus': { input: StatusLookupInputSchema, output: SubmissionReceiptSchema },
  /** "请驿站给我回电话": a call-back about one policy; counts as a 12333 policy contact. */
  'subsidies.inquire': { input: PolicyInquiryInputSchema, output: SubmissionReceiptSchema },
  /** "Call staff" from the help on any resident screen: raises an alert for the staff view. */
  'staff.call': { input: EmptyInputSchema, output: StaffCallOutputSchema },
  // Staff mode (issue #8). Every channel below but status, signIn and the first setPin needs the token
  // from signIn; without a current one the answer is `forbidden`.
  'staff.status': { input: EmptyInputSchema, output: StaffStatusOutputSchema },
  /** The first PIN (no token: the first start forces it) or a new one (token); answered with a session. */
  'staff.setPin': { input: StaffSetPinInputSchema, output: StaffTokenOutputSchema },
  /** Wrong PINs count towards the lock-out; the 5th locks entry for a growing delay. */
  'staff.signIn': { input: StaffSignInInputSchema, output: StaffSignInOutputSchema },
  'staff.signOut': { input: StaffSignOutInputSchema, output: EmptyOutputSchema },
  'staff.dashboard': { input: StaffTokenInputSchema, output: StaffDashboardSchema },
  'staff.acknowledgeCalls': { input: StaffTokenInputSchema, output: EmptyOutputSchema },
  /** Marks the current visit staff-assisted: its submissions are marked too. */
  'staff.assist': { input: StaffAssistInputSchema, output: EmptyOutputSchema },
  'staff.syncNow': { input: StaffTokenInputSchema, output: StaffSyncNowOutputSchema },
  'staff.refreshCatalog': { input: StaffTokenInputSchema, output: StaffCatalogRefreshOutputSchema },
  'staff.retryRejected': { input: StaffOutboxItemInputSchema, output: EmptyOutputSchema },
  'staff.annotateRejected': { input: StaffAnnotateInputSchema, output: EmptyOutputSchema },
  /** The daily status report (counts only) for the 统计台账. */
  'staff.report': { input: StaffReportInputSchema, output: StaffReportSchema },
  'staff.recordAction': { input: StaffRecordActionInputSchema, output: EmptyOutputSchema },
  /** A 12333 service staff delivered for a resident (by 身份证号): stored and forwarded as a service_record submission (R…). */
  'staff.recordService': { input: StaffRecordServiceInputSchema, output: SubmissionReceiptSchema },
  /** Never the central secret: only whether one is stored. */
  'staff.settings': { input: StaffTokenInputSchema, output: StaffSettingsSchema },
  /** Checked field by field; applied at once, without a restart. */
  'staff.saveSettings': { input: StaffSettingsSaveInputSchema, output: StaffSettingsSaveOutputSchema },
} as const satisfies Record<string, ChannelDefinition>;

export type ChannelName = keyof typeof channels;
export const channelNames = Object.keys(channels) as ChannelName[];

/** What the caller passes (before defaults are applied). */
export type ChannelInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;
/** What the handler receives (after parsing). */
export type ParsedChannelInput<C extends ChannelName> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<(typeof channels)[C]['output']>;

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(channels, value);
}
