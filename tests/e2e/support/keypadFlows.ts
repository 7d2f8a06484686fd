import type { KeypadHarness } from './keypadHarness.js';

// The four resident services a blind resident must finish with the keypad alone (issue #12), from the
// idle home screen to the spoken reference. Shared by the e2e test and bench/keypad-path.

/** GB 11643 check character for the first 17 digits. */
export function validIdNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = first17.split('').reduce((total, digit, index) => total + Number(digit) * (weights[index] ?? 0), 0);
  return `${first17}${'10X98765432'[sum % 11] ?? ''}`;
}

/** A resident (names as common in Shandong) whose 身份证号 ends in a digit, so no X key is needed. */
export type KeypadResident = { readonly name: string; readonly syllables: readonly string[]; readonly idNumber: string; readonly phone: string };

export const residents = {
  training: { name: '张伟', syllables: ['zhang', 'wei'], idNumber: validIdNumber('37170219920505111'), phone: '13612345678' },
  interest: { name: '王芳', syllables: ['wang', 'fang'], idNumber: validIdNumber('37020219850312002'), phone: '13812345678' },
  inquiry: { name: '李娜', syllables: ['li', 'na'], idNumber: validIdNumber('37170219780611020'), phone: '15912345678' },
} as const satisfies Record<string, KeypadResident>;

async function answerName(h: KeypadHarness, resident: KeypadResident): Promise<void> {
  await h.waitForHeading('您叫什么名字？');
  await h.spell(resident.name, resident.syllables);
  await h.press('digit1'); // read the name back, character by character
  await h.press('select');
}

async function answerNumber(h: KeypadHarness, heading: string | RegExp, digits: string): Promise<void> {
  await h.waitForHeading(heading);
  await h.pressDigits(digits);
  await h.press('select'); // Confirm on a complete number moves on
}

/** Starts audio mode on the idle home screen (any key) and opens a service by its digit. */
async function openService(h: KeypadHarness, digit: '1' | '2' | '3', screen: string): Promise<void> {
  await h.press('select');
  await h.pressDigits(digit);
  await h.waitForScreen(screen);
}

export async function trainingSignup(h: KeypadHarness, resident: KeypadResident, via: 'keys' | 'card' = 'keys'): Promise<string> {
  await openService(h, '2', 'training');
  await h.waitForHeading(/报名培训/);
  await h.pressDigits('1'); // the first course on the page
  await h.waitForScreen('course_detail');
  await h.choose(/还有/); // a session with places left
  await h.waitForHeading('您的身份证号码是多少？');
  if (via === 'card') {
    await h.choose('读身份证'); // fills 身份证号 and name from the card
  } else {
    await answerNumber(h, '您的身份证号码是多少？', resident.idNumber);
    await answerName(h, resident);
  }
  await answerNumber(h, '您的手机号码是多少？', resident.phone);
  await h.press('digit2'); // no 残疾人证 number
  await h.waitForHeading('请核对报名信息');
  await h.choose('确认提交');
  await h.waitForHeading('报名成功');
  return (await h.text('reference')).replace(/^.*：/, '');
}

export async function jobInterestFoundByInitials(h: KeypadHarness, resident: KeypadResident): Promise<string> {
  await openService(h, '1', 'jobs');
  await h.press('down'); // into the search field
  // 保洁员: B J Y. Two initials alone also match employers such as 直播基地 (Z B J D), which may be newer.
  await h.pressDigits('259');
  await h.press('select'); // search: focus goes to the first result
  await h.press('select'); // open it
  await h.waitForScreen('job_detail');
  await h.pressDigits('1'); // 我想做这份工作
  await h.waitForScreen('job_interest');
  await answerName(h, resident);
  await answerNumber(h, '您的手机号码是多少？', resident.phone);
  await answerNumber(h, /身份证号码/, resident.idNumber);
  await h.waitForHeading(/残疾类别/);
  await h.press('digit2'); // decline to share it
  await h.waitForHeading('请核对您的信息');
  await h.choose('确认提交');
  await h.waitForHeading('登记成功');
  return (await h.text('reference')).replace(/^.*：/, '');
}

export async function subsidyCallBack(h: KeypadHarness, resident: KeypadResident): Promise<string> {
  await openService(h, '3', 'subsidies');
  await h.pressDigits('3'); // every policy
  await h.waitForScreen('policy_list');
  await h.choose(/免费工作空间/); // a Heze policy: the default station is in 菏泽市
  await h.waitForScreen('policy_detail');
  await h.choose('请驿站给我回电话');
  await h.waitForScreen('policy_inquiry');
  await answerNumber(h, /身份证号码/, resident.idNumber);
  await answerName(h, resident);
  await answerNumber(h, '您的手机号码是多少？', resident.phone);
  await h.choose(/确认提交|提交/);
  await h.waitForHeading('已请驿站给您回电话');
  return (await h.text('reference')).replace(/^.*：/, '');
}

/** The status lookup with the central API out of reach: it ends in a stored request and its reference. */
export async function statusLookupRequest(h: KeypadHarness, resident: KeypadResident): Promise<string> {
  await openService(h, '3', 'subsidies');
  await h.pressDigits('2');
  await h.waitForScreen('status_lookup');
  await answerNumber(h, /身份证号码/, resident.idNumber);
  await answerNumber(h, /后4位|后四位|尾号/, resident.phone.slice(-4));
  await h.waitForHeading('现在查不到');
  await h.choose('留下查询请求');
  await h.waitForHeading('查询请求已保存');
  return (await h.text('reference')).match(/[A-Z]\d{5,}/)?.[0] ?? '';
}
