import { describe, expect, it } from 'vitest';
import { serviceRecordProgress } from '../../../electron/handlers/serviceRecordProgress.js';

const counts = (policy_contact: number, career_guidance: number, job_recommendation: number, training_offer: number) => ({
  policy_contact,
  career_guidance,
  job_recommendation,
  training_offer,
});

describe('12333 progress shown to the resident', () => {
  it('adds the kiosk’s unsent contacts to the central counts, staff and self-service apart, against the 2/3/3/3 targets', () => {
    const progress = serviceRecordProgress(
      { staffDelivered: counts(1, 2, 0, 0), selfService: counts(0, 0, 4, 1) },
      { staff: counts(1, 0, 0, 1), selfService: counts(1, 0, 1, 0) },
    );
    expect(progress).toEqual({
      policy_contact: { staff: 2, staffUnsent: 1, selfService: 1, target: 2 },
      career_guidance: { staff: 2, staffUnsent: 0, selfService: 0, target: 3 },
      job_recommendation: { staff: 0, staffUnsent: 0, selfService: 5, target: 3 },
      training_offer: { staff: 1, staffUnsent: 1, selfService: 1, target: 3 },
    });
  });
});
