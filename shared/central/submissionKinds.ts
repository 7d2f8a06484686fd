// What residents submit. Shared by the local store, the central contract and the reference server.
export const submissionKinds = ['job_interest', 'training_signup', 'subsidy_inquiry', 'status_request', 'service_record', 'job_seeker'] as const;
export type SubmissionKind = (typeof submissionKinds)[number];
