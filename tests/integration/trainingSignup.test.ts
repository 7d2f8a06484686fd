import { afterEach, describe, expect, it, vi } from 'vitest';
import { assetsDir } from '../../electron/config/appPaths.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CourseGetOutputSchema, CourseSearchOutputSchema } from '../../shared/contract/trainingSchemas.js';
import { createCardFileIdCardReader } from '../../electron/devices/cardFileIdCardReader.js';
import { createSimulatedIdCardReader } from '../../electron/devices/simulatedIdCardReader.js';
import { createKioskHost } from '../../electron/services/createKioskHost.js';
import { createMemoryLogger } from '../../electron/logging/logger.js';
import { createPersonalDataCipher } from '../../electron/crypto/personalDataCipher.js';
import { loadOrCreateKeyFile } from '../../electron/crypto/personalDataKey.js';
import { createSubmissionStore } from '../../electron/store/submissionStore.js';
import { idChecksumChar } from '../../shared/domain/idNumber.js';
import { makeTempDir } from '../support/tempDir.js';
import { startTestHost } from '../support/testHost.js';

// The kiosk's local calendar day for these tests: every seed session is still upcoming.
const NOW = new Date(2026, 10, 22, 10, 0, 0);

function validId(birth: string, sequence = '123'): string {
  const first17 = `370102${birth}${sequence}`;
  return first17 + idChecksumChar(first17);
}

const ID = validId('19900307');
const OTHER_ID = validId('19851120', '456');

const cleanup: { close(): void }[] = [];
afterEach(() => cleanup.splice(0).forEach((item) => item.close()));

function host(clock: () => Date = () => NOW) {
  const test = startTestHost({ clock });
  cleanup.push(test);
  return test;
}

const goodInput = {
  courseId: 'course-019',
  sessionId: 'course-019-s1',
  visitId: null,
  idNumber: ID,
  phone: '13812345678',
  name: '王小明',
  disabilityCard: null,
  acceptWaitlist: false,
};

type Test = ReturnType<typeof host>;

function count(test: Test, sql: string, ...params: unknown[]): number {
  return (test.host.db.prepare(sql).get(...params) as { n: number }).n;
}

function countRows(test: Test): { submissions: number; outbox: number; contacts: number } {
  return {
    submissions: count(test, 'SELECT COUNT(*) AS n FROM submissions'),
    outbox: count(test, `SELECT COUNT(*) AS n FROM outbox WHERE item_kind = 'submission'`),
    contacts: count(test, 'SELECT COUNT(*) AS n FROM service_contacts'),
  };
}

function readPersonal(test: Test, submissionId: string): unknown {
  const key = loadOrCreateKeyFile(test.dataDir);
  if (!key.ok) throw new Error('key');
  return createSubmissionStore(test.host.db, createPersonalDataCipher(key.value), () => NOW).readPersonal(submissionId);
}

async function signUp(test: Test, change: Record<string, unknown> = {}) {
  return test.host.router.dispatch('training.signUp', { ...goodInput, ...change });
}

describe('training.signUp', () => {
  it('signs up for a session with seats: reference, outbox entry, 12333 contact and visit counter', async () => {
    const test = host();
    const started = await test.host.router.dispatch('visit.start', { language: 'zh-CN' });
    if (!started.ok) throw new Error('no visit');
    const { visitId } = started.value as { visitId: string };
    const response = await signUp(test, { visitId });
    expect(response).toMatchObject({ ok: true, value: { reference: 'T00001', status: 'signed_up', disability: null } });
    if (!response.ok) return;
    const { submissionId } = response.value as { submissionId: string };
    expect(countRows(test)).toEqual({ submissions: 1, outbox: 1, contacts: 1 });
    expect(count(test, `SELECT COUNT(*) AS n FROM service_contacts WHERE submission_id = ? AND kind = 'training_offer'`, submissionId)).toBe(1);
    const publicData = JSON.parse((test.host.db.prepare('SELECT public_data FROM submissions WHERE id = ?').get(submissionId) as { public_data: string }).public_data);
    expect(publicData).toEqual({ courseId: 'course-019', sessionId: 'course-019-s1', courseTitle: '如康家园手工课：串珠与拉花', status: 'signed_up' });
    const counters = (test.host.db.prepare('SELECT counters FROM visits WHERE id = ?').get(visitId) as { counters: string }).counters;
    expect(JSON.parse(counters)).toEqual({ training_signup: 1 });
  });

  it('refuses a full session unless the resident accepts the waitlist', async () => {
    const test = host();
    const full = { courseId: 'course-001', sessionId: 'course-001-s1' };
    expect(await signUp(test, full)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'sessionId', messageKey: 'errors.training.sessionFull' }] },
    });
    expect(countRows(test).submissions).toBe(0);
    expect(await signUp(test, { ...full, acceptWaitlist: true })).toMatchObject({ ok: true, value: { reference: 'T00001', status: 'waitlisted' } });
  });

  it('counts this kiosk’s own pending sign-ups, so the last seat goes only once', async () => {
    const test = host();
    const lastSeat = { courseId: 'course-031', sessionId: 'course-031-s1', acceptWaitlist: true }; // 79 of 80 taken
    expect(await signUp(test, lastSeat)).toMatchObject({ ok: true, value: { status: 'signed_up' } });
    expect(await signUp(test, { ...lastSeat, idNumber: OTHER_ID })).toMatchObject({ ok: true, value: { status: 'waitlisted' } });
    expect(await signUp(test, { ...lastSeat, idNumber: validId('19700101', '789'), acceptWaitlist: false })).toMatchObject({
      ok: false,
      error: { fields: [{ path: 'sessionId', messageKey: 'errors.training.sessionFull' }] },
    });
    // Once forwarded, the central count is the one that counts again.
    test.host.db.prepare(`UPDATE outbox SET state = 'delivered'`).run();
    expect(await signUp(test, { ...lastSeat, idNumber: validId('19700101', '789'), acceptWaitlist: false })).toMatchObject({ ok: true, value: { status: 'signed_up' } });
  });

  it('shows the places left counting this kiosk’s pending sign-ups, so a full class is known before anything is asked', async () => {
    const test = host();
    const seatsOf = async (): Promise<number | undefined> => {
      const result = await test.host.router.dispatch('courses.get', { id: 'course-031' });
      if (!result.ok) throw new Error('course-031 missing');
      const session = CourseGetOutputSchema.parse(result.value).course.sessions.find((entry) => entry.id === 'course-031-s1');
      return session === undefined ? undefined : session.seatsTotal - session.seatsTaken;
    };
    expect(await seatsOf()).toBe(1); // 79 of 80 taken in the catalog
    expect(await signUp(test, { courseId: 'course-031', sessionId: 'course-031-s1' })).toMatchObject({ ok: true, value: { status: 'signed_up' } });
    expect(await seatsOf()).toBe(0);
    const listed = await test.host.router.dispatch('courses.search', { text: '', category: null, districtCode: null, format: null, month: null, hasSeats: false });
    const session = listed.ok
      ? CourseSearchOutputSchema.parse(listed.value).courses.find((course) => course.id === 'course-031')?.sessions.find((entry) => entry.id === 'course-031-s1')
      : undefined;
    expect(session === undefined ? undefined : session.seatsTotal - session.seatsTaken).toBe(0);
    // Once forwarded, the central count is the one that counts again.
    test.host.db.prepare(`UPDATE outbox SET state = 'delivered'`).run();
    expect(await seatsOf()).toBe(1);
  });

  it('reads the card in the station’s card file, and treats a missing or bad file as no card or an unreadable one', async () => {
    const temp = makeTempDir('card-file');
    cleanup.push({ close: () => temp.remove() });
    const file = join(temp.path, 'card.json');
    const reader = createCardFileIdCardReader(file, () => NOW);
    expect(await reader.read(0)).toEqual({ ok: false, error: 'no_card' });
    writeFileSync(file, JSON.stringify({ name: '王小明', idNumber: ID }));
    expect(await reader.read(0)).toEqual({ ok: true, value: { name: '王小明', idNumber: ID } });
    writeFileSync(file, JSON.stringify({ name: '王小明', idNumber: `${ID.slice(0, 17)}0` === ID ? `${ID.slice(0, 17)}1` : `${ID.slice(0, 17)}0` }));
    expect(await reader.read(0)).toEqual({ ok: false, error: 'unreadable' });
    writeFileSync(file, '{not json');
    expect(await reader.read(0)).toEqual({ ok: false, error: 'unreadable' });
    // A card carries more (address, photo): only name and number are ever taken from it.
    writeFileSync(file, JSON.stringify({ name: '王小明', idNumber: ID, address: '不该读的地址' }));
    expect(await reader.read(0)).toEqual({ ok: true, value: { name: '王小明', idNumber: ID } });
  });

  it('detects a second sign-up for the same session with the same ID, however it is typed', async () => {
    const test = host();
    const first17 = '37170219900307108';
    const withX = `${first17}${idChecksumChar(first17)}`;
    expect(withX.endsWith('X')).toBe(true);
    expect(await signUp(test, { idNumber: withX })).toMatchObject({ ok: true, value: { reference: 'T00001' } });
    const again = await signUp(test, { idNumber: ` ${withX.slice(0, 6)} ${withX.slice(6, 14)} ${withX.slice(14).toLowerCase()}`, phone: '13900001111' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: [{ path: 'idNumber', messageKey: 'errors.training.duplicate', params: { reference: 'T00001' } }] },
    });
    expect(countRows(test)).toEqual({ submissions: 1, outbox: 1, contacts: 1 });
    expect(await signUp(test, { idNumber: withX, sessionId: 'course-019-s2' })).toMatchObject({ ok: true, value: { reference: 'T00002' } });
  });

  it('returns the category and grade of a consented 残疾人证 and stores the card encrypted', async () => {
    const test = host();
    const response = await signUp(test, { disabilityCard: { consent: true, number: `${ID}12` } });
    expect(response).toMatchObject({ ok: true, value: { status: 'signed_up', disability: { category: 'visual', grade: 2 } } });
    if (!response.ok) return;
    const { submissionId } = response.value as { submissionId: string };
    expect(readPersonal(test, submissionId)).toEqual({
      ok: true,
      value: { name: '王小明', phone: '13812345678', idNumber: ID, disabilityCard: { number: `${ID}12`, category: 'visual', grade: 2 } },
    });
  });

  it('refuses a 残疾人证 whose ID part is someone else’s, and stores nothing', async () => {
    const test = host();
    expect(await signUp(test, { disabilityCard: { consent: true, number: `${OTHER_ID}41` } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'disabilityCard.number', messageKey: 'errors.disabilityCard.id_mismatch' }] },
    });
    expect(countRows(test)).toEqual({ submissions: 0, outbox: 0, contacts: 0 });
  });

  it('stores no disability data when consent is declined, and still completes', async () => {
    const test = host();
    const response = await signUp(test);
    if (!response.ok) throw new Error('not stored');
    const { submissionId } = response.value as { submissionId: string };
    expect(readPersonal(test, submissionId)).toEqual({
      ok: true,
      value: { name: '王小明', phone: '13812345678', idNumber: ID, disabilityCard: null },
    });
  });

  it('decides the minimum age on the session start date, exact to the 16th birthday', async () => {
    const test = host();
    const session = { courseId: 'course-001', sessionId: 'course-001-s2' }; // starts 2027-03-08, minAge 16
    expect(await signUp(test, { ...session, idNumber: validId('20110309') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'idNumber', messageKey: 'errors.training.too_young', params: { minAge: 16 } }] },
    });
    expect(await signUp(test, { ...session, idNumber: validId('20110308') })).toMatchObject({ ok: true, value: { status: 'signed_up' } });
  });

  it('refuses a 25-year-old for a youth course (16–24) and takes a 24-year-old', async () => {
    const test = host();
    // The 鲁菜 youth class: the delivery-rider class is 18–24 now (riders must be 18, issue #13).
    const youth = { courseId: 'course-024', sessionId: 'course-024-s1' }; // starts 2027-03-01
    expect(await signUp(test, { ...youth, idNumber: validId('20020301') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'idNumber', messageKey: 'errors.training.too_old', params: { minAge: 16, maxAge: 24 } }] },
    });
    expect(await signUp(test, { ...youth, idNumber: validId('20020302') })).toMatchObject({ ok: true, value: { status: 'signed_up' } });
  });

  it.each([
    ['a wrong ID checksum', { idNumber: `${ID.slice(0, 17)}${ID.endsWith('0') ? '1' : '0'}` }, 'idNumber', 'errors.idNumber.bad_checksum'],
    ['an empty ID', { idNumber: '' }, 'idNumber', 'errors.idNumber.empty'],
    ['a short phone', { phone: '1381234567' }, 'phone', 'errors.phone.wrong_length'],
    ['an emoji name', { name: '王小明😀' }, 'name', 'errors.name.emoji_or_symbols'],
    ['a 19-character 残疾人证号', { disabilityCard: { consent: true, number: `${ID}1` } }, 'disabilityCard.number', 'errors.disabilityCard.wrong_length'],
  ])('refuses %s with a field-named error', async (_case, change, path, messageKey) => {
    const test = host();
    expect(await signUp(test, change)).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ path, messageKey }] } });
    expect(countRows(test).submissions).toBe(0);
  });

  it.each([
    ['consent not given', { disabilityCard: { consent: false, number: `${ID}12` } }],
    ['an over-long ID', { idNumber: '1'.repeat(41) }],
    ['an over-long name', { name: '王'.repeat(501) }],
    ['a missing acceptWaitlist', { acceptWaitlist: undefined }],
    ['an unknown key', { extra: 1 }],
    ['a malformed session id', { sessionId: 'COURSE 1' }],
    ['a bad visit id', { visitId: 'not-a-uuid' }],
  ])('refuses a malformed payload: %s', async (_case, change) => {
    const test = host();
    expect(await signUp(test, change)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(countRows(test).submissions).toBe(0);
  });

  it('refuses an unknown course, an unknown session and a session already started', async () => {
    const test = host(() => new Date(2026, 11, 2, 9, 0, 0)); // course-019-s1 started on 1 Dec
    expect(await signUp(test, { courseId: 'course-999' })).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ path: 'courseId' }] } });
    expect(await signUp(test, { sessionId: 'course-001-s2' })).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ path: 'sessionId' }] } });
    expect(await signUp(test)).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ path: 'sessionId' }] } });
    expect(await signUp(test, { sessionId: 'course-019-s2' })).toMatchObject({ ok: true });
  });
});

describe('courses.search and courses.get', () => {
  const anyFilter = { text: '', category: null, districtCode: null, format: null, month: null, hasSeats: false };

  async function search(test: Test, change: Record<string, unknown> = {}): Promise<string[]> {
    const response = await test.host.router.dispatch('courses.search', { ...anyFilter, ...change });
    if (!response.ok) throw new Error(`search failed: ${response.error.code}`);
    return (response.value as { courses: { id: string }[] }).courses.map((course) => course.id);
  }

  it('lists every course with an upcoming session, earliest first', async () => {
    const test = host();
    const ids = await search(test);
    expect(ids).toHaveLength(35);
    expect(ids.slice(0, 3)).toEqual(['course-017', 'course-019', 'course-031']); // 1 Dec, 1 Dec, 2 Dec
  });

  it('filters by category, district, format and month', async () => {
    const test = host();
    expect(await search(test, { category: 'massage' })).toEqual(['course-001', 'course-002', 'course-003']);
    expect(await search(test, { districtCode: '371702' })).toEqual(['course-033', 'course-002', 'course-027']);
    expect(await search(test, { format: 'online' })).toEqual(['course-031', 'course-026', 'course-022', 'course-016', 'course-006', 'course-029', 'course-035']);
    expect(await search(test, { month: '2027-01' })).toEqual(['course-026', 'course-005', 'course-022', 'course-016']);
    expect(await search(test, { category: 'massage', month: '2027-04' })).toEqual(['course-002']);
  });

  it('finds text in Chinese and English, case-insensitively', async () => {
    const test = host();
    expect(await search(test, { text: '按摩' })).toEqual(['course-001', 'course-002', 'course-003']);
    expect(await search(test, { text: 'massage' })).toEqual(['course-001', 'course-002', 'course-003']);
    expect(await search(test, { text: ' MASSAGE ' })).toEqual(['course-001', 'course-002', 'course-003']);
    expect(await search(test, { text: '没有这个课' })).toEqual([]);
  });

  it('finds courses by the keypad initials of title or provider (按摩 = A M = 2 6), and refuses other keys', async () => {
    const test = host();
    // Initials are ambiguous by nature (按摩 and 安民 are both 2 6): the massage courses are among the matches.
    const byInitials = await search(test, { initials: '26' });
    expect(byInitials).toEqual(expect.arrayContaining(['course-001', 'course-002', 'course-003']));
    expect(byInitials.length).toBeLessThan((await search(test)).length);
    // 保洁 (B J = 2 5) in a title: 家居保洁与收纳整理.
    expect(await search(test, { initials: '25' })).toContain('course-008');
    const refused = await test.host.router.dispatch('courses.search', { text: '', initials: '2a', category: null, districtCode: null, format: null, month: null, hasSeats: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('"has seats" drops courses whose every session is full, counting this kiosk’s pending sign-ups', async () => {
    const test = host();
    const withSeats = await search(test, { hasSeats: true });
    expect(withSeats).not.toContain('course-020'); // its only session is full
    expect(withSeats).toContain('course-001'); // the first session is full, the second is not
    expect(withSeats).toContain('course-011'); // 14 of 15
    expect(withSeats).toHaveLength(34);
    await signUp(test, { courseId: 'course-011', sessionId: 'course-011-s1' });
    expect(await search(test, { hasSeats: true })).not.toContain('course-011');
  });

  it('hides sessions that have started: a course is listed while one session is still to start', async () => {
    const onStart = host(() => new Date(2026, 11, 8, 9, 0, 0));
    expect(await search(onStart, { category: 'health_care' })).toContain('course-015'); // starts 8 Dec
    const dayAfter = host(() => new Date(2026, 11, 9, 9, 0, 0));
    expect(await search(dayAfter, { category: 'health_care' })).not.toContain('course-015');
    expect(await dayAfter.host.router.dispatch('courses.get', { id: 'course-015' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('picks up a refreshed catalog', async () => {
    const test = host();
    expect(await search(test, { text: 'massage' })).toHaveLength(3);
    const { replaceCatalog } = await import('../../electron/store/catalogStore.js');
    const row = test.host.db.prepare(`SELECT data FROM catalog_items WHERE kind = 'courses' AND id = 'course-001'`).get() as { data: string };
    replaceCatalog(test.host.db, 'courses', [JSON.parse(row.data) as { id: string }], { source: 'central', version: 'central:1', updatedAt: NOW.toISOString() });
    expect(await search(test)).toEqual(['course-001']);
  });

  it('gets one course, and refuses an unknown id or a malformed filter', async () => {
    const test = host();
    expect(await test.host.router.dispatch('courses.get', { id: 'course-012' })).toMatchObject({ ok: true, value: { course: { id: 'course-012', maxAge: 24 } } });
    expect(await test.host.router.dispatch('courses.get', { id: 'course-999' })).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ path: 'id' }] } });
    for (const bad of [{ month: '2027-13' }, { month: '2027-1' }, { text: 'x'.repeat(51) }, { category: 'cooking' }, { hasSeats: null }]) {
      expect(await test.host.router.dispatch('courses.search', { ...anyFilter, ...bad })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});

describe('idCard.read', () => {
  function hostWithReader() {
    const reader = createSimulatedIdCardReader();
    const dir = makeTempDir('kiosk-idcard');
    const key = loadOrCreateKeyFile(dir.path);
    if (!key.ok) throw new Error('key');
    const created = createKioskHost({ dataDir: dir.path, assetsDir, version: 'test', logger: createMemoryLogger(), personalDataKey: key.value, clock: () => NOW, idCardReader: reader });
    if (!created.ok) throw new Error('host');
    cleanup.push({ close: () => { created.value.close(); dir.remove(); } });
    return { router: created.value.router, reader };
  }

  it('gives the name and number of the card on the station’s reader', async () => {
    const { router, reader } = hostWithReader();
    reader.insert({ name: '王小明', idNumber: ID });
    expect(await router.dispatch('idCard.read', {})).toEqual({ ok: true, value: { name: '王小明', idNumber: ID } });
  });

  it('answers typed errors for no card, an unplugged reader and an unreadable card', async () => {
    const { router, reader } = hostWithReader();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const pending = router.dispatch('idCard.read', {});
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await pending).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ messageKey: 'errors.idCard.no_card' }] } });
    } finally {
      vi.useRealTimers();
    }
    reader.fail('unavailable');
    expect(await router.dispatch('idCard.read', {})).toMatchObject({ ok: false, error: { code: 'unavailable', fields: [{ messageKey: 'errors.idCard.unavailable' }] } });
    reader.fail('unreadable');
    expect(await router.dispatch('idCard.read', {})).toMatchObject({ ok: false, error: { code: 'unavailable', fields: [{ messageKey: 'errors.idCard.unreadable' }] } });
  });
});
