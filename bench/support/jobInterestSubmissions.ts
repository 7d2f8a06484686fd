import { seededRandom } from '../../shared/random/seededRandom.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { assetsDir } from '../../electron/config/appPaths.js';
import type { PersonalDataCipher } from '../../electron/crypto/personalDataCipher.js';
import type { KioskDatabase } from '../../electron/store/openDatabase.js';
import { createSubmissionStore } from '../../electron/store/submissionStore.js';
import { disabilityCategories } from '../../shared/catalog/disability.js';
import { JobSchema } from '../../shared/catalog/job.js';
import { idChecksumChar } from '../../shared/domain/idNumber.js';

// Job-interest submissions shaped like the ones jobHandlers stores (same public and personal fields,
// dedupe parts and 12333 contact), queued through the real submission store so each one is encrypted
// and gets its outbox row exactly as on a kiosk. Bench-only: tests/support is not compiled into dist.


function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '孙', '马', '朱', '胡', '郭', '高', '林', '何', '宋', '欧阳'];
const givenNames = ['秀英', '建国', '志强', '桂兰', '海燕', '明', '伟', '芳', '丽娟', '玉梅', '国华', '晓东', '春生', '淑珍', '子涵', '浩然'];
// Jinan, Qingdao, Zibo, Yantai, Weifang, Jining and Heze district codes: residents of the stations' cities.
const regionCodes = [
  '370102', '370103', '370104', '370105', '370202', '370203', '370302', '370602', '370702', '371702', '371721', '370811',
];
const phonePrefixes = ['135', '136', '139', '150', '152', '158', '177', '186', '188', '199'];

function birthDate(random: () => number): string {
  // 1965-01-01 … 2004-12-31, a valid calendar day, as the 身份证号 parser would accept.
  const startMs = Date.UTC(1965, 0, 1);
  const day = new Date(startMs + Math.floor(random() * 14_610) * 86_400_000);
  return day.toISOString().slice(0, 10).replaceAll('-', '');
}

function idNumber(random: () => number): string {
  const sequence = String(Math.floor(random() * 1000)).padStart(3, '0');
  const first17 = `${pick(random, regionCodes)}${birthDate(random)}${sequence}`;
  return `${first17}${idChecksumChar(first17)}`;
}

/** Distinct for n < 10^8 (7919 is prime to 10^8), so no two residents share a phone and no dedupe key clashes. */
function phone(random: () => number, n: number): string {
  return `${pick(random, phonePrefixes)}${String((n * 7919 + 31_337) % 100_000_000).padStart(8, '0')}`;
}

/** Queues `count` job-interest submissions in one transaction (setup, not measured). */
export function queueJobInterests(db: KioskDatabase, cipher: PersonalDataCipher, count: number, clock: () => Date = () => new Date()): void {
  const jobs = z.array(JobSchema).parse(JSON.parse(readFileSync(join(assetsDir, 'catalog', 'jobs.json'), 'utf8')));
  const store = createSubmissionStore(db, cipher, clock);
  const random = seededRandom(20_260_601);
  db.transaction(() => {
    for (let n = 0; n < count; n += 1) {
      const job = pick(random, jobs);
      const resident = {
        name: `${pick(random, surnames)}${pick(random, givenNames)}`,
        phone: phone(random, n),
        idNumber: idNumber(random),
        disabilityCategory: random() < 0.6 ? pick(random, disabilityCategories) : null,
      };
      const created = store.create({
        kind: 'job_interest',
        visitId: null,
        staffAssisted: random() < 0.2,
        publicData: {
          jobId: job.id,
          jobTitle: job.title['zh-CN'],
          employer: job.employer['zh-CN'],
          disabilityShared: resident.disabilityCategory !== null,
        },
        personalData: resident,
        dedupeParts: [job.id, resident.phone],
        serviceContacts: { idNumber: resident.idNumber, kinds: ['job_recommendation'] },
      });
      if (!created.ok) throw new Error(`submission ${n} refused as a duplicate`);
    }
  })();
}
