import { z } from 'zod';
import { JobSeekerPublicDataSchema, type JobSeekerPublicData } from '../../../shared/central/jobSeekerRegistration.js';
import { SubmissionUploadItemSchema } from '../../../shared/central/submissionUpload.js';
import type { CentralDatabase } from './openCentralDatabase.js';

export type JobSeekerRegistration = JobSeekerPublicData & { readonly stationId: string; readonly reference: string };

const RowSchema = z.object({ station_id: z.string(), body: z.string() });

/**
 * The registrations the central API holds (需求归集, issue #15): one per registrationId, at its highest revision, so a
 * resident who updates at the kiosk is one job seeker, not two. Revisions may arrive in any order (a retried
 * batch), so the highest number wins, not the latest arrival.
 */
export function readJobSeekerRegistrations(db: CentralDatabase): JobSeekerRegistration[] {
  const rows = z.array(RowSchema).parse(db.prepare(`SELECT station_id, body FROM submissions WHERE kind = 'job_seeker' AND outcome = 'accepted'`).all());
  const latest = new Map<string, JobSeekerRegistration>();
  for (const row of rows) {
    const item = SubmissionUploadItemSchema.parse(JSON.parse(row.body));
    const data = JobSeekerPublicDataSchema.safeParse(item.publicData);
    if (!data.success) continue;
    const key = `${row.station_id}/${data.data.registrationId}`;
    const known = latest.get(key);
    if (known === undefined || known.revision < data.data.revision) latest.set(key, { ...data.data, stationId: row.station_id, reference: item.reference });
  }
  return [...latest.values()];
}
