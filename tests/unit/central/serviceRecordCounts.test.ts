import { describe, expect, it } from 'vitest';
import type { SubmissionUploadItem } from '../../../shared/central/submissionUpload.js';
import { countServices, serviceEventOf } from '../../central/store/serviceRecordCounts.js';

const item = (overrides: Partial<SubmissionUploadItem>): SubmissionUploadItem => ({
  id: '019a8f3e-7c4b-7def-8abc-0123456789ab',
  kind: 'job_interest',
  reference: 'J00001',
  createdAt: '2027-01-05T09:00:00.000+08:00',
  visitId: null,
  staffAssisted: false,
  publicData: {},
  personalData: null,
  ...overrides,
});

describe('the reference server’s 12333 counting', () => {
  it('reads which service a submission stands for and who delivered it', () => {
    expect(serviceEventOf(item({}))).toEqual({ service: 'job_recommendation', at: '2027-01-05T09:00:00.000+08:00', byStaff: false });
    expect(serviceEventOf(item({ kind: 'training_signup', staffAssisted: true }))?.byStaff).toBe(true);
    expect(serviceEventOf(item({ kind: 'subsidy_inquiry' }))?.service).toBe('policy_contact');
    expect(serviceEventOf(item({ kind: 'status_request' }))).toBeUndefined();
    // Staff's own entry is staff-delivered by its kind; one naming no known service counts for nothing.
    expect(serviceEventOf(item({ kind: 'service_record', reference: 'R00001', publicData: { service: 'career_guidance' } }))).toMatchObject({ service: 'career_guidance', byStaff: true });
    expect(serviceEventOf(item({ kind: 'service_record', reference: 'R00002', publicData: { service: 'lottery' } }))).toBeUndefined();
  });

  it('counts from the start of the window on, comparing instants whatever their offset', () => {
    const since = new Date('2026-01-10T00:00:00Z');
    const record = countServices(
      [
        { service: 'career_guidance', at: '2026-01-10T08:00:00+08:00', byStaff: true }, // = since: inside
        { service: 'career_guidance', at: '2026-01-10T07:59:59+08:00', byStaff: true }, // before: outside
        { service: 'training_offer', at: '2026-12-31T00:00:00Z', byStaff: false },
        { service: 'policy_contact', at: '', byStaff: true }, // no time: outside every window
      ],
      since,
    );
    expect(record).toEqual({
      staffDelivered: { policy_contact: 0, career_guidance: 1, job_recommendation: 0, training_offer: 0 },
      selfService: { policy_contact: 0, career_guidance: 0, job_recommendation: 0, training_offer: 1 },
    });
  });
});
