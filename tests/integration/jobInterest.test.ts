import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/services/createKioskHost.js';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { makeTempDir } from '../support/tempDir.js';
import { startTestHost } from '../support/testHost.js';

const first17 = '37170219900307108';
const VALID_ID = `${first17}${idChecksumChar(first17)}`; // ends in X
const JOB_ID = 'job-0002';

const cleanup: { close(): void }[] = [];
afterEach(() => cleanup.splice(0).forEach((item) => item.close()));

function host(dataDir?: string) {
  const test = startTestHost(dataDir === undefined ? {} : { dataDir });
  cleanup.push(test);
  return test;
}

const goodInput = { jobId: JOB_ID, visitId: null, name: '王小明', phone: '13812345678', idNumber: null, disability: null };

function countRows(test: ReturnType<typeof host>): { submissions: number; outbox: number } {
  const submissions = (test.host.db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n;
  const outbox = (test.host.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE item_kind = 'submission'`).get() as { n: number }).n;
  return { submissions, outbox };
}

describe('jobs.registerInterest', () => {
  it.each([
    ['a wrong ID checksum', { idNumber: `${first17}1` }, 'idNumber', 'errors.idNumber.bad_checksum'],
    ['an old 15-digit ID', { idNumber: '371702900307108' }, 'idNumber', 'errors.idNumber.old_15_digit'],
    ['a phone of the wrong length', { phone: '1381234567' }, 'phone', 'errors.phone.wrong_length'],
    ['an emoji name', { name: '王小明😀' }, 'name', 'errors.name.emoji_or_symbols'],
    ['a 500-character name', { name: '王'.repeat(500) }, 'name', 'errors.name.too_long'],
  ])('refuses %s with a field-named error and stores nothing', async (_case, change, path, messageKey) => {
    const test = host();
    const response = await test.host.router.dispatch('jobs.registerInterest', { ...goodInput, ...change });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ path, messageKey }] } });
    expect(countRows(test)).toEqual({ submissions: 0, outbox: 0 });
  });

  it('accepts a lowercase x as X', async () => {
    const test = host();
    const response = await test.host.router.dispatch('jobs.registerInterest', { ...goodInput, idNumber: VALID_ID.toLowerCase() });
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const { submissionId } = response.value as { submissionId: string };
    expect(VALID_ID.endsWith('X')).toBe(true);
    const stored = test.host.db.prepare('SELECT COUNT(*) AS n FROM service_contacts WHERE submission_id = ?').get(submissionId);
    expect(stored).toEqual({ n: 1 }); // a job recommendation on the resident's 12333 record
  });

  it('refuses a payload over the size limits before looking at it', async () => {
    const test = host();
    const response = await test.host.router.dispatch('jobs.registerInterest', { ...goodInput, name: '王'.repeat(501) });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ path: 'name', messageKey: 'errors.field.tooLong' }] } });
  });

  it('stores the submission and its outbox entry together, and detects a second registration for the same job and phone', async () => {
    const test = host();
    const first = await test.host.router.dispatch('jobs.registerInterest', goodInput);
    expect(first).toMatchObject({ ok: true, value: { reference: 'J00001' } });
    expect(countRows(test)).toEqual({ submissions: 1, outbox: 1 });
    const again = await test.host.router.dispatch('jobs.registerInterest', { ...goodInput, name: '王 小明', phone: '+86 138-1234-5678' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: [{ path: 'phone', messageKey: 'errors.jobInterest.duplicate', params: { reference: 'J00001' } }] },
    });
    expect(countRows(test)).toEqual({ submissions: 1, outbox: 1 });
    const otherJob = await test.host.router.dispatch('jobs.registerInterest', { ...goodInput, jobId: 'job-0003' });
    expect(otherJob).toMatchObject({ ok: true, value: { reference: 'J00002' } });
  });

  it('counts jobs viewed and interests registered toward the visit', async () => {
    const test = host();
    const started = await test.host.router.dispatch('visit.start', { language: 'zh-CN' });
    if (!started.ok) throw new Error('no visit');
    const { visitId } = started.value as { visitId: string };
    await test.host.router.dispatch('visit.count', { visitId, counter: 'jobs_viewed' });
    await test.host.router.dispatch('visit.count', { visitId, counter: 'jobs_viewed' });
    await test.host.router.dispatch('jobs.registerInterest', { ...goodInput, visitId });
    expect(JSON.parse((test.host.db.prepare('SELECT counters FROM visits WHERE id = ?').get(visitId) as { counters: string }).counters)).toEqual({
      jobs_viewed: 2,
      job_interest: 1,
    });
  });

  it('refuses an unknown or expired job', async () => {
    const test = host();
    const expired = (test.host.db.prepare(`SELECT id FROM catalog_items WHERE kind = 'jobs' AND json_extract(data, '$.expiresAt') < '2026-11-01' LIMIT 1`).get() as { id: string }).id;
    for (const jobId of ['job-9999', expired]) {
      const response = await test.host.router.dispatch('jobs.registerInterest', { ...goodInput, jobId });
      expect(response).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ path: 'jobId' }] } });
    }
  });

  it('survives a restart, and the personal fields are not readable in the raw SQLite file', async () => {
    const dir = makeTempDir('kiosk-interest');
    cleanup.push({ close: () => dir.remove() });
    const first = host(dir.path);
    const response = await first.host.router.dispatch('jobs.registerInterest', { ...goodInput, idNumber: VALID_ID, disability: { consent: true, category: 'physical' } });
    if (!response.ok) throw new Error('not stored');
    const { submissionId } = response.value as { submissionId: string };
    first.host.db.pragma('wal_checkpoint(TRUNCATE)');
    const raw = Buffer.concat([readFileSync(join(dir.path, DATABASE_FILE))]).toString('latin1');
    const rawUtf8 = readFileSync(join(dir.path, DATABASE_FILE)).toString('utf8');
    for (const secret of ['13812345678', VALID_ID, '王小明', 'disabilityCategory']) {
      expect(raw.includes(secret) || rawUtf8.includes(secret), secret).toBe(false);
    }
    first.close();
    cleanup.splice(cleanup.indexOf(first), 1);

    const second = host(dir.path);
    expect(countRows(second)).toEqual({ submissions: 1, outbox: 1 });
    const created = (await import('../../electron/store/submissionStore.js')).createSubmissionStore;
    const { createPersonalDataCipher } = await import('../../electron/crypto/personalDataCipher.js');
    const { loadOrCreateKeyFile } = await import('../../electron/crypto/personalDataKey.js');
    const key = loadOrCreateKeyFile(dir.path);
    if (!key.ok) throw new Error('key');
    const store = created(second.host.db, createPersonalDataCipher(key.value), () => new Date());
    expect(store.readPersonal(submissionId)).toEqual({
      ok: true,
      value: { name: '王小明', phone: '13812345678', idNumber: VALID_ID, disabilityCategory: 'physical' },
    });
  });
});
