import { z } from 'zod';
import {
  ApplicationStatusResponseSchema,
  type ApplicationStatusRequest,
  type ApplicationStatusResponse,
  type ServiceRecordRequest,
  type ServiceRecordResponse,
} from '../../../shared/central/lookups.js';
import { ServiceContactKindSchema, serviceRecordWindowStart } from '../../../shared/central/serviceRecord.js';
import { SubmissionUploadItemSchema } from '../../../shared/central/submissionUpload.js';
import type { CentralDatabase } from './openCentralDatabase.js';
import { countServices, serviceEventOf, type ServiceEvent } from './serviceRecordCounts.js';

type Application = ApplicationStatusResponse['applications'][number];
export type { ServiceContactKind } from '../../../shared/central/serviceRecord.js';

const ApplicationSchema = ApplicationStatusResponseSchema.shape.applications.element;
/** An application the provincial system already knows about, e.g. one filed at a service hall. */
export const SeededApplicationSchema = ApplicationSchema.extend({
  idNumber: z.string().regex(/^\d{17}[\dX]$/),
  phoneLast4: z.string().regex(/^\d{4}$/),
});
export type SeededApplication = z.infer<typeof SeededApplicationSchema>;

/** A service the provincial system recorded elsewhere (a service hall, another station): staff delivered it. */
export const SeededServiceContactSchema = z.strictObject({
  idNumber: z.string().regex(/^\d{17}[\dX]$/),
  kind: ServiceContactKindSchema,
  /** When it happened; default the server clock at seeding. Counted for one year after. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type SeededServiceContact = z.input<typeof SeededServiceContactSchema>;

export type LookupRecords = {
  /** A malformed seed is a bug in the test that seeds it: these throw. */
  seedApplication(application: SeededApplication): void;
  seedServiceContact(contact: SeededServiceContact): void;
  applicationStatus(request: ApplicationStatusRequest): ApplicationStatusResponse;
  serviceRecord(request: ServiceRecordRequest): ServiceRecordResponse;
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
const AcceptedBodyRowSchema = z.object({ body: z.string() });
const SeededContactRowSchema = z.object({ kind: ServiceContactKindSchema, at: z.string() });

function lastFourDigits(phone: unknown): string | undefined {
  return typeof phone === 'string' ? phone.replace(/\D/g, '').slice(-4) : undefined;
}

function policyIdOf(publicData: Readonly<Record<string, unknown>>): string {
  const policyId = publicData['policyId'];
  return typeof policyId === 'string' && policyId.length >= 1 && policyId.length <= 80 ? policyId : 'unknown';
}

/** `clock` is the server's: the 12333 window ends at the moment of the lookup. */
export function createLookupRecords(db: CentralDatabase, clock: () => Date): LookupRecords {
  const insertApplication = db.prepare(
    `INSERT INTO seeded_applications (reference, id_number, phone_last4, policy_id, status, submitted_at, updated_at)
     VALUES (@reference, @idNumber, @phoneLast4, @policyId, @status, @submittedAt, @updatedAt)`,
  );
  const insertContact = db.prepare(`INSERT INTO seeded_service_contacts (id_number, kind, at) VALUES (?, ?, ?)`);
  const seededApplications = db.prepare(
    `SELECT reference, policy_id, status, submitted_at, updated_at FROM seeded_applications WHERE id_number = ? AND phone_last4 = ?`,
  );
  // The expression matches the partial index submissions_by_id_number, so lookups stay fast in benchmarks.
  const acceptedInquiries = db.prepare(
    `SELECT central_reference, body, received_at FROM submissions
     WHERE outcome = 'accepted' AND json_extract(body, '$.personalData.idNumber') = ? AND kind = 'subsidy_inquiry'`,
  );
  const acceptedBodies = db.prepare(
    `SELECT body FROM submissions WHERE outcome = 'accepted' AND json_extract(body, '$.personalData.idNumber') = ?`,
  );
  const seededContacts = db.prepare(`SELECT kind, at FROM seeded_service_contacts WHERE id_number = ?`);

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
      insertContact.run(parsed.idNumber, parsed.kind, parsed.at ?? clock().toISOString());
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
      const submitted = acceptedBodies.all(request.idNumber).flatMap((row): ServiceEvent[] => {
        const event = serviceEventOf(SubmissionUploadItemSchema.parse(JSON.parse(AcceptedBodyRowSchema.parse(row).body)));
        return event === undefined ? [] : [event];
      });
      // Seeded contacts stand for services recorded elsewhere in the provincial system: staff delivered them.
      const seeded = seededContacts.all(request.idNumber).map((row): ServiceEvent => {
        const parsed = SeededContactRowSchema.parse(row);
        return { service: parsed.kind, at: parsed.at, byStaff: true };
      });
      return countServices([...submitted, ...seeded], serviceRecordWindowStart(clock()));
    },
  };
}
