import type { Migration } from './migration.js';
import { migration001Initial } from './001_initial.js';
import { migration002JobSearch } from './002_job_search.js';
import { migration003SubmissionLookup } from './003_submission_lookup.js';
import { migration004StaffMode } from './004_staff_mode.js';
import { migration005Forwarding } from './005_forwarding.js';
import { migration006KeypadSearch } from './006_keypad_search.js';
import { migration007OutboxKindRegistry } from './007_outbox_kind_registry.js';

// Ordered; append only. Each entry has its own test under tests/unit/store/migrations/.
export const migrations: readonly Migration[] = [
  migration001Initial,
  migration002JobSearch,
  migration003SubmissionLookup,
  migration004StaffMode,
  migration005Forwarding,
  migration006KeypadSearch,
  migration007OutboxKindRegistry,
];

export const latestSchemaVersion = migrations.length;
