import Database from 'better-sqlite3';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDailyBackup } from '../../electron/store/dailyBackup.js';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { startTestHost } from '../support/testHost.js';

// Issue #17: a daily online copy of the real database, rotating, with personal fields still encrypted.

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const first17 = '37170219900307123';
const ID = `${first17}${idChecksumChar(first17)}`;

describe('daily backup', () => {
  it('copies the live database once a day, keeps the newest three, and keeps personal fields encrypted', async () => {
    const kiosk = startTestHost();
    cleanups.push(() => kiosk.close());
    const stored = await kiosk.host.router.dispatch('jobs.registerInterest', { jobId: 'job-0001', visitId: null, name: '备份测试', phone: '13912340000', idNumber: ID, disability: null });
    expect(stored.ok).toBe(true);
    const dir = join(kiosk.dataDir, 'backups');
    const backup = createDailyBackup(kiosk.host.db, dir, 3);

    const first = await backup.runIfDue(new Date('2026-11-20T10:00:00'));
    expect(first.kind).toBe('written');
    expect(await backup.runIfDue(new Date('2026-11-20T18:00:00'))).toEqual({ kind: 'not_due' });
    const copy = new Database(join(dir, 'kiosk-2026-11-20.db'), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const row = z.object({ reference: z.string(), personal_data: z.instanceof(Buffer) }).parse(copy.prepare(`SELECT reference, personal_data FROM submissions`).get());
      expect(row.reference).toBe('J00001');
      // A page copy: the phone and the 身份证号 are as unreadable as in the live file.
      expect(row.personal_data.toString('latin1')).not.toContain('13912340000');
      expect(row.personal_data.toString('latin1')).not.toContain(ID);
    } finally {
      copy.close();
    }
    expect(statSync(join(dir, 'kiosk-2026-11-20.db')).mode & 0o077).toBe(0);

    for (const day of ['21', '22', '23']) expect((await backup.runIfDue(new Date(`2026-11-${day}T09:00:00`))).kind).toBe('written');
    expect(readdirSync(dir).sort()).toEqual(['kiosk-2026-11-21.db', 'kiosk-2026-11-22.db', 'kiosk-2026-11-23.db']);
    expect(existsSync(join(dir, 'kiosk-2026-11-23.db.partial'))).toBe(false);
  });

  it('reports a failure as a value (a closed database), never a throw', async () => {
    const kiosk = startTestHost();
    const backup = createDailyBackup(kiosk.host.db, join(kiosk.dataDir, 'backups'), 3);
    kiosk.close();
    expect((await backup.runIfDue(new Date('2026-11-20T10:00:00'))).kind).toBe('failed');
  });
});
