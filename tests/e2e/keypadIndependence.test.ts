import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keypadHarness } from './support/keypadHarness.js';
import { jobInterestFoundByInitials, residents, statusLookupRequest, subsidyCallBack, trainingSignup } from './support/keypadFlows.js';
import { useKioskSession } from './support/kioskSession.js';
import { expectSpokenInOrder } from './support/transcript.js';

const digitWords = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const spelt = (digits: string): string => digits.split('').map((digit) => digitWords[Number(digit)] ?? digit).join(' ');

// Issue #12: a blind resident finishes every service with the tactile keypad alone. The harness only
// presses keypad keys and fails any key that is answered by neither speech nor a tone.
describe('keypad alone, from the idle screen to the spoken reference', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording' } });

  it('signs up for training, the name spelt by pinyin and read back with telling-apart words', async () => {
    const h = await keypadHarness(kiosk);
    const resident = residents.training;
    const reference = await trainingSignup(h, resident);
    expect(reference).toMatch(/^T\d{5}$/);
    const transcript = await h.transcript();
    expectSpokenInOrder(transcript, [
      '您的身份证号码是多少？',
      '您叫什么名字？',
      '已输入 张，弓长张',
      '已输入 2 个字：张，弓长张；',
      '伟，伟大的伟',
      '您的手机号码是多少？',
      '请核对报名信息',
      `身份证号：尾号 ${spelt(resident.idNumber.slice(-4))}`,
      '手机号码：尾号 五 六 七 八',
      `您的报名编号：T ${spelt(reference.slice(1))}`,
    ]);
    expect(transcript.join('\n')).not.toContain(resident.idNumber.slice(0, 10));
    const stored = kiosk.shell.host.db.prepare(`SELECT kind FROM submissions WHERE kind = 'training_signup'`).all();
    expect(stored.length).toBeGreaterThan(0);
    await h.assertKeypadOnly();
    expect(kiosk.pageErrors).toEqual([]);
  });

  it('registers interest in a job found by the keypad initials of 保洁员', async () => {
    const h = await keypadHarness(kiosk);
    const reference = await jobInterestFoundByInitials(h, residents.interest);
    expect(reference).toMatch(/^J\d{5}$/);
    const transcript = await h.transcript();
    expectSpokenInOrder(transcript, [
      '首字母 2 5 9',
      /找到 \d+ 条岗位/,
      /第1个：.*保洁/,
      '您叫什么名字？',
      '已输入 2 个字：王，王子的王；',
      /^芳，/,
      '您的手机号码是多少？',
      /身份证号码/,
      '请核对您的信息',
      `您的登记编号：J ${spelt(reference.slice(1))}`,
    ]);
    await h.assertKeypadOnly();
  });

  it('asks for a call back about a subsidy', async () => {
    const h = await keypadHarness(kiosk);
    const reference = await subsidyCallBack(h, residents.inquiry);
    expect(reference).toMatch(/^[A-Z]\d{5}$/);
    const transcript = await h.transcript();
    expectSpokenInOrder(transcript, [/身份证号码/, '您叫什么名字？', '已输入 2 个字：李，木子李；', /^娜，/, '您的手机号码是多少？', new RegExp(spelt(reference.slice(1)))]);
    await h.assertKeypadOnly();
  });

  it('looks up an application status and, with the central API out of reach, leaves a request', async () => {
    const h = await keypadHarness(kiosk);
    const reference = await statusLookupRequest(h, residents.inquiry);
    expect(reference).toMatch(/^Q\d{5}$/);
    expectSpokenInOrder(await h.transcript(), [/身份证号码/, '现在查不到', new RegExp(spelt(reference.slice(1)))]);
    await h.assertKeypadOnly();
  });

  it('answers every keypad key on the screens of these flows with speech or a tone', async () => {
    const h = await keypadHarness(kiosk);
    const sweep = async (): Promise<void> => {
      for (const action of ['up', 'down', 'repeat', 'help', 'help', 'volumeUp', 'volumeDown', 'rateUp', 'rateDown', 'pause', 'pause', 'nextPage'] as const) await h.press(action);
    };
    await h.press('select'); // audio mode
    await sweep();
    await h.pressDigits('0'); // no option 0 on home: said so
    for (const [digit, screen] of [['1', 'jobs'], ['2', 'training'], ['3', 'subsidies']] as const) {
      await h.press('home');
      await h.pressDigits(digit);
      await h.waitForScreen(screen);
      await sweep();
      await h.pressDigits('9');
    }
    // A question page: digits type, Back deletes, Confirm on an incomplete answer says what is wrong.
    await h.pressDigits('2');
    await h.waitForScreen('status_lookup');
    await sweep();
    await h.pressDigits('37');
    await h.press('back');
    await h.press('select');
    expect((await h.transcript()).join('\n')).toMatch(/身份证号/);
    await h.assertKeypadOnly();
  });
});

describe('keypad alone, with the station ID card reader', () => {
  // The station's card file for the simulated reader, with the resident's card on it.
  const cardFile = join(process.env['TMPDIR'] ?? '/tmp', `kiosk-card-${process.pid}.json`);
  const kiosk = useKioskSession({
    options: { simulatedIdCardFile: cardFile },
    station: { speechEngine: 'recording' },
    prepare: () => writeFileSync(cardFile, JSON.stringify({ name: residents.training.name, idNumber: residents.training.idNumber })),
  });

  it('signs up for training with the card instead of typing name and number', async () => {
    const h = await keypadHarness(kiosk);
    const reference = await trainingSignup(h, residents.training, 'card');
    expect(reference).toMatch(/^T\d{5}$/);
    const transcript = await h.transcript();
    expectSpokenInOrder(transcript, ['请把身份证放在读卡区', /已读取身份证：张\*/, '您的手机号码是多少？', '请核对报名信息', `您的报名编号：T ${spelt(reference.slice(1))}`]);
    expect(transcript.join('\n')).not.toContain('您叫什么名字？');
    await h.assertKeypadOnly();
  });
});

describe('按工作类别找: job results with no text at all', () => {
  const kiosk = useKioskSession({ station: { speechEngine: 'recording' } });

  it('reaches the housekeeping jobs by one menu choice and a digit', async () => {
    const h = await keypadHarness(kiosk);
    await h.press('select');
    await h.pressDigits('1');
    await h.waitForScreen('jobs');
    await h.choose('按工作类别找');
    await h.waitForScreen('job_categories');
    await h.pressDigits('6'); // 家政保洁
    await h.waitForScreen('jobs');
    const housekeeping = kiosk.shell.host.db
      .prepare(`SELECT count(*) FROM catalog_items WHERE kind = 'jobs' AND json_extract(data, '$.category') = 'housekeeping' AND json_extract(data, '$.expiresAt') >= date('now', 'localtime')`)
      .pluck()
      .get();
    expectSpokenInOrder(await h.transcript(), ['按工作类别找', '工作类别：家政保洁', new RegExp(`找到 ${String(housekeeping)} 条岗位`)]);
    await h.assertKeypadOnly();
  });
});
