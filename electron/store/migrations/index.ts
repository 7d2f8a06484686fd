import type { Migration } from './migration.js';
import { migration001Initial } from './001_initial.js';

// Ordered; append only. Each entry has its own test under tests/unit/store/migrations/.
export const migrations: readonly Migration[] = [migration001Initial];

export const latestSchemaVersion = migrations.length;
