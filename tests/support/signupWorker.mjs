// Child process for the power-cut test: signs residents up for training as fast as it can through
// the compiled host (real router, real SQLite file) until it is killed with SIGKILL.
// Usage: node signupWorker.mjs <dataDir>
import { createKioskHost } from '../../dist/node/electron/services/createKioskHost.js';
import { loadOrCreateKeyFile } from '../../dist/node/electron/crypto/personalDataKey.js';
import { idChecksumChar } from '../../dist/node/shared/domain/idNumber.js';
import { assetsDir } from '../../dist/node/electron/config/appPaths.js';

const dataDir = process.argv[2];
const key = loadOrCreateKeyFile(dataDir);
if (!key.ok) throw new Error(key.error.message);
const silent = { info() {}, warn() {}, error() {} };
const host = createKioskHost({ dataDir, assetsDir, version: 'kill-test', logger: silent, personalDataKey: key.value });
if (!host.ok) throw new Error(host.error.code);
const { router } = host.value;

const courses = await router.dispatch('courses.search', { text: '', category: null, districtCode: null, format: null, month: null, hasSeats: false });
if (!courses.ok) throw new Error('no courses');
const sessions = courses.value.courses.flatMap((course) => course.sessions.map((session) => ({ courseId: course.id, sessionId: session.id })));

for (let n = 0; ; n += 1) {
  const visit = await router.dispatch('visit.start', { language: 'zh-CN' });
  if (!visit.ok) throw new Error('no visit');
  const first17 = `37170219900101${String(n % 1000).padStart(3, '0')}`;
  const target = sessions[n % sessions.length];
  const result = await router.dispatch('training.signUp', {
    courseId: target.courseId,
    sessionId: target.sessionId,
    visitId: visit.value.visitId,
    idNumber: `${first17}${idChecksumChar(first17)}`,
    phone: '13912345678',
    name: '测试',
    disabilityCard: null,
    acceptWaitlist: true,
  });
  process.stdout.write(result.ok ? `ok ${n}\n` : `refused ${n} ${result.error.code}\n`);
}
