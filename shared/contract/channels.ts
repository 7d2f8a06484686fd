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
import { JobSeekerReceiptSchema, JobsMatchInputSchema, JobsMatchOutputSchema } from './matchingSchemas.js';
import { JobSeekerRegistrationInputSchema } from '../forms/jobSeekerRegistration.js';
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
//
// `staff: true` marks a channel that needs a signed-in staff session (issue #14). The router checks the
// input's `token` with the staff gate once, after the input is parsed and before the handler runs, and
// hands the handler the checked session; without a current session the answer is `forbidden` and the
// handler never runs. So a flagged channel's input must carry the token: the second form below makes
// that a compile error rather than a channel nobody can call.
export type ChannelDefinition =
  | { readonly input: z.ZodType; readonly output: z.ZodType; readonly staff?: never }
  | { readonly input: z.ZodType<{ readonly token: string }>; readonly output: z.ZodType; readonly staff: true };

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
  'jobs.match': { input: JobsMatchInputSchema, output: JobsMatchOutputSchema },
  /** 求职登记 (需求归集): stored and forwarded; the same 身份证号 and phone again updates the registration (D…). */
  'jobSeekers.register': { input: JobSeekerRegistrationInputSchema, output: JobSeekerReceiptSchema },
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
  /**
   * "Call staff" from the help on any resident screen: raises an alert for the staff view.
   * Open, not `staff`: it is the resident asking for a person, so there is no staff session to check.
   */
  'staff.call': { input: EmptyInputSchema, output: StaffCallOutputSchema },
  // Staff mode (issue #8). Every channel flagged `staff: true` needs the token from signIn; the router
  // answers `forbidden` without a current one (issue #14). The four unflagged staff channels below are open
  // on purpose, each for the reason in its comment; tests/unit/router/staffChannels.test.ts lists them.
  /** Open: the PIN pad asks it before anyone is signed in (is there a PIN yet, is entry locked?). */
  'staff.status': { input: EmptyInputSchema, output: StaffStatusOutputSchema },
  /**
   * The first PIN (no token: the first start forces it) or a new one (token); answered with a session.
   * Open to the router: whether a token is needed depends on whether a PIN is stored, which only the
   * handler knows, and it must read that and check the token in the same serialised step as sign-in.
   * The handler therefore checks the token itself with the same gate when a PIN exists.
   */
  'staff.setPin': { input: StaffSetPinInputSchema, output: StaffTokenOutputSchema },
  /** Wrong PINs count towards the lock-out; the 5th locks entry for a growing delay. Open: it is how a session starts. */
  'staff.signIn': { input: StaffSignInInputSchema, output: StaffSignInOutputSchema },
  /**
   * Open to the router although it carries the token: the handler closes the session with the token
   * (unknown token → `forbidden`). A gate check first would refuse a session that has just idled out on
   * the host, losing the sign-out and its audit entry (`staff.timed_out`), and would needlessly extend it.
   */
  'staff.signOut': { input: StaffSignOutInputSchema, output: EmptyOutputSchema },
  'staff.dashboard': { input: StaffTokenInputSchema, output: StaffDashboardSchema, staff: true },
  'staff.acknowledgeCalls': { input: StaffTokenInputSchema, output: EmptyOutputSchema, staff: true },
  /** Marks the current visit staff-assisted: its submissions are marked too. */
  'staff.assist': { input: StaffAssistInputSchema, output: EmptyOutputSchema, staff: true },
  'staff.syncNow': { input: StaffTokenInputSchema, output: StaffSyncNowOutputSchema, staff: true },
  'staff.refreshCatalog': { input: StaffTokenInputSchema, output: StaffCatalogRefreshOutputSchema, staff: true },
  'staff.retryRejected': { input: StaffOutboxItemInputSchema, output: EmptyOutputSchema, staff: true },
  'staff.annotateRejected': { input: StaffAnnotateInputSchema, output: EmptyOutputSchema, staff: true },
  /** The daily status report (counts only) for the 统计台账. */
  'staff.report': { input: StaffReportInputSchema, output: StaffReportSchema, staff: true },
  'staff.recordAction': { input: StaffRecordActionInputSchema, output: EmptyOutputSchema, staff: true },
  /** A 12333 service staff delivered for a resident (by 身份证号): stored and forwarded as a service_record submission (R…). */
  'staff.recordService': { input: StaffRecordServiceInputSchema, output: SubmissionReceiptSchema, staff: true },
  /** Never the central secret: only whether one is stored. */
  'staff.settings': { input: StaffTokenInputSchema, output: StaffSettingsSchema, staff: true },
  /** Checked field by field; applied at once, without a restart. */
  'staff.saveSettings': { input: StaffSettingsSaveInputSchema, output: StaffSettingsSaveOutputSchema, staff: true },
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

/** The channels flagged `staff: true`: their handlers receive the checked staff session. */
export type StaffChannelName = { [C in ChannelName]: (typeof channels)[C] extends { readonly staff: true } ? C : never }[ChannelName];

export function isStaffChannel(channel: ChannelName): channel is StaffChannelName {
  // Widened to the definition type so the optional flag can be read on every channel.
  const definition: ChannelDefinition = channels[channel];
  return definition.staff === true;
}

export const staffChannelNames = channelNames.filter(isStaffChannel);
