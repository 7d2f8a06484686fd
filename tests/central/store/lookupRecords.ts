import { z } from 'zod';
import {
  ApplicationStatusResponseSchema,
  ServiceRecordResponseSchema,
  type ApplicationStatusRequest,
  type ApplicationStatusResponse,
  type ServiceRecordRequest,
  type ServiceRecordResponse,
} from '../../../shared/central/lookups.js';
import { submissionKinds, type SubmissionKind } from '../../../shared/central/submissionKinds.js';
import { SubmissionUploadItemSchema } from '../../../shared/central/submissionUpload.js';
import type { CentralDatabase } from './openCentralDatabase.js';

type Application = ApplicationStatusResponse['applications'][number];
export type ServiceContactKind = keyof ServiceRecordResponse['counts'];

const ApplicationSchema = ApplicationStatusResponseSchema.shape.applications.element;
/** An application the provincial system already knows about, e.g. one filed at a service hall. */
export const SeededApplicationSchema = ApplicationSchema.extend({
  idNumber: z.string().regex(/^\d{17}[\dX]$/),
  phoneLast4: z.string().regex(/^\d{4}$/),
});
export type SeededApplication = z.infer<typeof SeededApplicationSchema>;

const serviceContactKinds = ServiceRecordResponseSchema.shape.counts.keyof().options;
export const SeededServiceContactSchema = z.strictObject({
  idNumber: z.string().regex(/^\d{17}[\dX]$/),
  kind: z.enum(serviceContactKinds),
});
export type SeededServiceContact = z.infer<typeof SeededServiceContactSchema>;

export type LookupRecords = {
  /** A malformed seed is a bug in the test that seeds it: these throw. */
  seedApplication(application: SeededApplication): void;
  seedServiceContact(contact: SeededServiceContact): void;
  applicationStatus(request: ApplicationStatusRequest): ApplicationStatusResponse;
  serviceRecord(request: ServiceRecordRequest): ServiceRecordResponse;
};

/** Which 12333 contact an accepted submission counts as (鲁就办〔2023〕13号 "2/3/3/3"). */
const contactOfKind: Readonly<Partial<Record<SubmissionKind, ServiceContactKind>>> = {
  job_interest: 'job_recommendation',
  training_signup: 'training_offer',
  subsidy_inquiry: 'policy_contact',
};

const MAX_APPLICATIONS = 50;
const SeededApplicationRowSchema = z.object({
  reference: z.string(),
  policy_id: z.string(),
  status: ApplicationSchema.shape.status,
  submitted_at: z.string(),
  updated_at: z.string(),
});
const InquiryRowSchema = z.object({ central_reference: z.string(), body: z.string(), received_at: z.string() });
const SubmissionKindCountRowSchema = z.object({ kind: z.enum(submissionKinds), n: z.number().int() });
const ContactKindCountRowSchema = z.object({ kind: z.enum(serviceContactKinds), n: z.number().int() });

function lastFourDigits(phone: unknown): string | undefined {
  return typeof phone === 'string' ? phone.replace(/\D/g, '').slice(-4) : undefined;
}

function policyIdOf(publicData: Readonly<Record<string, unknown>>): string {
  const policyId = publicData['policyId'];
  return typeof policyId === 'string' && policyId.length >= 1 && policyId.length <= 80 ? policyId : 'unknown';
}

export function createLookupRecords(db: CentralDatabase): LookupRecords {
  const insertApplication = db.prepare(
    `INSERT INTO seeded_applications (reference, id_number, phone_last4, policy_id, status, submitted_at, updated_at)
     VALUES (@reference, @idNumber, @phoneLast4, @policyId, @status, @submittedAt, @updatedAt)`,
  );
  const insertContact = db.prepare(`INSERT INTO seeded_service_contacts (id_number, kind) VALUES (?, ?)`);
  const seededApplications = db.prepare(
    `SELECT reference, policy_id, status, submitted_at, updated_at FROM seeded_applications WHERE id_number = ? AND phone_last4 = ?`,
  );
  // The expression matches the partial index submissions_by_id_number, so lookups stay fast in benchmarks.
  const acceptedInquiries = db.prepare(
    `SELECT central_reference, body, received_at FROM submissions
     WHERE outcome = 'accepted' AND json_extract(body, '$.personalData.idNumber') = ? AND kind = 'subsidy_inquiry'`,
  );
  const acceptedByKind = db.prepare(
    `SELECT kind, COUNT(*) AS n FROM submissions
     WHERE outcome = 'accepted' AND json_extract(body, '$.personalData.idNumber') = ? GROUP BY kind`,
  );
  const seededByKind = db.prepare(`SELECT kind, COUNT(*) AS n FROM seeded_service_contacts WHERE id_number = ? GROUP BY kind`);

  const inquiriesOf = (request: ApplicationStatusRequest): Application[] =>
    acceptedInquiries.all(request.idNumber).flatMap((row): Application[] => {
      const inquiry = InquiryRowSchema.parse(row);
      const item = SubmissionUploadItemSchema.parse(JSON.parse(inquiry.body));
      if (lastFourDigits(item.personalData?.['phone']) !== request.phoneLast4) return [];
      return [
        {
          reference: inquiry.central_reference,
          policyId: policyIdOf(item.publicData),
          status: 'received',
          submittedAt: item.createdAt,
          updatedAt: inquiry.received_at,
        },
      ];
    });

  return {
    seedApplication(application) {
      insertApplication.run(SeededApplicationSchema.parse(application));
    },
    seedServiceContact(contact) {
      const parsed = SeededServiceContactSchema.parse(contact);
      insertContact.run(parsed.idNumber, parsed.kind);
    },
    applicationStatus(request) {
      const seeded = seededApplications.all(request.idNumber, request.phoneLast4).map((row): Application => {
        const parsed = SeededApplicationRowSchema.parse(row);
        return {
          reference: parsed.reference,
          policyId: parsed.policy_id,
          status: parsed.status,
          submittedAt: parsed.submitted_at,
          updatedAt: parsed.updated_at,
        };
      });
      const applications = [...seeded, ...inquiriesOf(request)]
        .sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt))
        .slice(0, MAX_APPLICATIONS);
      return { applications };
    },
    serviceRecord(request) {
      const counts: ServiceRecordResponse['counts'] = { policy_contact: 0, career_guidance: 0, job_recommendation: 0, training_offer: 0 };
      for (const row of acceptedByKind.all(request.idNumber)) {
        const { kind, n } = SubmissionKindCountRowSchema.parse(row);
        const contact = contactOfKind[kind];
        if (contact !== undefined) counts[contact] += n;
      }
      for (const row of seededByKind.all(request.idNumber)) {
        const { kind, n } = ContactKindCountRowSchema.parse(row);
        counts[kind] += n;
      }
      return { counts };
    },
  };
}
